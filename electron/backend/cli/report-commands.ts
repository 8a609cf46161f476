import { basename, resolve } from 'node:path';
import { CliError, type AreaCommands, type CommandContext } from './command-context';

// `report board-paper --cycle ID --out FILE`, `report letters --cycle ID --out FOLDER`,
// `report extract --out FILE [--cycles A,B,C]`: the same documents the app makes, for scripts.

type ReportValues = CommandContext['values'] & { out?: string; cycles?: string };

function cycleId(c: CommandContext): number {
  const id = Number(c.values.cycle);
  if (!c.values.cycle || !Number.isInteger(id) || id <= 0) throw new CliError('Give the cycle with --cycle ID (see `cycles list`).');
  return id;
}

function outPath(c: CommandContext, what: string): string {
  const out = (c.values as ReportValues).out;
  if (!out) throw new CliError(`Give ${what} with --out.`);
  return resolve(out);
}

const warn = (c: CommandContext, warnings: readonly string[]) => warnings.forEach((w) => c.out(`  check: ${w}\n`));

async function boardPaper(c: CommandContext): Promise<number> {
  const cycle = cycleId(c);
  const path = outPath(c, 'the .docx file to write');
  const r = await c.call('boardPapers.generate', { cycleId: cycle, path });
  c.out(`Wrote ${r.path}\n`);
  warn(c, r.warnings);
  return 0;
}

/** One letter per agency in scope, with progress; a letter that cannot be written is reported and the rest go on. */
async function letters(c: CommandContext): Promise<number> {
  const cycle = cycleId(c);
  const folder = outPath(c, 'the folder to write the letters into');
  const scope = await c.call('returns.list', { cycleId: cycle });
  if (!scope.length) throw new CliError(`Cycle ${cycle} has no agencies in scope; there are no letters to write.`);
  const failed: string[] = [];
  for (const [i, r] of scope.entries()) {
    try {
      const l = await c.call('letters.generate', { cycleAgencyId: r.cycleAgencyId, folder });
      c.out(`[${i + 1}/${scope.length}] ${r.agencyName}: ${basename(l.path ?? l.file.fileName)}\n`);
      warn(c, l.warnings);
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      failed.push(r.agencyName);
      c.out(`[${i + 1}/${scope.length}] ${r.agencyName}: NOT WRITTEN: ${err.message}\n`);
    }
  }
  c.out(`Wrote ${scope.length - failed.length} of ${scope.length} letters to ${folder}\n`);
  if (failed.length) c.out(`Not written: ${failed.join(', ')}. Close the files if they are open and run the command again.\n`);
  return failed.length ? 2 : 0;
}

async function extract(c: CommandContext): Promise<number> {
  const v = c.values as ReportValues;
  const path = outPath(c, 'the .docx file to write');
  // --cycles A,B,C (or --cycle A,B,C): the cycles to cover; otherwise the latest three.
  const list = v.cycles ?? v.cycle;
  const ids = list ? list.split(',').map((s) => Number(s.trim())) : undefined;
  if (ids && ids.some((n) => !Number.isInteger(n) || n <= 0)) throw new CliError(`--cycles takes cycle ids separated by commas, e.g. --cycles 1,2,3 (not "${list}").`);
  const r = await c.call('annualExtract.generate', { ...(ids ? { cycleIds: ids } : {}), path });
  c.out(`Wrote ${r.path}\n`);
  warn(c, r.warnings);
  return 0;
}

export const reportCommands: AreaCommands = async (c) => {
  if (c.group !== 'report') return null;
  switch (c.verb) {
    case 'board-paper':
      return boardPaper(c);
    case 'letters':
      return letters(c);
    case 'extract':
      return extract(c);
    default:
      return null;
  }
};

import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { CYCLE_TYPES, type CycleType } from '../../../shared/domain/cycle';
import { CliError, type AreaCommands, type CommandContext } from './command-context';

// `tools issue --cycle ID --folder DIR [--format xlsx|docx|both]`, `returns import --cycle ID FILE...`,
// `history import FILE --framework ID --name N --type s11 --period 2022/23`.

/** Options these commands read beyond the shared ones; main.ts declares them for parseArgs. */
type ToolValues = CommandContext['values'] & { framework?: string; name?: string; type?: string; period?: string };

const positiveId = (v: string | undefined, what: string) => {
  const id = Number(v);
  if (!v || !Number.isInteger(id) || id <= 0) throw new CliError(`Give ${what}.`);
  return id;
};

const upload = async (path: string) => {
  try {
    return { fileName: basename(path), contentBase64: (await readFile(resolve(path))).toString('base64') };
  } catch (err) {
    throw new CliError(`${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
};

const detail = (d: { row?: number; field?: string; message: string }) => `    ${[d.row !== undefined ? `row ${d.row}` : null, d.field].filter(Boolean).join(', ')}${d.row !== undefined || d.field ? ': ' : ''}${d.message}\n`;

async function issueAll(c: CommandContext): Promise<number> {
  const cycleId = positiveId(c.values.cycle, 'the cycle with --cycle ID (see `cycles list`)');
  const folder = c.values.folder;
  if (!folder) throw new CliError('Give the folder to write the tools into with --folder DIR.');
  // --format is the list format elsewhere; here it may name the tool's format.
  const asked = String(c.format);
  const formats: Array<'xlsx' | 'docx'> = asked === 'xlsx' ? ['xlsx'] : asked === 'docx' ? ['docx'] : ['xlsx', 'docx'];
  const scope = await c.call('returns.list', { cycleId });
  if (!scope.length) throw new CliError(`Cycle ${cycleId} has no agencies in scope; nothing to issue.`);
  let n = 0;
  for (const r of scope) {
    const out = await c.call('tools.issue', { cycleAgencyId: r.cycleAgencyId, formats, folder: resolve(folder), markIssued: true });
    c.out(`[${++n}/${scope.length}] ${r.agencyName}: ${out.paths.map((p) => basename(p)).join(', ')}\n`);
  }
  c.out(`Issued ${scope.length} self-assessment${scope.length === 1 ? '' : 's'} to ${resolve(folder)}\n`);
  return 0;
}

async function importReturns(c: CommandContext): Promise<number> {
  const cycleId = positiveId(c.values.cycle, 'the cycle with --cycle ID (see `cycles list`)');
  if (!c.rest.length) throw new CliError('Give the returned files: returns import --cycle ID FILE...');
  let failed = 0;
  for (const path of c.rest) {
    const file = await upload(path);
    const p = await c.call('returns.importPreview', { cycleId, file });
    const notes = (p as typeof p & { notes?: string[] }).notes ?? [];
    if (p.problems.length) {
      failed++;
      c.out(`${file.fileName}: ${p.problems.length} problem${p.problems.length === 1 ? '' : 's'}; not imported\n${p.problems.slice(0, 50).map(detail).join('')}`);
      continue;
    }
    if (c.values['dry-run']) {
      c.out(`${file.fileName}: ok (${p.agencyName}, ${p.answers} answers${p.duplicate ? ', already imported' : ''}); not saved (--dry-run)\n`);
      continue;
    }
    const d = await c.call('returns.importCommit', { cycleId, file });
    c.out(`${file.fileName}: ok, ${d.row.agencyName}: ${p.answers} answers${p.replaces ? ', replacing the earlier return' : ''}${p.duplicate ? ' (this file was imported before)' : ''}\n`);
    notes.forEach((n) => c.out(`    note: ${n}\n`));
  }
  if (c.rest.length > 1) c.out(`${c.rest.length - failed} of ${c.rest.length} files imported\n`);
  return failed ? 2 : 0;
}

async function importHistory(c: CommandContext): Promise<number> {
  const v = c.values as ToolValues;
  const path = c.rest[0];
  if (!path) throw new CliError('Give the file of past results: history import FILE --framework ID --name NAME --type s11 --period 2022/23');
  const frameworkId = positiveId(v.framework, 'the framework version with --framework ID (see `frameworks list`)');
  if (!v.name) throw new CliError('Give the past cycle a name with --name "S.11 audit 2022".');
  if (!v.period) throw new CliError('Give the period with --period 2022/23.');
  const cycleType = (v.type ?? 's11') as CycleType;
  if (!CYCLE_TYPES.includes(cycleType)) throw new CliError(`--type must be one of ${CYCLE_TYPES.join(', ')}, not "${v.type}".`);
  const input = { ...(await upload(path)), frameworkId, name: v.name, cycleType, periodLabel: v.period };
  const preview = await c.call('cycles.importHistoryPreview', input);
  const issues = [...preview.fileIssues, ...preview.rows.flatMap((r) => r.issues.map((i) => `row ${i.row}, column ${i.column}: ${i.message}`))];
  const agencies = new Set(preview.rows.filter((r) => r.matchId).map((r) => r.matchId)).size;
  c.out(`${input.fileName}: ${preview.counts.total} rows for ${agencies} agencies, ${preview.counts.error} with errors\n`);
  issues.slice(0, 100).forEach((i) => c.out(`  ${i}\n`));
  if (issues.length) {
    c.out('Nothing was imported. Correct the file and run the import again.\n');
    return 2;
  }
  if (c.values['dry-run']) return 0;
  const cycle = await c.call('cycles.importHistoryCommit', input);
  c.out(`Imported past cycle ${cycle.id}: ${cycle.name} (${cycle.periodLabel}), ${cycle.inScope} ${cycle.inScope === 1 ? 'agency' : 'agencies'}, closed\n`);
  return 0;
}

export const toolCommands: AreaCommands = async (c) => {
  switch (`${c.group} ${c.verb ?? ''}`.trim()) {
    case 'tools issue':
      return issueAll(c);
    case 'returns import':
      return importReturns(c);
    case 'history import':
      return importHistory(c);
    default:
      return null;
  }
};

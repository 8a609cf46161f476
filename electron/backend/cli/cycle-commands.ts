import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import { CYCLE_TYPE_LABELS, CYCLE_TYPES, cycleInputSchema, isoDate, type ReturnsBoard } from '../../../shared/domain/cycle';
import { DUTIES } from '../../../shared/domain/enums';
import { formatLongDate } from '../reports/kit/dates';
import { CliError, type AreaCommands, type CommandContext } from './command-context';
import { formatRows } from './format';

// `cycles list`, `cycles open SPEC.json`, `returns summary --cycle ID`, `chasers create --cycle ID --folder DIR`.

/** The JSON spec of `cycles open`, documented in docs/formats.md. */
export const cycleSpecSchema = z
  .object({
    name: z.string(),
    cycleType: z.enum(CYCLE_TYPES),
    typeLabel: z.string().optional(),
    frameworkId: z.number().int().positive().optional(),
    frameworkFamily: z.string().min(1).optional(),
    versionLabel: z.string().min(1).optional(),
    periodLabel: z.string(),
    launchDate: isoDate.optional(),
    initialDeadline: isoDate.optional(),
    finalDeadline: isoDate.optional(),
    notes: z.string().optional(),
    scope: z
      .object({
        duties: z.array(z.enum(DUTIES)).optional(),
        sectors: z.array(z.string().min(1)).optional(),
        agencyIds: z.array(z.number().int().positive()).optional(),
      })
      .strict(),
    copyForwardFrom: z.number().int().positive().optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.frameworkId === undefined && !(s.frameworkFamily && s.versionLabel))
      ctx.addIssue({ code: 'custom', path: ['frameworkId'], message: 'give frameworkId, or frameworkFamily and versionLabel' });
  });
export type CycleSpec = z.infer<typeof cycleSpecSchema>;

const specError = (file: string, problems: Array<{ field: string; message: string }>) =>
  new CliError([`${file} is not a valid cycle spec; nothing was created.`, ...problems.map((p) => `  ${file}, ${p.field || '(top level)'}: ${p.message}`)].join('\n'));

async function readSpec(path: string): Promise<CycleSpec> {
  const file = basename(path);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(resolve(path), 'utf8'));
  } catch (err) {
    throw specError(file, [{ field: '', message: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : `not valid JSON: ${(err as Error).message}` }]);
  }
  const parsed = cycleSpecSchema.safeParse(json);
  if (!parsed.success) throw specError(file, parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
  return parsed.data;
}

/** Framework and scope named as a person would write them, turned into ids; every problem names its field. */
async function resolveSpec(c: CommandContext, path: string, spec: CycleSpec) {
  const file = basename(path);
  const problems: Array<{ field: string; message: string }> = [];
  let frameworkId = spec.frameworkId;
  if (frameworkId === undefined) {
    const fws = await c.call('frameworks.list');
    const fw = fws.find((f) => f.familyKey === spec.frameworkFamily && f.versionLabel.toLowerCase() === spec.versionLabel!.toLowerCase());
    if (!fw) {
      const versions = fws.filter((f) => f.familyKey === spec.frameworkFamily).map((f) => `"${f.versionLabel}"`);
      problems.push(
        versions.length
          ? { field: 'versionLabel', message: `${spec.frameworkFamily} has no version "${spec.versionLabel}"; it has ${versions.join(', ')}` }
          : { field: 'frameworkFamily', message: `no framework family "${spec.frameworkFamily}"; there are ${[...new Set(fws.map((f) => f.familyKey))].join(', ')}` },
      );
    }
    frameworkId = fw?.id;
  }
  const sectors = await c.call('sectors.list');
  const sectorIds = (spec.scope.sectors ?? []).map((s, i) => {
    const found = sectors.find((x) => x.code === s.toLowerCase() || x.name.toLowerCase() === s.toLowerCase());
    if (!found) problems.push({ field: `scope.sectors.${i}`, message: `no sector "${s}"; sectors are ${sectors.map((x) => x.code).join(', ')}` });
    return found?.id;
  });
  const cycle = {
    name: spec.name,
    cycleType: spec.cycleType,
    typeLabel: spec.typeLabel ?? null,
    frameworkId: frameworkId ?? 1,
    periodLabel: spec.periodLabel,
    launchDate: spec.launchDate ?? null,
    initialDeadline: spec.initialDeadline ?? null,
    finalDeadline: spec.finalDeadline ?? null,
    notes: spec.notes ?? null,
  };
  const fields = cycleInputSchema.safeParse(cycle);
  if (!fields.success) problems.push(...fields.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
  if (problems.length) throw specError(file, problems);
  // Agencies must match every filter given (sector and duty); agencyIds are added on top.
  const { duties, agencyIds = [] } = spec.scope;
  const filtered = duties?.length || sectorIds.length
    ? (await c.call('agencies.list', {})).filter(
        (a) => (!sectorIds.length || sectorIds.includes(a.sectorId)) && (!duties?.length || a.duties.some((d) => duties.includes(d))),
      )
    : [];
  const ids = [...new Set([...filtered.map((a) => a.id), ...agencyIds])];
  if (!ids.length) throw specError(file, [{ field: 'scope', message: 'selects no agencies; give duties, sectors or agencyIds that match active agencies' }]);
  return { cycle, agencyIds: ids };
}

const cycleId = (c: CommandContext) => {
  const id = Number(c.values.cycle);
  if (!c.values.cycle || !Number.isInteger(id) || id <= 0) throw new CliError('Give the cycle with --cycle ID (see `cycles list`).');
  return id;
};

const pct = (p: { count: number; of: number; percent: number }) => `${p.count} of ${p.of} (${p.percent}%)`;

function boardText(name: string, b: ReturnsBoard): string {
  const lines = [`${name}: returns as at ${formatLongDate(b.today)}`, `Agencies in scope: ${b.inScope}`];
  if (b.rates.initialDeadline) lines.push(`Returned by the initial deadline (${formatLongDate(b.rates.initialDeadline.date)}): ${pct(b.rates.initialDeadline)}`);
  if (b.rates.finalDeadline) lines.push(`Returned by the final deadline (${formatLongDate(b.rates.finalDeadline.date)}): ${pct(b.rates.finalDeadline)}`);
  lines.push(`Returned today: ${pct(b.rates.today)}`, '', '');
  return [
    lines.join('\n'),
    formatRows(b.byStatus.map((s) => ({ status: s.label, agencies: s.count, percent: `${s.percent}%` })), 'text'),
    '\n',
    formatRows(b.bySector.map((s) => ({ sector: s.sectorName, returned: s.returned.count, inScope: s.returned.of, percent: `${s.returned.percent}%` })), 'text'),
    `\nOverdue: ${b.overdue.length}\n`,
    b.overdue.length ? formatRows(b.overdue.map((o) => ({ agency: o.agencyName, sector: o.sectorName, daysOverdue: o.daysOverdue, lastChased: o.lastChasedOn ? formatLongDate(o.lastChasedOn) : '' })), 'text') : '',
  ].join('');
}

export const cycleCommands: AreaCommands = async (c) => {
  switch (`${c.group} ${c.verb ?? ''}`.trim()) {
    case 'cycles list': {
      const rows = await c.call('cycles.list');
      c.out(formatRows(rows.map((r) => ({ id: r.id, name: r.name, type: r.typeLabel ?? CYCLE_TYPE_LABELS[r.cycleType], framework: `${r.frameworkName} (${r.frameworkVersion})`, period: r.periodLabel, initialDeadline: r.initialDeadline ?? '', finalDeadline: r.finalDeadline ?? '', status: r.status, inScope: r.inScope, returned: r.returned })), c.format));
      return 0;
    }
    case 'cycles open': {
      const path = c.rest[0];
      if (!path) throw new CliError('Give the cycle spec: cycles open SPEC.json (the format is in docs/formats.md).');
      const spec = await readSpec(path);
      const { cycle, agencyIds } = await resolveSpec(c, path, spec);
      const d = await c.call('cycles.create', { cycle, agencyIds, copyForwardFrom: spec.copyForwardFrom });
      c.out(`Opened cycle ${d.id}: ${d.name} on ${d.frameworkName} (${d.frameworkVersion}), ${d.status}, ${d.inScope} agencies in scope\n`);
      c.out(formatRows(d.scopeBySector.map((s) => ({ sector: s.sectorName, agencies: s.count })), 'text'));
      return 0;
    }
    case 'returns summary': {
      const id = cycleId(c);
      const [cycle, board] = await Promise.all([c.call('cycles.get', { id }), c.call('returns.board', { cycleId: id })]);
      if (c.format === 'json') c.out(JSON.stringify({ cycle: { id: cycle.id, name: cycle.name }, ...board }, null, 2) + '\n');
      else if (c.format === 'csv') c.out(formatRows(board.byStatus.map((s) => ({ status: s.label, agencies: s.count, percent: s.percent })), 'csv'));
      else c.out(boardText(cycle.name, board));
      return 0;
    }
    case 'chasers create': {
      const id = cycleId(c);
      const folder = c.values.folder;
      if (!folder) throw new CliError('Give the folder for the .eml drafts with --folder DIR.');
      const board = await c.call('returns.board', { cycleId: id });
      if (!board.overdue.length) {
        c.out('No return is overdue; no reminders made.\n');
        return 0;
      }
      const ids = board.overdue.map((o) => o.cycleAgencyId);
      const problems = (await c.call('chasers.drafts', { cycleId: id, cycleAgencyIds: ids })).filter((d) => d.problem);
      const r = await c.call('chasers.create', { cycleId: id, cycleAgencyIds: ids, method: 'eml', folder: resolve(folder) });
      c.out(`Wrote ${r.paths.length} reminder drafts (open them in Outlook to send) to ${resolve(folder)}\n`);
      r.paths.forEach((p) => c.out(`  ${basename(p)}\n`));
      if (problems.length) c.out(`Not chased (${problems.length}):\n${problems.map((p) => `  ${p.problem}\n`).join('')}`);
      return 0;
    }
    default:
      return null;
  }
};

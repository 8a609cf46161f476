import { extname, resolve } from 'node:path';
import { ACTION_STATUS_LABELS, type ActionRow } from '../../../shared/domain/action';
import type { GeneratedFile } from '../../../shared/domain/settings';
import { writeFileAtomic } from '../io/atomic-write';
import { formatLongDate } from '../reports/kit/dates';
import { CliError, type AreaCommands, type CommandContext } from './command-context';
import { formatRows } from './format';

// `actions overdue [--agency ID] [--format text|csv|json]` and
// `actions export --out FILE [--format xlsx|docx] [--agency ID] [--cycle ID] [--name MEETING]`.

/** Options these commands read beyond the shared ones; main.ts declares them for parseArgs. */
type ActionValues = CommandContext['values'] & { out?: string; agency?: string };

const optionalId = (v: string | undefined, option: string): number | undefined => {
  if (v === undefined) return undefined;
  const id = Number(v);
  if (!Number.isInteger(id) || id <= 0) throw new CliError(`${option} takes an id (a whole number), not "${v}".`);
  return id;
};

const overdueRow = (r: ActionRow) => ({
  reference: r.reference,
  agency: r.agencyName ?? r.groupName ?? '',
  standard: r.standardNumber ?? '',
  description: r.description,
  owner: r.owner ?? '',
  dueDate: r.dueDate,
  daysOverdue: r.daysOverdue,
  status: ACTION_STATUS_LABELS[r.status],
  lastUpdate: r.lastUpdateOn ?? '',
});

async function overdue(c: CommandContext): Promise<number> {
  const v = c.values as ActionValues;
  if (!['text', 'csv', 'json'].includes(c.format)) throw new CliError(`--format for actions overdue is text, csv or json, not "${c.format}".`);
  const agencyId = optionalId(v.agency, '--agency');
  const cycleId = optionalId(v.cycle, '--cycle');
  const rows = await c.call('actions.list', { bucket: 'overdue', ...(agencyId ? { agencyId } : {}), ...(cycleId ? { cycleId } : {}) });
  // Most overdue first: the order a meeting takes them in.
  const sorted = [...rows].sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) || a.id - b.id);
  if (c.format === 'text') {
    const { today } = await c.call('app.info');
    c.out(`${sorted.length} ${sorted.length === 1 ? 'action is' : 'actions are'} overdue as at ${formatLongDate(today)}\n`);
    if (!sorted.length) return 0;
  }
  c.out(formatRows(sorted.map(overdueRow), c.format));
  return 0;
}

async function exportTracker(c: CommandContext): Promise<number> {
  const v = c.values as ActionValues;
  if (!v.out) throw new CliError('Give the file to write with --out FILE (.xlsx or .docx).');
  const ext = extname(v.out).toLowerCase();
  // --format defaults to text for lists; here it names the file type, or the file's extension does.
  const format = c.format === 'text' ? ext.slice(1) : String(c.format);
  if (format !== 'xlsx' && format !== 'docx') throw new CliError(`actions export writes xlsx or docx: give --format xlsx|docx or an --out file ending .xlsx or .docx (not "${v.out}").`);
  const agencyId = optionalId(v.agency, '--agency');
  const cycleId = optionalId(v.cycle, '--cycle');
  let file: GeneratedFile;
  if (format === 'xlsx') file = await c.call('actions.exportXlsx', { bucket: 'open', ...(agencyId ? { agencyId } : {}), ...(cycleId ? { cycleId } : {}) });
  else {
    const { today } = await c.call('app.info');
    const pack = await c.call('actions.pack', {
      meetingDate: today,
      ...(v.name ? { meetingName: v.name } : {}),
      ...(cycleId ? { cycleId } : {}),
      // One agency's tracker, or the partnership's (which counts every agency's actions too).
      agencyIds: agencyId ? [agencyId] : [],
      includePartnership: !agencyId,
    });
    const docx = pack.files.find((f) => f.fileName.toLowerCase().endsWith('.docx'));
    if (!docx) throw new CliError('No tracker was made: there are no actions to list.');
    file = docx;
  }
  const path = resolve(v.out);
  await writeFileAtomic(path, Buffer.from(file.contentBase64, 'base64'));
  c.out(`Wrote ${path}\n`);
  return 0;
}

export const actionCommands: AreaCommands = async (c) => {
  switch (`${c.group} ${c.verb ?? ''}`.trim()) {
    case 'actions overdue':
      return overdue(c);
    case 'actions export':
      return exportTracker(c);
    default:
      return null;
  }
};

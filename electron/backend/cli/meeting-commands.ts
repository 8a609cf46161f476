import { resolve } from 'node:path';
import { format, parseISO } from 'date-fns';
import { enGB } from 'date-fns/locale';
import { MEETING_STATUS_LABELS, type MeetingRow } from '../../../shared/domain/scrutiny';
import { writeFileAtomic } from '../io/atomic-write';
import { CliError, type AreaCommands, type CommandContext } from './command-context';
import { formatRows } from './format';

// `meetings ics --cycle ID --out FILE`: the cycle's scrutiny meetings and challenge events as one calendar.
// `meetings schedule --cycle ID [--format text|csv|json]`: the run of meetings, in time order.

type MeetingValues = CommandContext['values'] & { out?: string };

function cycleId(c: CommandContext): number {
  const id = Number(c.values.cycle);
  if (!c.values.cycle || !Number.isInteger(id) || id <= 0) throw new CliError('Give the cycle with --cycle ID (see `cycles list`).');
  return id;
}

const day = (local: string) => format(parseISO(local.slice(0, 10)), 'EEE d MMM yyyy', { locale: enGB });

function scheduleRow(m: MeetingRow, json: boolean): Record<string, string | number | null> {
  return json
    ? { id: m.id, start: m.start, end: m.end, agency: m.agencyName, status: m.status, scrutineer: m.scrutineer, officer: m.officer, location: m.location, clashes: m.clashes.join('; ') }
    : {
        date: day(m.start),
        time: `${m.start.slice(11)}–${m.end.slice(11)}`,
        agency: m.agencyName,
        status: MEETING_STATUS_LABELS[m.status],
        officer: m.officer ?? '',
        clashes: m.clashes.length ? `${m.clashes.length}: ${m.clashes[0]}` : '',
      };
}

async function schedule(c: CommandContext): Promise<number> {
  const id = cycleId(c);
  if (!['text', 'csv', 'json'].includes(c.format)) throw new CliError(`meetings schedule prints text, csv or json, not "${c.format}".`);
  const cycle = await c.call('cycles.get', { id });
  const rows = await c.call('meetings.list', { cycleId: id });
  if (c.format === 'text') {
    const held = rows.filter((m) => m.status === 'held').length;
    const cancelled = rows.filter((m) => m.status === 'cancelled').length;
    c.out(`${cycle.name}: ${rows.length} scrutiny ${rows.length === 1 ? 'meeting' : 'meetings'} (${held} held, ${cancelled} cancelled)\n`);
  }
  c.out(formatRows(rows.map((m) => scheduleRow(m, c.format === 'json')), c.format));
  if (c.format === 'text' && rows.some((m) => m.clashes.length)) c.out('Some meetings clash; see the clashes column.\n');
  return 0;
}

async function ics(c: CommandContext): Promise<number> {
  const id = cycleId(c);
  const out = (c.values as MeetingValues).out;
  if (!out) throw new CliError('Give the file to write with --out FILE (.ics).');
  const file = await c.call('meetings.ics', { cycleId: id });
  const path = resolve(out);
  await writeFileAtomic(path, Buffer.from(file.contentBase64, 'base64'));
  c.out(`Wrote ${path}\n`);
  return 0;
}

export const meetingCommands: AreaCommands = async (c) => {
  if (c.group !== 'meetings') return null;
  if (c.verb === 'schedule') return schedule(c);
  if (c.verb === 'ics') return ics(c);
  return null;
};

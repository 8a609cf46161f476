import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetingInputSchema } from '../../shared/domain/scrutiny';
import { cliFailure, runCommand } from '../helpers/cli';
import { inTransaction } from '../../electron/backend/db/transaction';
import { createCycle } from '../../electron/backend/services/cycles';
import { setMeetingStatus } from '../../electron/backend/services/meeting-changes';
import { createMeetings } from '../../electron/backend/services/meetings';
import { FIXED_NOW } from '../helpers/backend';
import { trackerFixture } from '../helpers/tracker-fixtures';

// `meetings schedule` and `meetings ics` on a database made by the services, then closed, as a user would
// run the CLI against the app's data folder.

const run = runCommand;
const failure = cliFailure;

describe('meeting commands', () => {
  let data = '';
  let cycleId = 0;
  let uids: string[] = [];

  beforeAll(async () => {
    const f = await trackerFixture(FIXED_NOW);
    data = f.b.dataDir;
    const cycle = await createCycle(f.ctx.db, f.ctx, f.cycleInput({ name: 'CLI scrutiny 2030' }), [f.ids.alder, f.ids.birch, f.ids.cedar]);
    cycleId = cycle.id;
    const iris = await f.person('Iris Scrutineer', 'iris@scrutiny.example');
    const owen = await f.person('Owen Officer', 'owen@northmoor-scp.example');
    const meeting = (agencyId: number, start: string, end: string, status: string) =>
      meetingInputSchema.parse({ cycleId, agencyId, start, end, status, attendees: [{ contactId: iris.id, role: 'scrutineer' }, { contactId: owen.id, role: 'officer' }] });
    const ids = await inTransaction(f.ctx.db, (trx) =>
      createMeetings(trx, f.ctx, [
        meeting(f.ids.birch, '2030-01-01T10:00', '2030-01-01T10:45', 'confirmed'),
        meeting(f.ids.alder, '2030-01-01T09:00', '2030-01-01T09:45', 'proposed'),
        meeting(f.ids.cedar, '2030-07-02T14:00', '2030-07-02T14:45', 'confirmed'),
      ]),
    );
    await setMeetingStatus(f.ctx.db, f.ctx, ids[2]!, 'cancelled');
    uids = (await f.ctx.db.selectFrom('meetings').select('uid').orderBy('start_at').execute()).map((m) => m.uid);
    await f.b.close();
  });

  it('prints the schedule in time order as text and JSON', async () => {
    const text = await run('meetings', 'schedule', '--cycle', String(cycleId), '--data', data);
    expect(text.code).toBe(0);
    const lines = text.out.split('\n');
    expect(lines[0]).toBe('CLI scrutiny 2030: 3 scrutiny meetings (0 held, 1 cancelled)');
    expect(lines[1]).toMatch(/^date\s+time\s+agency\s+status\s+officer/);
    expect(lines[3]).toMatch(/^Tue 1 Jan 2030\s+09:00–09:45\s+Alder Primary School\s+Proposed\s+Owen Officer$/);
    expect(lines[4]).toMatch(/^Tue 1 Jan 2030\s+10:00–10:45\s+Birch Health Trust\s+Confirmed\s+Owen Officer$/);
    expect(lines[5]).toMatch(/^Tue 2 Jul 2030\s+14:00–14:45\s+Cedar Police\s+Cancelled/);

    const json = JSON.parse((await run('meetings', 'schedule', '--cycle', String(cycleId), '--format', 'json', '--data', data)).out) as Array<Record<string, unknown>>;
    expect(json.map((m) => [m.start, m.end, m.agency, m.status, m.scrutineer])).toEqual([
      ['2030-01-01T09:00', '2030-01-01T09:45', 'Alder Primary School', 'proposed', 'Iris Scrutineer'],
      ['2030-01-01T10:00', '2030-01-01T10:45', 'Birch Health Trust', 'confirmed', 'Iris Scrutineer'],
      ['2030-07-02T14:00', '2030-07-02T14:45', 'Cedar Police', 'cancelled', 'Iris Scrutineer'],
    ]);
  });

  it('writes the cycle’s calendar file', async () => {
    const file = join(data, 'out', 'meetings.ics');
    const r = await run('meetings', 'ics', '--cycle', String(cycleId), '--out', file, '--data', data);
    expect(r).toEqual({ code: 0, out: `Wrote ${file}\n` });
    const cal = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.startDate.toJSDate().toISOString()])).toEqual([
      [uids[0], '2030-01-01T09:00:00.000Z'],
      [uids[1], '2030-01-01T10:00:00.000Z'],
      [uids[2], '2030-07-02T13:00:00.000Z'],
    ]);
    expect(cal.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('status'))).toEqual(['TENTATIVE', 'CONFIRMED', 'CANCELLED']);
  });

  it('says what is missing', async () => {
    expect(await failure('meetings', 'schedule', '--data', data)).toBe('Give the cycle with --cycle ID (see `cycles list`).');
    expect(await failure('meetings', 'ics', '--cycle', String(cycleId), '--data', data)).toBe('Give the file to write with --out FILE (.ics).');
    expect(await failure('meetings', 'schedule', '--cycle', '999', '--data', data)).toMatch(/Cycle 999 does not exist/);
  });
});

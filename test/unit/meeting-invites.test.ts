import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { meetingInputSchema, type MeetingInput } from '../../shared/domain/scrutiny';
import { inTransaction } from '../../electron/backend/db/transaction';
import { setMeetingStatus, updateMeeting } from '../../electron/backend/services/meeting-changes';
import { meetingInvites } from '../../electron/backend/services/meeting-invites';
import { createMeetings } from '../../electron/backend/services/meetings';
import { call } from '../helpers/backend';
import { readEml } from '../helpers/eml';
import { scrutinyFixture } from '../helpers/scrutiny-fixture';
import { failure, trackerFixture } from '../helpers/tracker-fixtures';

// Invitation drafts: an .eml per meeting, opened by Outlook as a new message with the meeting request in it.

let f: Awaited<ReturnType<typeof trackerFixture>>;
afterEach(async () => {
  await f?.b.close();
});

async function setup() {
  const s = await scrutinyFixture();
  f = s.f;
  const { ids, cycle, scrutineer: iris, officer: owen } = s;
  const meeting = (agencyId: number, start: string, end: string, over: Partial<MeetingInput> = {}) =>
    meetingInputSchema.parse({
      cycleId: cycle.id,
      agencyId,
      start,
      end,
      location: 'Room 4, Town Hall',
      onlineLink: 'https://teams.example/meet/1',
      status: 'confirmed',
      attendees: [
        { contactId: iris.id, role: 'scrutineer' },
        { contactId: owen.id, role: 'officer' },
      ],
      ...over,
    });
  const [alder, cedar, damson, elm] = await inTransaction(f.ctx.db, (trx) =>
    createMeetings(trx, f.ctx, [
      meeting(ids.alder, '2026-12-01T10:00', '2026-12-01T10:45'),
      meeting(ids.cedar, '2026-12-01T11:00', '2026-12-01T11:45'),
      meeting(ids.damson, '2026-12-01T12:00', '2026-12-01T12:45'),
      meeting(ids.elm, '2026-11-20T12:00', '2026-11-20T12:45'),
    ]),
  );
  await setMeetingStatus(f.ctx.db, f.ctx, elm!, 'held');
  return { alder: alder!, cedar: cedar!, damson: damson!, elm: elm! };
}

describe('invitation drafts', () => {
  it('addresses the agency, copies the scrutineer and officer, carries the meeting request, and says why others were skipped', async () => {
    const m = await setup();
    const r = await call<{ files: Array<{ fileName: string; mimeType: string; contentBase64: string }>; paths: string[]; skipped: Array<{ meetingId: number; problem: string }> }>(
      f.b,
      'meetings.invites',
      { meetingIds: [m.alder, m.cedar, m.damson, m.elm] },
    );
    expect(r.skipped).toEqual([
      { meetingId: m.elm, problem: 'The meeting with Elm Nursery: Main/Annex site. has already been held.' },
      { meetingId: m.cedar, problem: 'No one from Cedar Police at the meeting has an email address in the register.' },
      { meetingId: m.damson, problem: 'The meeting with Damson Housing has no one from the agency; add its safeguarding lead, with an email address, to the register or the meeting.' },
    ]);
    expect(r.files.map((x) => [x.fileName, x.mimeType])).toEqual([['Alder Primary School - scrutiny meeting invitation.eml', 'message/rfc822']]);
    const eml = readEml(Buffer.from(r.files[0]!.contentBase64, 'base64').toString('utf8'));
    expect(eml.headers).toMatchObject({
      'x-unsent': '1',
      from: 'Pat Officer <pat.officer@northmoor-scp.example>',
      to: 'jane.hollins@alder.example',
      cc: 'iris@scrutiny.example, owen@northmoor-scp.example',
      subject: 'Invitation: NSCP scrutiny meeting, Alder Primary School, Tue 1 December 2026, 10:00–10:45',
    });
    const parts = eml.parts;
    const text = parts.find((p) => p.headers['content-type']!.startsWith('text/plain'))!.body;
    expect(text).toMatch(/^Dear Jane,\r\n\r\nYou are invited to an individual scrutiny meeting with Alder Primary School/);
    expect(text).toContain('When: Tue 1 December 2026, 10:00–10:45 (UK time)\r\nWhere: Room 4, Town Hall\r\nJoin online: https://teams.example/meet/1');
    const request = parts.find((p) => p.headers['content-type']!.startsWith('text/calendar'))!;
    expect(request.headers['content-type']).toContain('method=REQUEST');
    const cal = new ICAL.Component(ICAL.parse(request.body));
    expect(cal.getFirstPropertyValue('method')).toBe('REQUEST');
    const ev = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    const uid = (await f.ctx.db.selectFrom('meetings').select('uid').where('id', '=', m.alder).executeTakeFirstOrThrow()).uid;
    expect([ev.uid, ev.sequence, ev.startDate.toJSDate().toISOString()]).toEqual([uid, 0, '2026-12-01T10:00:00.000Z']);
    expect(ev.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual(['mailto:iris@scrutiny.example', 'mailto:owen@northmoor-scp.example', 'mailto:jane.hollins@alder.example']);
  });

  it('marks an invitation for a moved meeting as an update, and writes drafts to a folder', async () => {
    const m = await setup();
    await updateMeeting(f.ctx.db, f.ctx, m.alder, { start: '2026-12-02T10:00', end: '2026-12-02T10:45' });
    const folder = mkdtempSync(join(tmpdir(), 'audit-desk-invites-'));
    const r = await meetingInvites(f.ctx.db, f.ctx, [m.alder], folder);
    expect(r.files).toEqual([]);
    expect(readdirSync(folder)).toEqual(['Alder Primary School - scrutiny meeting invitation.eml']);
    const eml = readEml(readFileSync(r.paths[0]!, 'utf8'));
    expect(eml.headers.subject).toBe('Updated invitation: NSCP scrutiny meeting, Alder Primary School, Wed 2 December 2026, 10:00–10:45');
    const ics = eml.parts.find((p) => p.headers['content-type']!.startsWith('text/calendar'))!.body;
    expect(ics).toMatch(/\r\nSEQUENCE:1\r\n/);
  });

  it('refuses when no invitation can be made at all', async () => {
    const m = await setup();
    const err = await failure(meetingInvites(f.ctx.db, f.ctx, [m.cedar, m.damson]));
    expect(err.message).toMatch(/^No invitation could be made: No one from Cedar Police/);
    expect(err.details).toHaveLength(2);
  });
});

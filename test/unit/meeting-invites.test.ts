import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { meetingInputSchema, type MeetingInput } from '../../shared/domain/scrutiny';
import { inTransaction } from '../../electron/backend/db/transaction';
import { createCycle } from '../../electron/backend/services/cycles';
import { setMeetingStatus, updateMeeting } from '../../electron/backend/services/meeting-changes';
import { meetingInvites } from '../../electron/backend/services/meeting-invites';
import { createMeetings } from '../../electron/backend/services/meetings';
import { call, FIXED_NOW } from '../helpers/backend';
import { failure, trackerFixture } from '../helpers/tracker-fixtures';

// Invitation drafts: an .eml per meeting, opened by Outlook as a new message with the meeting request in it.

interface Mime {
  headers: Record<string, string>;
  body: string;
  parts: Mime[];
}

const decodeWords = (v: string) =>
  v
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
    );

/** Just enough MIME: unfolded, decoded headers, decoded bodies, multipart split on its boundary. */
function parseMime(raw: string): Mime {
  const split = raw.indexOf('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    headers[line.slice(0, i).toLowerCase()] = decodeWords(line.slice(i + 1).trim());
  }
  let body = raw.slice(split + 4);
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  if (boundary) {
    const parts = body.split(`--${boundary}`).slice(1, -1).map((p) => parseMime(p.replace(/^\r\n/, '')));
    return { headers, body: '', parts };
  }
  const cte = headers['content-transfer-encoding'] ?? '';
  if (/base64/i.test(cte)) body = Buffer.from(body, 'base64').toString('utf8');
  else if (/quoted-printable/i.test(cte))
    body = Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
  return { headers, body, parts: [] };
}
const leaves = (m: Mime): Mime[] => (m.parts.length ? m.parts.flatMap(leaves) : [m]);

let f: Awaited<ReturnType<typeof trackerFixture>>;
afterEach(async () => {
  await f?.b.close();
});

async function setup() {
  f = await trackerFixture(FIXED_NOW);
  const { ids } = f;
  const cycle = await createCycle(f.ctx.db, f.ctx, f.cycleInput(), [ids.alder, ids.birch, ids.cedar, ids.damson, ids.elm]);
  const iris = await f.person('Iris Scrutineer', 'iris@scrutiny.example');
  const owen = await f.person('Owen Officer', 'owen@northmoor-scp.example');
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
    const eml = parseMime(Buffer.from(r.files[0]!.contentBase64, 'base64').toString('utf8'));
    expect(eml.headers).toMatchObject({
      'x-unsent': '1',
      from: 'Pat Officer <pat.officer@northmoor-scp.example>',
      to: 'jane.hollins@alder.example',
      cc: 'iris@scrutiny.example, owen@northmoor-scp.example',
      subject: 'Invitation: NSCP scrutiny meeting, Alder Primary School, Tue 1 December 2026, 10:00–10:45',
    });
    const parts = leaves(eml);
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
    const eml = parseMime(readFileSync(r.paths[0]!, 'utf8'));
    expect(eml.headers.subject).toBe('Updated invitation: NSCP scrutiny meeting, Alder Primary School, Wed 2 December 2026, 10:00–10:45');
    const ics = leaves(eml).find((p) => p.headers['content-type']!.startsWith('text/calendar'))!.body;
    expect(ics).toMatch(/\r\nSEQUENCE:1\r\n/);
  });

  it('refuses when no invitation can be made at all', async () => {
    const m = await setup();
    const err = await failure(meetingInvites(f.ctx.db, f.ctx, [m.cedar, m.damson]));
    expect(err.message).toMatch(/^No invitation could be made: No one from Cedar Police/);
    expect(err.details).toHaveLength(2);
  });
});

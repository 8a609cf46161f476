import type { GeneratedFile } from '../../../shared/domain/settings';
import type { Db } from '../db/schema';
import { invalid } from '../errors';
import { buildEml, emlFiles, writeEmls } from '../io/eml';
import { buildCalendar } from '../io/ics';
import { uniqueFileNames, windowsFileName } from '../io/windows-file-name';
import { calendarMeetings, meetingEvent, organiser, type CalendarMeeting } from './meeting-calendar';
import { whenText } from './meeting-occupancy';
import type { WriteCtx } from './write-context';

// Invitation drafts: one .eml per meeting with the meeting as a calendar request inside, addressed to the
// agency's people and copied to the scrutineer and the officer. `X-Unsent: 1` makes Outlook open it as a
// new message to send from the user's own mailbox.

export interface InviteResult {
  files: GeneratedFile[];
  paths: string[];
  skipped: Array<{ meetingId: number; problem: string }>;
}

const emails = (m: CalendarMeeting, roles: string[]) => [...new Set(m.attendees.filter((a) => roles.includes(a.role) && a.email).map((a) => a.email!))];

function problemOf(m: CalendarMeeting): string | null {
  if (m.status === 'cancelled') return `The meeting with ${m.agencyName} is cancelled; export its calendar file to remove it from calendars.`;
  if (m.status === 'held') return `The meeting with ${m.agencyName} has already been held.`;
  if (!m.attendees.some((a) => a.role === 'agency'))
    return `The meeting with ${m.agencyName} has no one from the agency; add its safeguarding lead, with an email address, to the register or the meeting.`;
  if (!emails(m, ['agency']).length) return `No one from ${m.agencyName} at the meeting has an email address in the register.`;
  return null;
}

export async function meetingInvites(db: Db, ctx: WriteCtx, meetingIds: number[], folder?: string): Promise<InviteResult> {
  const meetings = await calendarMeetings(db, meetingIds);
  const org = await organiser(db);
  const skipped = meetings.flatMap((m) => {
    const problem = problemOf(m);
    return problem ? [{ meetingId: m.id, problem }] : [];
  });
  const ready = meetings.filter((m) => !skipped.some((s) => s.meetingId === m.id));
  if (!ready.length) throw invalid(`No invitation could be made: ${skipped.map((s) => s.problem).join(' ')}`, skipped.map((s) => ({ field: 'meetingIds', message: s.problem })));

  const emls = await Promise.all(
    ready.map((m) => {
      const to = emails(m, ['agency']);
      const cc = emails(m, ['scrutineer', 'officer', 'other']).filter((e) => !to.includes(e));
      const greeting = m.attendees.filter((a) => a.role === 'agency' && a.email).map((a) => a.name.split(' ')[0]).join(' and ');
      const updated = m.sequence > 0;
      const text = [
        `Dear ${greeting},`,
        '',
        updated
          ? `The individual scrutiny meeting with ${m.agencyName} for ${m.cycleName} has changed. The details are now:`
          : `You are invited to an individual scrutiny meeting with ${m.agencyName}, with the independent scrutineer, as part of ${m.cycleName}.`,
        '',
        `When: ${whenText(m.start, m.end)} (UK time)`,
        ...(m.location ? [`Where: ${m.location}`] : []),
        ...(m.onlineLink ? [`Join online: ${m.onlineLink}`] : []),
        `Attending: ${m.attendees.map((a) => a.name).join(', ')}`,
        '',
        'The invitation is attached; accepting it adds the meeting to your calendar.',
        '',
        ...(org.name ? [org.name] : []),
        org.partnership,
      ].join('\n');
      const ics = buildCalendar([meetingEvent(m, org)], { method: 'REQUEST', stamp: ctx.now() });
      return buildEml({
        from: org.email ? { name: org.name, address: org.email } : null,
        to,
        cc,
        subject: `${updated ? 'Updated invitation' : 'Invitation'}: ${org.shortName} scrutiny meeting, ${m.agencyName}, ${whenText(m.start, m.end)}`,
        text,
        date: ctx.now(),
        icalEvent: { method: 'REQUEST', filename: 'invite.ics', content: ics },
      });
    }),
  );
  const names = uniqueFileNames(ready.map((m) => windowsFileName(`${m.agencyName} - scrutiny meeting invitation`, '.eml')));
  if (folder) {
    return { files: [], paths: await writeEmls(folder, names, emls), skipped };
  }
  return { files: emlFiles(names, emls), paths: [], skipped };
}

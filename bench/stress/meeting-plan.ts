import { addDaysIso } from '../../shared/domain/dates';
import type { MeetingStatus } from '../../shared/domain/scrutiny';
import { whenText } from '../../electron/backend/services/meeting-occupancy';
import { workingDay } from '../../electron/backend/demo/demo-scrutiny';
import { DEMO_ANSWERS, DEMO_NOTES } from '../../electron/backend/demo/demo-scrutiny-text';
import type { Random } from '../../electron/backend/demo/random';
import type { HistoryRows } from './history-rows';

// One scrutiny meeting's whole story, worked out the way the meeting services would have left it: made
// (confirmed, or proposed), perhaps moved (SEQUENCE +1, a reschedule row, status "rescheduled"), then held and
// recorded, or cancelled (SEQUENCE +1), each step in history at the time it happened.

export const TIMES = ['09:30', '11:00', '13:30', '15:00'];
const MOVE_REASONS = ['The safeguarding lead was called to a strategy meeting.', 'The agency asked for a later date.', 'Room not available.'];
const CANCEL_REASONS = ['The agency asked to meet after its restructure; a new date is being found.', 'Scrutineer unwell.'];
const CHANGE_ANSWERS = ['Our policies were refreshed and training reached more staff.', 'A new named lead is in post and supervision is now monthly.', 'Little has changed: capacity has been the problem.'];

export interface MeetingSetting {
  cycleId: number;
  cycleName: string;
  agencyId: number;
  agencyName: string;
  day: string;
  time: string;
  /** The day the run was planned and saved. */
  plannedOn: string;
  today: string;
  people: Array<{ contactId: number; role: 'scrutineer' | 'officer' | 'agency'; name: string }>;
  online: boolean;
  room: string;
  questionIds: number[];
  questionTexts: string[];
  themeIds: number[];
  index: number;
}

export interface PlannedMeeting {
  status: MeetingStatus;
  start: string;
  end: string;
  location: string | null;
  onlineLink: string | null;
  sequence: number;
  createdAt: string;
  updatedAt: string;
  attended: Array<number | null>;
  reschedule: { previousStart: string; previousEnd: string; reason: string; at: string } | null;
  answers: Array<{ questionId: number; answer: string }>;
  notes: Array<{ itemKey: string; note: string }>;
  /** Adds the meeting's history, once its id is known. */
  history: (id: number, log: HistoryRows) => void;
}

const plusHour = (time: string) => `${String(Number(time.slice(0, 2)) + 1).padStart(2, '0')}${time.slice(2)}`;
const clamp = (d: string, lo: string, hi: string) => (d < lo ? lo : d > hi ? hi : d);
const iso = (date: string, time = '16:00') => `${date}T${time}:00.000Z`;
const short = (s: string | null, n = 60) => (s && s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function planMeeting(r: Random, s: MeetingSetting): PlannedMeeting {
  const start = `${s.day}T${s.time}`;
  const end = `${s.day}T${plusHour(s.time)}`;
  const x = r.next();
  type Plan = 'held' | 'held-moved' | 'cancelled' | 'confirmed' | 'rescheduled' | 'proposed';
  const plan: Plan =
    s.day < s.today
      ? x < 0.07 ? 'cancelled' : x < 0.14 ? 'held-moved' : 'held'
      : s.day <= addDaysIso(s.today, 14)
        ? x < 0.05 ? 'cancelled' : x < 0.17 ? 'rescheduled' : x < 0.25 ? 'proposed' : 'confirmed'
        : x < 0.8 ? 'proposed' : 'confirmed';
  const first: MeetingStatus = plan === 'proposed' ? 'proposed' : 'confirmed';
  const moved = plan === 'held-moved' || plan === 'rescheduled';
  const status: MeetingStatus = plan === 'held-moved' ? 'held' : plan;
  const location = s.online ? null : s.room;
  const onlineLink = s.online ? `https://meet.partnership.example.org/scrutiny-${s.cycleId}-${s.index}` : null;
  const attendeesText = s.people.map((p) => `${p.name} (${p.role})`).join('; ');

  let reschedule: PlannedMeeting['reschedule'] = null;
  if (moved) {
    let previousDay = workingDay(s.day, -r.int(1, 3));
    if (previousDay <= s.plannedOn) previousDay = workingDay(s.day, r.int(1, 3));
    const at = iso(clamp(addDaysIso(previousDay < s.day ? previousDay : s.day, -2), s.plannedOn, s.today), '11:00');
    reschedule = { previousStart: `${previousDay}T${s.time}`, previousEnd: `${previousDay}T${plusHour(s.time)}`, reason: r.pick(MOVE_REASONS), at };
  }
  const cancelledAt = plan === 'cancelled' ? iso(clamp(addDaysIso(s.day, -r.int(1, 4)), s.plannedOn, s.today), '12:00') : null;
  const cancelReason = plan === 'cancelled' ? r.pick(CANCEL_REASONS) : null;
  const held = status === 'held';
  const attended = s.people.map((p) => (held ? (p.role === 'scrutineer' || r.chance(0.95) ? 1 : 0) : null));
  const answers = held
    ? s.questionIds.map((questionId, q) => {
        const pool = DEMO_ANSWERS[q] ?? CHANGE_ANSWERS;
        return { questionId, answer: pool[(s.index + q) % pool.length]! };
      })
    : [];
  const notes = held
    ? [...(r.chance(0.4) ? [{ itemKey: 'other', note: DEMO_NOTES.other }] : []), ...(s.themeIds.length && r.chance(0.3) ? [{ itemKey: `theme:${r.pick(s.themeIds)}`, note: DEMO_NOTES.theme }] : [])]
    : [];
  const createdAt = iso(s.plannedOn);
  const heldAt = iso(s.day, '17:00');
  const updatedAt = held ? heldAt : (cancelledAt ?? reschedule?.at ?? createdAt);

  const history = (id: number, log: HistoryRows) => {
    const who = s.agencyName;
    const shape = (from: string, to: string, st: MeetingStatus) => ({ start: from, end: to, location, onlineLink, status: st, attendees: attendeesText });
    const [madeStart, madeEnd] = reschedule ? [reschedule.previousStart, reschedule.previousEnd] : [start, end];
    log.add(createdAt, {
      entityType: 'meeting',
      entityId: id,
      action: 'create',
      summary: `Meeting with ${who} on ${whenText(madeStart, madeEnd)} (${first})`,
      after: { cycle: s.cycleName, agency: who, ...shape(madeStart, madeEnd, first) },
    });
    if (reschedule)
      log.add(reschedule.at, {
        entityType: 'meeting',
        entityId: id,
        action: 'update',
        summary: `Meeting with ${who} moved from ${whenText(madeStart, madeEnd)} to ${whenText(start, end)}: ${reschedule.reason}`,
        before: shape(madeStart, madeEnd, first),
        after: shape(start, end, 'rescheduled'),
      });
    const before: MeetingStatus = moved ? 'rescheduled' : first;
    if (cancelledAt)
      log.add(cancelledAt, { entityType: 'meeting', entityId: id, action: 'update', summary: `Meeting with ${who} on ${whenText(start, end)}: ${before} → cancelled (${cancelReason})`, before: { status: before }, after: { status: 'cancelled', reason: cancelReason } });
    if (!held) return;
    log.add(heldAt, { entityType: 'meeting', entityId: id, action: 'update', summary: `Meeting with ${who} on ${whenText(start, end)}: ${before} → held`, before: { status: before }, after: { status: 'held' } });
    const was: Record<string, unknown> = {};
    const now: Record<string, unknown> = {};
    s.people.forEach((p, k) => ((was[p.name] = 'not recorded'), (now[p.name] = attended[k] ? 'attended' : 'did not attend')));
    answers.forEach((a, q) => ((was[`Answer: ${short(s.questionTexts[q]!, 50)}`] = null), (now[`Answer: ${short(s.questionTexts[q]!, 50)}`] = short(a.answer))));
    notes.forEach((n) => ((was[`Note ${n.itemKey}`] = null), (now[`Note ${n.itemKey}`] = short(n.note))));
    const changes = Object.keys(now).length;
    log.add(heldAt, { entityType: 'meeting', entityId: id, action: 'record', summary: `${who}: meeting of ${s.day} recorded (held; ${changes} ${changes === 1 ? 'change' : 'changes'})`, before: was, after: now });
  };

  return { status, start, end, location, onlineLink, sequence: (moved ? 1 : 0) + (cancelledAt ? 1 : 0), createdAt, updatedAt, attended, reschedule, answers, notes, history };
}

import { z } from 'zod';
import { isoDate } from './cycle';
import type { ActionRow } from './action';

// Scrutiny: the multi-agency challenge event, and individual scrutiny meetings with each agency.
// Times are wall-clock times in London ("yyyy-mm-ddTHH:mm"); .ics export converts them to UTC instants.

export const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'a time is yyyy-mm-ddTHH:mm');
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is HH:mm (24-hour)');

export const MEETING_STATUSES = ['proposed', 'confirmed', 'held', 'cancelled', 'rescheduled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  proposed: 'Proposed',
  confirmed: 'Confirmed',
  held: 'Held',
  cancelled: 'Cancelled',
  rescheduled: 'Rescheduled',
};
/** Meetings that still take up people's time: clashes are checked against these. */
export const LIVE_MEETING_STATUSES: readonly MeetingStatus[] = ['proposed', 'confirmed', 'rescheduled', 'held'];

export const ATTENDEE_ROLES = ['scrutineer', 'officer', 'agency', 'other'] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
const idSchema = z.number().int().positive();

// ---- Challenge events -------------------------------------------------------------------------------

export const challengeEventInputSchema = z
  .object({
    cycleId: idSchema,
    title: z.string().trim().min(1, 'give the event a title').max(200),
    date: isoDate,
    startTime: clockTime,
    endTime: clockTime,
    venue: optionalText(300),
    onlineLink: z.string().trim().url('not a web address').max(2000).nullish().transform((v) => v ?? null),
    notes: optionalText(8000),
  })
  .refine((e) => e.endTime > e.startTime, { path: ['endTime'], message: 'the event ends before it starts' });
export type ChallengeEventInput = z.input<typeof challengeEventInputSchema>;

export const challengeQuestionInputSchema = z.object({
  /** 's:<standard id>' or 'i:<item id>' in the cycle's framework, e.g. item 9.3. */
  targetKey: z.string().regex(/^[si]:\d+$/),
  /** What agencies must bring: "a case study showing …". */
  bring: optionalText(2000),
  discussion: optionalText(20_000),
  goodPractice: optionalText(20_000),
  recommendations: optionalText(20_000),
});
export type ChallengeQuestionInput = z.input<typeof challengeQuestionInputSchema>;

export const challengeAgencyInputSchema = z.object({
  agencyId: idSchema,
  invited: z.boolean().default(true),
  /** null: not yet known. */
  broughtEvidence: z.boolean().nullish().transform((v) => v ?? null),
  /** "Case study", "Single-agency audit", … */
  evidenceKind: optionalText(200),
  notes: optionalText(4000),
});

export interface ChallengeQuestion {
  id: number;
  targetKey: string;
  number: string;
  title: string;
  bring: string | null;
  discussion: string | null;
  goodPractice: string | null;
  recommendations: string | null;
}

export interface ChallengeAgency {
  agencyId: number;
  agencyName: string;
  sectorName: string;
  invited: boolean;
  broughtEvidence: boolean | null;
  evidenceKind: string | null;
  notes: string | null;
}

export interface ChallengeAttendee {
  id: number;
  contactId: number | null;
  name: string;
  email: string | null;
  agencyId: number | null;
  agencyName: string | null;
  attended: boolean | null;
}

export interface ChallengeEventSummary {
  id: number;
  cycleId: number;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  venue: string | null;
  onlineLink: string | null;
  questionCount: number;
  invitedCount: number;
  attendedAgencies: number;
}

export interface ChallengeEvent extends ChallengeEventSummary {
  notes: string | null;
  uid: string;
  sequence: number;
  questions: ChallengeQuestion[];
  agencies: ChallengeAgency[];
  attendees: ChallengeAttendee[];
}

// ---- Common questions (per cycle) --------------------------------------------------------------------

export interface CommonQuestion {
  id: number;
  text: string;
  sortOrder: number;
}

// ---- Scheduling a run of individual meetings -------------------------------------------------------

export const scheduleRequestSchema = z
  .object({
    cycleId: idSchema,
    /** Agencies to place; defaults to every agency in scope without a live meeting in this cycle. */
    agencyIds: z.array(idSchema).optional(),
    /** The days offered, each with its working window. */
    days: z
      .array(z.object({ date: isoDate, start: clockTime, end: clockTime }))
      .min(1, 'offer at least one day')
      .max(120),
    meetingMinutes: z.number().int().min(10).max(480).default(45),
    gapMinutes: z.number().int().min(0).max(240).default(15),
    scrutineerContactId: idSchema,
    /** Business-unit officers; one is at every meeting. */
    officerContactIds: z.array(idSchema).min(1, 'choose at least one business-unit officer'),
    /** The scrutineer's available days (subset of `days`); defaults to every day. */
    scrutineerDays: z.array(isoDate).optional(),
    /** Days each officer cannot do. */
    officerUnavailable: z.array(z.object({ contactId: idSchema, date: isoDate })).default([]),
    /** Days an agency cannot do. */
    agencyUnavailable: z.array(z.object({ agencyId: idSchema, date: isoDate })).default([]),
    location: optionalText(300),
    onlineLink: z.string().trim().url().max(2000).nullish().transform((v) => v ?? null),
  })
  .superRefine((r, ctx) =>
    r.days.forEach((d, i) => {
      if (d.end <= d.start) ctx.addIssue({ code: 'custom', path: ['days', i, 'end'], message: 'the day ends before it starts' });
    }),
  );
export type ScheduleRequest = z.input<typeof scheduleRequestSchema>;
export type ScheduleRequestParsed = z.output<typeof scheduleRequestSchema>;

export interface ProposedMeeting {
  agencyId: number;
  agencyName: string;
  start: string;
  end: string;
  officerContactId: number;
  officerName: string;
}

export interface UnplacedAgency {
  agencyId: number;
  agencyName: string;
  /** In words: "cannot do any of the days offered", "its 3 possible slots are all needed by …". */
  reason: string;
}

export interface ScheduleProposal {
  placed: ProposedMeeting[];
  unplaced: UnplacedAgency[];
  /** Slots offered in all, and on the scrutineer's days. */
  slotCount: number;
}

// ---- Meetings ------------------------------------------------------------------------------------

export const meetingInputSchema = z
  .object({
    cycleId: idSchema,
    agencyId: idSchema,
    start: localDateTime,
    end: localDateTime,
    location: optionalText(300),
    onlineLink: z.string().trim().url('not a web address').max(2000).nullish().transform((v) => v ?? null),
    status: z.enum(MEETING_STATUSES).default('proposed'),
    /** Contacts at the meeting besides the agency's own (scrutineer, officer). */
    attendees: z
      .array(z.object({ contactId: idSchema, role: z.enum(ATTENDEE_ROLES) }))
      .default([]),
  })
  .refine((m) => m.end > m.start, { path: ['end'], message: 'the meeting ends before it starts' });
export type MeetingInput = z.input<typeof meetingInputSchema>;

export interface MeetingAttendee {
  id: number;
  contactId: number | null;
  name: string;
  email: string | null;
  role: AttendeeRole;
  attended: boolean | null;
}

export interface MeetingRow {
  id: number;
  cycleId: number;
  cycleName: string;
  agencyId: number;
  agencyName: string;
  start: string;
  end: string;
  location: string | null;
  onlineLink: string | null;
  status: MeetingStatus;
  scrutineer: string | null;
  officer: string | null;
  /** Clashes with other live meetings or the agency's other meetings, in words. */
  clashes: string[];
}

export interface MeetingNote {
  /** Agenda item key: 'weak:s:12', 'optimistic:i:40', 'action:7', 'theme:3', 'question:2', 'other'. */
  itemKey: string;
  note: string;
}

export interface AgendaItem {
  key: string;
  section: 'weak' | 'optimistic' | 'actions' | 'themes' | 'questions' | 'other';
  title: string;
  detail: string | null;
}

export interface MeetingDetail extends MeetingRow {
  cycleAgencyId: number;
  uid: string;
  sequence: number;
  notes: MeetingNote[];
  answers: Array<{ questionId: number; question: string; answer: string | null }>;
  attendees: MeetingAttendee[];
  agenda: AgendaItem[];
  openActions: ActionRow[];
  /** Actions created at this meeting. */
  meetingActions: ActionRow[];
  reschedules: Array<{ at: string; by: string; previousStart: string; previousEnd: string; reason: string | null }>;
}

export const meetingRecordSchema = z.object({
  id: idSchema,
  status: z.enum(MEETING_STATUSES).optional(),
  attendance: z.array(z.object({ attendeeId: idSchema, attended: z.boolean().nullable() })).default([]),
  /** Extra people from the agency who came, by contact. */
  addAttendees: z.array(z.object({ contactId: idSchema, role: z.enum(ATTENDEE_ROLES), attended: z.boolean().default(true) })).default([]),
  answers: z.array(z.object({ questionId: idSchema, answer: optionalText(20_000) })).default([]),
  notes: z.array(z.object({ itemKey: z.string().min(1).max(60), note: z.string().trim().max(20_000) })).default([]),
  /** Agreed moderated ratings, written to the return's moderation with who and when. */
  moderations: z
    .array(z.object({ targetKey: z.string().regex(/^[si]:\d+$/), moderatedCode: z.string().trim().max(80).nullable(), note: optionalText(8000) }))
    .default([]),
});
export type MeetingRecord = z.input<typeof meetingRecordSchema>;

export interface ScrutinyOverview {
  cycleId: number;
  inScope: number;
  scrutinised: number;
  /** Live meetings not yet held. */
  outstanding: number;
  notScheduled: Array<{ agencyId: number; agencyName: string }>;
  /** Per common question, every agency's answer, for reading across. */
  themes: Array<{ questionId: number; question: string; answers: Array<{ agencyName: string; answer: string }> }>;
  byStatus: Record<MeetingStatus, number>;
}

export interface NextMeeting {
  kind: 'meeting' | 'challenge';
  id: number;
  title: string;
  start: string;
  end: string;
  status: MeetingStatus | null;
}

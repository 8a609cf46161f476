import { z } from 'zod';
import { isoDate } from '../../domain/cycle';
import { challengeAgencyInputSchema, challengeEventInputSchema, challengeQuestionInputSchema, localDateTime, MEETING_STATUSES, meetingInputSchema, meetingRecordSchema, scheduleRequestSchema, type ChallengeEvent, type ChallengeEventSummary, type CommonQuestion, type MeetingDetail, type MeetingRow, type ScheduleProposal, type ScrutinyOverview } from '../../domain/scrutiny';
import { type GeneratedFile } from '../../domain/settings';
import { clockTime, outputPath, recordId, webAddress } from '../schema-fragments';
import { method, id } from '../method';

// Scrutiny: challenge events, common questions, meetings and the overview.
export const scrutinyMethods = {
  'challenge.list': method<ChallengeEventSummary[]>()(z.object({ cycleId: recordId })),

  'challenge.get': method<ChallengeEvent>()(id),

  'challenge.create': method<ChallengeEvent>()(challengeEventInputSchema),

  'challenge.update': method<ChallengeEvent>()(
    z.object({
      id: recordId,
      patch: z.object({
        title: z.string().trim().min(1).max(200).optional(),
        date: isoDate.optional(),
        startTime: clockTime.optional(),
        endTime: clockTime.optional(),
        venue: z.string().trim().max(300).nullable().optional(),
        onlineLink: webAddress.nullable().optional(),
        notes: z.string().trim().max(8000).nullable().optional(),
      }),
    }),
  ),

  /** Replaces the sampled questions, in order, with what agencies must bring and what was said. */
  'challenge.setQuestions': method<ChallengeEvent>()(
    z.object({ id: recordId, questions: z.array(challengeQuestionInputSchema).max(100) }),
  ),

  /** Replaces the invited agencies and whether each brought its evidence. */
  'challenge.setAgencies': method<ChallengeEvent>()(
    z.object({ id: recordId, agencies: z.array(challengeAgencyInputSchema).max(5000) }),
  ),

  'challenge.setAttendees': method<ChallengeEvent>()(
    z.object({
      id: recordId,
      attendees: z
        .array(z.object({ contactId: recordId, agencyId: recordId.nullish(), attended: z.boolean().nullable().default(null) }))
        .max(5000),
    }),
  ),

  'challenge.delete': method<{ deleted: true }>()(id),

  'challenge.ics': method<GeneratedFile>()(id),

  'challenge.summaryDocx': method<GeneratedFile>()(id),

  /** The partnership's common questions for every scrutiny meeting of a cycle. */
  'commonQuestions.list': method<CommonQuestion[]>()(z.object({ cycleId: recordId })),

  'commonQuestions.set': method<CommonQuestion[]>()(
    z.object({
      cycleId: recordId,
      questions: z.array(z.object({ id: recordId.optional(), text: z.string().trim().min(1).max(1000) })).max(50),
    }),
  ),

  /** A clash-free timetable for a run of individual meetings, or the agencies that cannot be placed and why. Saves nothing. */
  'meetings.propose': method<ScheduleProposal>()(scheduleRequestSchema),

  /** Saves meetings (e.g. an accepted proposal) in one transaction; refused whole if any clashes. */
  'meetings.createMany': method<MeetingRow[]>()(
    z.object({ meetings: z.array(meetingInputSchema).min(1).max(2000) }),
  ),

  'meetings.list': method<MeetingRow[]>()(
    z
      .object({
        cycleId: recordId.optional(),
        agencyId: recordId.optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        statuses: z.array(z.enum(MEETING_STATUSES)).optional(),
      })
      .optional(),
  ),

  'meetings.get': method<MeetingDetail>()(id),

  'meetings.create': method<MeetingDetail>()(meetingInputSchema),

  /** Moving a meeting keeps its UID, raises its SEQUENCE and records the old time with the reason. */
  'meetings.update': method<MeetingDetail>()(
    z.object({
      id: recordId,
      patch: z.object({
        start: localDateTime.optional(),
        end: localDateTime.optional(),
        location: z.string().trim().max(300).nullable().optional(),
        onlineLink: webAddress.nullable().optional(),
        attendees: z.array(z.object({ contactId: recordId, role: z.enum(['scrutineer', 'officer', 'agency', 'other']) })).optional(),
      }),
      reason: z.string().trim().max(2000).optional(),
      /** Save even though it clashes (the warnings are returned on the meeting). */
      allowClashes: z.boolean().default(false),
    }),
  ),

  'meetings.setStatus': method<MeetingDetail>()(
    z.object({ id: recordId, status: z.enum(MEETING_STATUSES), reason: z.string().trim().max(2000).optional() }),
  ),

  'meetings.delete': method<{ deleted: true }>()(id),

  /** Clash warnings for a meeting being edited by hand. */
  'meetings.checkClashes': method<string[]>()(
    z.object({ meeting: meetingInputSchema, ignoreId: recordId.optional() }),
  ),

  /** Attendance, answers to the common questions, notes per agenda item, agreed moderated ratings. */
  'meetings.record': method<MeetingDetail>()(meetingRecordSchema),

  /** Meetings (and the cycle's challenge events) as one RFC 5545 calendar. */
  'meetings.ics': method<GeneratedFile>()(
    z.object({ cycleId: recordId.optional(), meetingIds: z.array(recordId).optional() }),
  ),

  /** .eml invitation drafts with the .ics attached, one per meeting; written to `folder` when given. */
  'meetings.invites': method<{ files: GeneratedFile[]; paths: string[]; skipped: Array<{ meetingId: number; problem: string }> }>()(
    z.object({ meetingIds: z.array(recordId).min(1), folder: outputPath }),
  ),

  /** The Word agenda of one meeting, or of several (written to `folder` when given). */
  'meetings.agendas': method<{ files: GeneratedFile[]; paths: string[] }>()(
    z.object({ meetingIds: z.array(recordId).min(1), folder: outputPath }),
  ),

  'scrutiny.overview': method<ScrutinyOverview>()(z.object({ cycleId: recordId })),

  'scrutiny.overviewDocx': method<GeneratedFile>()(z.object({ cycleId: recordId })),
} as const;

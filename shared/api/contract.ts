import { z } from 'zod';
import { BRIDGE_CHANNELS } from '../bridge';
import { AGENCY_CONTACT_ROLES, DUTIES } from '../domain/enums';
import {
  agencyInputSchema,
  contactInputSchema,
  type AgencyDetail,
  type AgencyListRow,
  type Contact,
  type ContactListRow,
  type Sector,
} from '../domain/agency';
import { patchSchema } from '../domain/patch';
import { frameworkDocSchema, type FrameworkDetail, type FrameworkSummary } from '../domain/framework';
import { columnMappingSchema, uploadedFileSchema, type ImportPreview, type ImportResult } from '../domain/imports';
import {
  answerInputSchema,
  chaserTemplateSchema,
  cycleInputSchema,
  CYCLE_STATUSES,
  CYCLE_TYPES,
  isoDate,
  moderationInputSchema,
  RETURN_STATUSES,
  type ChaserDraft,
  type Comparison,
  type CycleDetail,
  type CycleSummary,
  type Distribution,
  type Heatmap,
  type ReturnDetail,
  type ReturnImportPreview,
  type ReturnRow,
  type ReturnsBoard,
} from '../domain/cycle';
import {
  actionFilterSchema,
  actionInputSchema,
  actionPatchSchema,
  actionUpdateInputSchema,
  type ActionBoard,
  type ActionDetail,
  type ActionGroup,
  type ActionRequestDraft,
  type ActionRow,
  type ActionSuggestion,
  type HomeTiles,
} from '../domain/action';
import {
  challengeAgencyInputSchema,
  challengeEventInputSchema,
  challengeQuestionInputSchema,
  localDateTime,
  MEETING_STATUSES,
  meetingInputSchema,
  meetingRecordSchema,
  scheduleRequestSchema,
  type ChallengeEvent,
  type ChallengeEventSummary,
  type CommonQuestion,
  type MeetingDetail,
  type MeetingRow,
  type NextMeeting,
  type ScheduleProposal,
  type ScrutinyOverview,
} from '../domain/scrutiny';
import { settingsPatchSchema, type AppInfo, type GeneratedFile, type HistoryEntry, type Settings } from '../domain/settings';
import {
  CASE_RETURN_STATUSES,
  caseAuditInputSchema,
  caseAuditPatchSchema,
  caseInputSchema,
  casePatchSchema,
  caseReturnInputSchema,
  caseReturnStatusSchema,
  caseToolInputSchema,
  disseminationInputSchema,
  findingsInputSchema,
  moderationMeetingSchema,
  programmeYear,
  recommendationInputSchema,
  riskFlagInputSchema,
  riskFlagPatchSchema,
  type CaseAuditChaserDraft,
  type CaseAuditDetail,
  type CaseAuditSummary,
  type CaseReturnDetail,
  type CaseReturnImportPreview,
  type CaseReturnRow,
  type CaseReturnSaved,
  type CaseSaved,
  type CaseStandardEvidence,
  type RiskFlag,
} from '../domain/case-audit';
import type { IdentifierCheck } from '../domain/identifiers';
import {
  sectionKeySchema,
  sectionTextSchema,
  sectionTitleSchema,
  type BoardPaperDraft,
  type GeneratedReport,
} from '../domain/report';
import type { BackupInfo, RestoreResult, StorageInfo } from '../domain/storage';
import { clockTime, fileOrLink, outputPath, recordId, sendMethod, targetKey, webAddress, type DraftsMade } from './schema-fragments';

/**
 * The whole API: method name → zod schema of its input, and the type of its output.
 * The renderer, the IPC channel, the HTTP harness and the CLI all speak exactly this.
 */
interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output: O;
}
const method = <O>() => <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input, output: undefined as O });

const id = z.object({ id: recordId });
const none = z.object({}).strict().optional();
const importInput = uploadedFileSchema.extend({ mapping: columnMappingSchema.optional() });

export const contract = {
  'app.info': method<AppInfo>()(none),

  'settings.get': method<Settings>()(none),
  'settings.update': method<Settings>()(settingsPatchSchema),

  'sectors.list': method<Sector[]>()(none),
  'sectors.create': method<Sector>()(z.object({ name: z.string().trim().min(1).max(80) })),
  'sectors.update': method<Sector>()(
    z.object({ id: recordId, name: z.string().trim().min(1).max(80).optional(), active: z.boolean().optional() }),
  ),
  'sectors.reorder': method<Sector[]>()(z.object({ ids: z.array(recordId).min(1) })),

  'agencies.list': method<AgencyListRow[]>()(
    z
      .object({
        search: z.string().max(200).optional(),
        includeInactive: z.boolean().optional(),
        sectorIds: z.array(z.number().int()).optional(),
        duty: z.enum(DUTIES).optional(),
      })
      .optional(),
  ),
  'agencies.get': method<AgencyDetail>()(id),
  'agencies.create': method<AgencyDetail>()(agencyInputSchema),
  'agencies.update': method<AgencyDetail>()(z.object({ id: recordId, patch: patchSchema(agencyInputSchema) })),
  'agencies.setActive': method<AgencyDetail>()(
    z.object({ id: recordId, active: z.boolean(), reason: z.string().trim().max(500).optional() }),
  ),
  'agencies.importPreview': method<ImportPreview>()(importInput),
  'agencies.importCommit': method<ImportResult>()(importInput),
  'agencies.exportXlsx': method<GeneratedFile>()(z.object({ includeInactive: z.boolean().optional() }).optional()),

  'contacts.list': method<ContactListRow[]>()(
    z.object({ search: z.string().max(200).optional(), includeInactive: z.boolean().optional() }).optional(),
  ),
  'contacts.get': method<Contact>()(id),
  'contacts.create': method<Contact>()(contactInputSchema),
  'contacts.update': method<Contact>()(z.object({ id: recordId, patch: patchSchema(contactInputSchema) })),
  'contacts.setActive': method<Contact>()(z.object({ id: recordId, active: z.boolean() })),
  'contacts.link': method<Contact>()(
    z.object({ contactId: recordId, agencyId: recordId, role: z.enum(AGENCY_CONTACT_ROLES) }),
  ),
  'contacts.unlink': method<Contact>()(z.object({ linkId: recordId })),
  'contacts.importPreview': method<ImportPreview>()(importInput),
  'contacts.importCommit': method<ImportResult>()(importInput),
  'contacts.exportXlsx': method<GeneratedFile>()(none),

  'frameworks.list': method<FrameworkSummary[]>()(none),
  'frameworks.get': method<FrameworkDetail>()(id),
  /** Saves a draft's whole tree in one transaction; refused when the version is frozen. */
  'frameworks.save': method<FrameworkDetail>()(z.object({ id: recordId, doc: frameworkDocSchema })),
  'frameworks.duplicate': method<FrameworkDetail>()(
    z.object({ id: recordId, versionLabel: z.string().trim().min(1).max(60) }),
  ),
  'frameworks.publish': method<FrameworkDetail>()(id),
  'frameworks.deleteDraft': method<{ deleted: true }>()(id),
  'frameworks.importJson': method<FrameworkDetail>()(uploadedFileSchema),
  'frameworks.importXlsx': method<FrameworkDetail>()(uploadedFileSchema),
  'frameworks.exportJson': method<GeneratedFile>()(id),
  'frameworks.exportXlsx': method<GeneratedFile>()(id),

  'history.list': method<HistoryEntry[]>()(
    z.object({ entityType: z.string().min(1), entityId: recordId }),
  ),
  'history.recent': method<HistoryEntry[]>()(z.object({ limit: z.number().int().min(1).max(500).default(50) }).optional()),

  'cycles.list': method<CycleSummary[]>()(none),
  'cycles.get': method<CycleDetail>()(id),
  /** Opens a cycle on a framework version (which is then frozen) with its agencies in scope. */
  'cycles.create': method<CycleDetail>()(
    z.object({
      cycle: cycleInputSchema,
      agencyIds: z.array(recordId),
      /** Copy each agency's last answers and evidence from this earlier cycle, marked as carried forward. */
      copyForwardFrom: recordId.optional(),
    }),
  ),
  'cycles.update': method<CycleDetail>()(
    z.object({
      id: recordId,
      patch: z
        .object({
          name: z.string().trim().min(1).max(200),
          periodLabel: z.string().trim().min(1).max(40),
          launchDate: isoDate.nullable(),
          initialDeadline: isoDate.nullable(),
          finalDeadline: isoDate.nullable(),
          notes: z.string().trim().max(4000).nullable(),
          status: z.enum(CYCLE_STATUSES),
          chaserTemplate: chaserTemplateSchema,
        })
        .partial(),
    }),
  ),
  'cycles.setScope': method<CycleDetail>()(
    z.object({ id: recordId, add: z.array(recordId).default([]), remove: z.array(recordId).default([]) }),
  ),
  /** A past cycle's results from a spreadsheet, so comparisons work from the first day. */
  'cycles.importHistoryPreview': method<ImportPreview>()(
    importInput.extend({
      frameworkId: recordId,
      name: z.string().trim().min(1).max(200),
      cycleType: z.enum(CYCLE_TYPES),
      periodLabel: z.string().trim().min(1).max(40),
    }),
  ),
  'cycles.importHistoryCommit': method<CycleDetail>()(
    importInput.extend({
      frameworkId: recordId,
      name: z.string().trim().min(1).max(200),
      cycleType: z.enum(CYCLE_TYPES),
      periodLabel: z.string().trim().min(1).max(40),
    }),
  ),
  'cycles.exportTracker': method<GeneratedFile>()(id),

  'returns.board': method<ReturnsBoard>()(z.object({ cycleId: recordId })),
  'returns.list': method<ReturnRow[]>()(z.object({ cycleId: recordId })),
  'returns.get': method<ReturnDetail>()(z.object({ cycleAgencyId: recordId })),
  'returns.setStatus': method<ReturnDetail>()(
    z.object({
      cycleAgencyId: recordId,
      status: z.enum(RETURN_STATUSES),
      /** Defaults to today. */
      date: isoDate.optional(),
      /** Required when sending back for more evidence. */
      reason: z.string().trim().max(2000).optional(),
    }),
  ),
  'returns.saveAnswers': method<ReturnDetail>()(
    z.object({ cycleAgencyId: recordId, answers: z.array(answerInputSchema).max(5000) }),
  ),
  'returns.moderate': method<ReturnDetail>()(
    z.object({ cycleAgencyId: recordId, moderations: z.array(moderationInputSchema).max(5000) }),
  ),
  'returns.addEvidence': method<ReturnDetail>()(
    fileOrLink({ cycleAgencyId: recordId, targetKey }),
  ),
  'returns.removeEvidence': method<ReturnDetail>()(z.object({ evidenceId: recordId })),
  /** One completed workbook or Word return: matched, validated, previewed. Nothing is saved. */
  'returns.importPreview': method<ReturnImportPreview>()(z.object({ cycleId: recordId, file: uploadedFileSchema })),
  /** Saves one file's answers in one transaction, replacing the agency's earlier answers; refused whole if anything is wrong. */
  'returns.importCommit': method<ReturnDetail>()(z.object({ cycleId: recordId, file: uploadedFileSchema })),

  /** The self-assessment tool for one agency, as a workbook and/or Word document; written to `folder` when given. */
  'tools.issue': method<{ files: GeneratedFile[]; paths: string[] }>()(
    z.object({
      cycleAgencyId: recordId,
      formats: z.array(z.enum(['xlsx', 'docx'])).min(1),
      folder: outputPath,
      /** Record the issue date (default true). */
      markIssued: z.boolean().default(true),
    }),
  ),

  'chasers.drafts': method<ChaserDraft[]>()(
    z.object({ cycleId: recordId, cycleAgencyIds: z.array(recordId).min(1) }),
  ),
  /** .eml drafts (X-Unsent) per agency, recorded as chased; written to `folder` when given. */
  'chasers.create': method<DraftsMade<{ cycleAgencyId: number; agencyName: string; problem: string }>>()(
    z.object({
      cycleId: recordId,
      cycleAgencyIds: z.array(recordId).min(1),
      method: sendMethod,
      folder: outputPath,
    }),
  ),

  'analysis.heatmap': method<Heatmap>()(
    z.object({
      cycleId: recordId,
      mode: z.enum(['self', 'moderated', 'difference']),
      sectorIds: z.array(z.number().int()).optional(),
    }),
  ),
  'analysis.distribution': method<Distribution>()(
    z.object({ cycleId: recordId, basis: z.enum(['self', 'moderated']) }),
  ),
  'analysis.comparison': method<Comparison>()(
    z.object({ cycleId: recordId, previousCycleId: recordId.optional() }),
  ),
  'analysis.exportMatrix': method<GeneratedFile>()(
    z.object({ cycleId: recordId, mode: z.enum(['self', 'moderated', 'difference']) }),
  ),

  'home.tiles': method<HomeTiles>()(none),

  'actionGroups.list': method<ActionGroup[]>()(z.object({ includeInactive: z.boolean().optional() }).optional()),
  'actionGroups.create': method<ActionGroup>()(z.object({ name: z.string().trim().min(1).max(120) })),
  'actionGroups.update': method<ActionGroup>()(
    z.object({ id: recordId, name: z.string().trim().min(1).max(120).optional(), active: z.boolean().optional() }),
  ),

  /** The deadline counts for the board's tiles, under the same filters as the list (bucket ignored). */
  'actions.board': method<ActionBoard>()(actionFilterSchema),
  'actions.list': method<ActionRow[]>()(actionFilterSchema),
  'actions.get': method<ActionDetail>()(id),
  'actions.create': method<ActionDetail>()(actionInputSchema),
  'actions.update': method<ActionDetail>()(z.object({ id: recordId, patch: actionPatchSchema })),
  /** Only an action with no progress updates can be deleted (made in error); otherwise drop it with a reason. */
  'actions.delete': method<{ deleted: true }>()(id),
  /** Appends a dated update; may set the status, the RAG, or move the due date with the reason. */
  'actions.addUpdate': method<ActionDetail>()(z.object({ id: recordId, update: actionUpdateInputSchema })),
  'actions.addEvidence': method<ActionDetail>()(
    fileOrLink({ id: recordId }),
  ),
  'actions.removeEvidence': method<ActionDetail>()(z.object({ evidenceId: recordId })),
  /** A prefilled agency action for one answer of a return (a weak rating), for the user to check. */
  'actions.suggest': method<ActionSuggestion>()(
    z.object({ cycleAgencyId: recordId, targetKey }),
  ),
  /** One action per weak answer of a return that has no open action yet, in one transaction. */
  'actions.createForWeak': method<ActionRow[]>()(
    z.object({ cycleAgencyId: recordId, dueDate: isoDate, priority: z.enum(['high', 'medium', 'low']).default('medium') }),
  ),
  /** The tracker as a workbook: the listed actions with their last update, ready to send out and take back. */
  'actions.exportXlsx': method<GeneratedFile>()(actionFilterSchema),
  /**
   * The assurance meeting pack for a meeting date: a Word tracker per agency with actions and one for the
   * partnership, plus the workbook of them all. Written to `folder` when given.
   */
  'actions.pack': method<{ files: GeneratedFile[]; paths: string[] }>()(
    z.object({
      meetingDate: isoDate,
      meetingName: z.string().trim().min(1).max(200).default('Assurance meeting'),
      cycleId: recordId.optional(),
      agencyIds: z.array(recordId).optional(),
      includePartnership: z.boolean().default(true),
      /** Actions completed or dropped on or after this date are listed too (default: the start of the quarter). */
      includeClosedSince: isoDate.optional(),
      folder: outputPath,
    }),
  ),
  /** Agencies with actions due within `withinDays` or overdue, and the draft request each would get. */
  'actions.requestDrafts': method<ActionRequestDraft[]>()(
    z.object({ withinDays: z.number().int().min(0).max(365).default(30), agencyIds: z.array(recordId).optional() }),
  ),
  'actions.requestUpdates': method<DraftsMade<{ agencyId: number; agencyName: string; problem: string }>>()(
    z.object({
      agencyIds: z.array(recordId).min(1),
      withinDays: z.number().int().min(0).max(365).default(30),
      method: sendMethod,
      folder: outputPath,
    }),
  ),
  /** An agency's action plan sent back as XLSX: new rows become actions, rows with a reference add updates. */
  'actions.importPreview': method<ImportPreview>()(
    importInput.extend({ agencyId: recordId.optional(), cycleId: recordId.optional() }),
  ),
  'actions.importCommit': method<ImportResult>()(
    importInput.extend({ agencyId: recordId.optional(), cycleId: recordId.optional() }),
  ),

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
  'home.nextMeetings': method<NextMeeting[]>()(z.object({ limit: z.number().int().min(1).max(50).default(5) }).optional()),

  // ---- Multi-agency case-file audits (issue 7) ----
  /** The programme: every audit of a year (or of all years), with the counts its tiles show. */
  'caseAudits.list': method<CaseAuditSummary[]>()(
    z.object({ programmeYear: programmeYear.optional(), includeCancelled: z.boolean().default(true) }).optional(),
  ),
  'caseAudits.get': method<CaseAuditDetail>()(id),
  /** A new audit starts with the default tool (one question per Halton area, the four-point scale) to adapt. */
  'caseAudits.create': method<CaseAuditDetail>()(caseAuditInputSchema),
  'caseAudits.update': method<CaseAuditDetail>()(z.object({ id: recordId, patch: caseAuditPatchSchema })),
  /** Only an audit with no cases or findings can be deleted; otherwise set its status to cancelled. */
  'caseAudits.delete': method<{ deleted: true }>()(id),
  /** Replaces the tool's questions (kept ids keep their ratings) and its scale; nothing already rated can go. */
  'caseAudits.setTool': method<CaseAuditDetail>()(caseToolInputSchema),
  /** NHS numbers and dates of birth (errors) and name-like text (warnings) in the given fields, as the user types. */
  'caseAudits.checkText': method<IdentifierCheck>()(
    z.object({ fields: z.record(z.string().max(60), z.string().max(20_000).nullable()), strictDates: z.boolean().default(true) }),
  ),
  /** Adds a case by pseudonymous reference; NHS numbers and dates are refused, name-like text comes back as warnings. */
  'caseAudits.addCase': method<CaseSaved>()(z.object({ auditId: recordId, case: caseInputSchema })),
  'caseAudits.updateCase': method<CaseSaved>()(z.object({ caseId: recordId, patch: casePatchSchema })),
  /** Only before any of its returns is issued, flagged or quoted in a finding. */
  'caseAudits.removeCase': method<CaseAuditDetail>()(z.object({ caseId: recordId })),
  /** Returns across audits (cancelled audits left out unless auditId is given), e.g. the open QA list: statuses issued, returned, sent_back. */
  'caseAudits.returns': method<CaseReturnRow[]>()(
    z
      .object({
        auditId: recordId.optional(),
        agencyId: recordId.optional(),
        statuses: z.array(z.enum(CASE_RETURN_STATUSES)).optional(),
        overdueOnly: z.boolean().default(false),
      })
      .optional(),
  ),
  'caseAudits.getReturn': method<CaseReturnDetail>()(z.object({ returnId: recordId })),
  /** A return typed in on screen; its status is left as it is (setReturnStatus marks it returned); refused while accepted. */
  'caseAudits.saveReturn': method<CaseReturnSaved>()(caseReturnInputSchema),
  /** QA: issued, returned, sent back (not robust / not comprehensive, with what is missing and a due date), accepted. */
  'caseAudits.setReturnStatus': method<CaseReturnDetail>()(caseReturnStatusSchema),
  /** The audit tool per return as a workbook and/or Word file (default: every return not yet accepted). */
  'caseAudits.issueReturns': method<{ files: GeneratedFile[]; paths: string[] }>()(
    z.object({
      auditId: recordId,
      returnIds: z.array(recordId).min(1).optional(),
      formats: z.array(z.enum(['xlsx', 'docx'])).min(1),
      folder: outputPath,
      markIssued: z.boolean().default(true),
    }),
  ),
  /** One completed return file read and checked; nothing is saved. */
  'caseAudits.importReturnPreview': method<CaseReturnImportPreview>()(z.object({ auditId: recordId, file: uploadedFileSchema })),
  /** Saves one file in one transaction; refused whole (code import_invalid, details by file, row, field) if anything is wrong. */
  'caseAudits.importReturnCommit': method<CaseReturnDetail>()(z.object({ auditId: recordId, file: uploadedFileSchema })),
  /** One draft per agency with overdue returns (or the returns given). */
  'caseAudits.chaserDrafts': method<CaseAuditChaserDraft[]>()(
    z.object({ auditId: recordId, returnIds: z.array(recordId).min(1).optional() }),
  ),
  'caseAudits.createChasers': method<DraftsMade<{ agencyId: number; agencyName: string; problem: string }>>()(
    z.object({
      auditId: recordId,
      returnIds: z.array(recordId).min(1).optional(),
      method: sendMethod,
      folder: outputPath,
    }),
  ),
  /** Risk flags across audits (open ones first), or one audit's. */
  'caseAudits.risks': method<RiskFlag[]>()(
    z.object({ auditId: recordId.optional(), openOnly: z.boolean().default(false) }).optional(),
  ),
  'caseAudits.raiseRisk': method<RiskFlag>()(riskFlagInputSchema),
  /** Records the agency's response, the assurance and the closing, each dated. */
  'caseAudits.updateRisk': method<RiskFlag>()(z.object({ id: recordId, patch: riskFlagPatchSchema })),
  'caseAudits.scheduleModeration': method<CaseAuditDetail>()(moderationMeetingSchema),
  'caseAudits.moderationIcs': method<GeneratedFile>()(z.object({ auditId: recordId })),
  /** Replaces the findings (tagged with s11 standards), the case judgements and the theme judgement. */
  'caseAudits.saveFindings': method<CaseAuditDetail>()(findingsInputSchema),
  'caseAudits.saveRecommendations': method<CaseAuditDetail>()(
    z.object({ auditId: recordId, recommendations: z.array(recommendationInputSchema).max(200) }),
  ),
  /** Each chosen recommendation without an action (default: all) becomes a partnership or agency action. */
  'caseAudits.makeActions': method<CaseAuditDetail>()(
    z.object({ auditId: recordId, recommendationIds: z.array(recordId).min(1).optional() }),
  ),
  'caseAudits.addDissemination': method<CaseAuditDetail>()(z.object({ auditId: recordId, entry: disseminationInputSchema })),
  'caseAudits.removeDissemination': method<CaseAuditDetail>()(id),
  /** Findings tagged with these s11 standards, for showing practice evidence beside self-ratings. */
  'caseAudits.evidenceForStandards': method<CaseStandardEvidence[]>()(
    z.object({ standardIds: z.array(recordId).min(1).max(5000) }),
  ),
  /** The audit's summary report (Word). */
  'caseAudits.reportDocx': method<GeneratedFile>()(z.object({ auditId: recordId })),
  /** The year's programme overview (Word). */
  'caseAudits.programmeDocx': method<GeneratedFile>()(z.object({ programmeYear })),

  /** A cycle's board paper draft: header rows and sections, generated text recomputed from the data, edits laid over it. */
  'boardPapers.get': method<BoardPaperDraft>()(z.object({ cycleId: recordId })),
  /** Edits one section: its text (null goes back to the generated text), title (null: the built-in title), hidden, level. */
  'boardPapers.updateSection': method<BoardPaperDraft>()(
    z.object({
      cycleId: recordId,
      key: sectionKeySchema,
      text: sectionTextSchema.nullable().optional(),
      title: sectionTitleSchema.nullable().optional(),
      hidden: z.boolean().optional(),
      level: z.union([z.literal(1), z.literal(2)]).optional(),
    }),
  ),
  /** Drops a section's edit: it shows the generated text again and follows the data. */
  'boardPapers.resetSection': method<BoardPaperDraft>()(z.object({ cycleId: recordId, key: sectionKeySchema })),
  /** Adds a section of the user's own, after `afterKey` (default: before the attachments). */
  'boardPapers.addSection': method<BoardPaperDraft>()(
    z.object({
      cycleId: recordId,
      title: sectionTitleSchema,
      text: sectionTextSchema.default(''),
      level: z.union([z.literal(1), z.literal(2)]).default(1),
      afterKey: sectionKeySchema.optional(),
    }),
  ),
  /** Removes an added section; built-in sections can only be hidden. */
  'boardPapers.removeSection': method<BoardPaperDraft>()(z.object({ cycleId: recordId, key: sectionKeySchema })),
  /** The new order: every section key of the paper, once. */
  'boardPapers.reorder': method<BoardPaperDraft>()(
    z.object({ cycleId: recordId, keys: z.array(sectionKeySchema).min(1).max(200) }),
  ),
  /** Header values for this paper by row label; null goes back to the default. */
  'boardPapers.setHeader': method<BoardPaperDraft>()(
    z.object({
      cycleId: recordId,
      values: z.array(z.object({ label: z.string().trim().min(1).max(80), value: z.string().max(2000).nullable() })).min(1).max(20),
    }),
  ),
  /** The board paper as .docx; saved atomically to `path` (a .docx file) when given. */
  'boardPapers.generate': method<GeneratedReport>()(
    z.object({ cycleId: recordId, path: outputPath }),
  ),
  /** One agency's feedback letter for a cycle (call once per agency for a progress bar); written to `folder` when given. */
  'letters.generate': method<GeneratedReport>()(
    z.object({ cycleAgencyId: recordId, folder: outputPath }),
  ),
  /** Partnership-wide figures across cycles for the annual report: the given cycles, or the latest `count` run in the app. */
  'annualExtract.generate': method<GeneratedReport>()(
    z
      .object({
        cycleIds: z.array(recordId).min(1).max(10).optional(),
        count: z.number().int().min(1).max(10).default(3),
        path: outputPath,
      })
      .default({ count: 3 }),
  ),

  /** Where the data folder lives (local or a network share, with the warning), journal mode, last daily backup and integrity check. */
  'storage.info': method<StorageInfo>()(none),
  /** Backups of the database and evidence, newest first. */
  'backups.list': method<BackupInfo[]>()(none),
  /** A manual backup now. */
  'backups.create': method<BackupInfo>()(none),
  /** Replaces the data with a backup, after backing up the current state; the app then reloads its data. */
  'backups.restore': method<RestoreResult>()(z.object({ name: z.string().trim().min(1).max(200).regex(/^[^\\/]+$/, 'a backup name, not a path') })),

  'reports.agencyRegister': method<GeneratedFile>()(
    z.object({ includeInactive: z.boolean().optional(), sectorIds: z.array(z.number().int()).optional() }).optional(),
  ),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type ApiInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives: the input after zod has parsed and normalised it. */
export type ApiParsed<M extends MethodName> = z.output<Contract[M]['input']>;
export type ApiOutput<M extends MethodName> = Contract[M]['output'];
export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export const isMethodName = (m: unknown): m is MethodName =>
  typeof m === 'string' && Object.prototype.hasOwnProperty.call(contract, m);

/** The IPC channel the preload forwards every API call on (defined zod-free for the sandboxed preload). */
export const API_CHANNEL = BRIDGE_CHANNELS.api;
/** The IPC channel for host (desktop-only) operations. */
export const HOST_CHANNEL = BRIDGE_CHANNELS.host;

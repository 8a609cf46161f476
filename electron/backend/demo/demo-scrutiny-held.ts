import type { ActionFields } from '../../../shared/domain/action';
import { addDaysIso } from '../../../shared/domain/dates';
import type { Db } from '../db/schema';
import { buildAgenda, loadAgendaSources } from '../services/meeting-agenda';
import type { MeetingRecordParsed } from '../services/meeting-record';
import { rankOf } from '../services/rating-scale';
import { DEMO_NOTES, type DemoScope } from './demo-scrutiny-text';

// What a held demo meeting records: everyone came (bar one apology), the common questions answered, notes
// on the first items of its agenda, and for some meetings an agreed lower rating with an action to follow it.

interface HeldInput {
  meetingId: number;
  cycleId: number;
  index: number;
  agency: DemoScope;
  questionIds: number[];
  answers: string[][];
  day: string;
}

/** The meeting's record, and the action agreed at it when there is one. */
export async function heldRecord(db: Db, h: HeldInput): Promise<{ record: MeetingRecordParsed; action: ActionFields | null }> {
  const attendees = await db.selectFrom('meeting_attendees').select(['id', 'role']).where('meeting_id', '=', h.meetingId).orderBy('id').execute();
  const sources = await loadAgendaSources(db, { cycleId: h.cycleId, agencyId: h.agency.agencyId, cycleAgencyId: h.agency.cycleAgencyId }, h.day);
  const agenda = buildAgenda(sources);
  const first = (section: string) => agenda.find((a) => a.section === section);
  const rated = first('optimistic') ?? first('weak');
  const theme = first('themes');
  const notes = [
    ...(rated ? [{ itemKey: rated.key, note: DEMO_NOTES.rating }] : []),
    ...(theme ? [{ itemKey: theme.key, note: DEMO_NOTES.theme }] : []),
    ...(h.index % 2 === 0 ? [{ itemKey: 'other', note: DEMO_NOTES.other }] : []),
  ];

  // Every other meeting agrees one item is rated too highly: one level lower than the agency's own rating.
  let moderation: MeetingRecordParsed['moderations'][number] | null = null;
  if (h.index % 2 === 0) {
    const candidate = sources.answers.find(
      (a) => a.target_key.startsWith('i:') && !a.moderated_code && a.self_na === 0 && a.self_code && rankOf(sources.scale, a.self_code) <= 1,
    );
    const lower = candidate ? sources.scale.levels[rankOf(sources.scale, candidate.self_code!) + 1] : undefined;
    if (candidate && lower)
      moderation = { targetKey: candidate.target_key, moderatedCode: lower.code, note: 'Agreed at the scrutiny meeting: the evidence supports a lower rating until the re-audit is done.' };
  }
  const record: MeetingRecordParsed = {
    id: h.meetingId,
    status: 'held',
    // One officer sent apologies at the fourth meeting.
    attendance: attendees.map((a) => ({ attendeeId: a.id, attended: !(h.index === 3 && a.role === 'officer') })),
    addAttendees: [],
    answers: h.questionIds.map((questionId, q) => ({ questionId, answer: h.answers[q]?.[h.index % (h.answers[q]?.length || 1)] ?? null })),
    notes,
    moderations: moderation ? [moderation] : [],
  };
  const action: ActionFields | null =
    moderation && h.index === 0
      ? {
          kind: 'agency',
          agencyId: h.agency.agencyId,
          groupId: null,
          cycleId: h.cycleId,
          targetKey: moderation.targetKey,
          theme: null,
          description: 'Re-audit a sample of case files against this standard and send the findings to the business unit.',
          ownerContactId: h.agency.leadId,
          ownerName: h.agency.leadId ? null : 'Safeguarding lead',
          dueDate: addDaysIso(h.day, 56),
          priority: 'high',
          source: 'meeting',
          sourceRef: String(h.meetingId),
        }
      : null;
  return { record, action };
}

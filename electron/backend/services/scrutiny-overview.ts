import { LIVE_MEETING_STATUSES, MEETING_STATUSES, type MeetingStatus, type ScrutinyOverview } from '../../../shared/domain/scrutiny';
import type { Db } from '../db/schema';
import { notFound } from '../errors';

// Where a cycle's scrutiny stands: agencies scrutinised (a meeting held), meetings still to come, agencies
// with no meeting, and every agency's answer to each common question, for reading the themes across them.

// One collator, not localeCompare with options per comparison: that rebuilds it each time (110 ms for 2,000 agencies).
const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const byName = (a: { agencyName: string }, b: { agencyName: string }) => collator.compare(a.agencyName, b.agencyName);

export async function scrutinyOverview(db: Db, cycleId: number): Promise<ScrutinyOverview> {
  const cycle = await db.selectFrom('cycles').select('id').where('id', '=', cycleId).executeTakeFirst();
  if (!cycle) throw notFound('Cycle', cycleId);
  const [scope, meetings, questions, answers] = await Promise.all([
    db.selectFrom('cycle_agencies as ca').innerJoin('agencies as a', 'a.id', 'ca.agency_id').select(['a.id', 'a.name']).where('ca.cycle_id', '=', cycleId).execute(),
    db.selectFrom('meetings').select(['agency_id', 'status']).where('cycle_id', '=', cycleId).execute(),
    db.selectFrom('common_questions').select(['id', 'text']).where('cycle_id', '=', cycleId).orderBy('sort_order').orderBy('id').execute(),
    db
      .selectFrom('meeting_answers as ma')
      .innerJoin('meetings as m', 'm.id', 'ma.meeting_id')
      .innerJoin('agencies as a', 'a.id', 'm.agency_id')
      .select(['ma.question_id', 'ma.answer', 'a.name', 'm.start_at'])
      .where('m.cycle_id', '=', cycleId)
      .orderBy('m.start_at')
      .execute(),
  ]);
  const inScope = new Set(scope.map((a) => a.id));
  const byStatus = Object.fromEntries(MEETING_STATUSES.map((s) => [s, 0])) as Record<MeetingStatus, number>;
  const held = new Set<number>();
  const live = new Set<number>();
  let outstanding = 0;
  for (const m of meetings) {
    const status = m.status as MeetingStatus;
    if (status in byStatus) byStatus[status] += 1;
    if (status === 'held') held.add(m.agency_id);
    if (LIVE_MEETING_STATUSES.includes(status)) live.add(m.agency_id);
    if (LIVE_MEETING_STATUSES.includes(status) && status !== 'held') outstanding += 1;
  }
  return {
    cycleId,
    inScope: inScope.size,
    scrutinised: [...held].filter((id) => inScope.has(id)).length,
    outstanding,
    notScheduled: scope
      .filter((a) => !live.has(a.id))
      .map((a) => ({ agencyId: a.id, agencyName: a.name }))
      .sort(byName),
    themes: questions.map((q) => ({
      questionId: q.id,
      question: q.text,
      answers: answers
        .filter((a) => a.question_id === q.id && a.answer?.trim())
        .map((a) => ({ agencyName: a.name, answer: a.answer!.trim() }))
        .sort(byName),
    })),
    byStatus,
  };
}

import { LIVE_MEETING_STATUSES } from '../../../shared/domain/scrutiny';
import type { ChallengeData, PaperAction, PaperContact, ScrutinyData } from '../reports/narrative/data';
import type { Db } from '../db/schema';
import { listActions } from './actions-read';
import { getChallengeEvent, listChallengeEvents } from './challenge-read';
import { scrutinyOverview } from './scrutiny-overview';

// The board paper's scrutiny side: challenge events, individual meetings and their common questions, the
// cycle's actions and the business unit contact, read through the services that own them.

export async function loadChallenge(db: Db, cycleId: number): Promise<ChallengeData[]> {
  const events = await listChallengeEvents(db, cycleId);
  const out: ChallengeData[] = [];
  for (const summary of events) {
    const e = await getChallengeEvent(db, summary.id);
    const attended = new Set(e.attendees.filter((t) => t.attended && t.agencyId !== null).map((t) => t.agencyId!));
    const invited = e.agencies.filter((a) => a.invited);
    out.push({
      title: e.title,
      date: e.date,
      startTime: e.startTime,
      endTime: e.endTime,
      venue: e.venue,
      questions: e.questions.map((q) => ({ number: q.number, title: q.title, bring: q.bring, discussion: q.discussion, goodPractice: q.goodPractice, recommendations: q.recommendations })),
      invited: invited.length,
      attended: e.attendedAgencies,
      broughtEvidence: invited.filter((a) => a.broughtEvidence === true).length,
      agencies: invited.map((a) => ({
        name: a.agencyName,
        attended: attended.has(a.agencyId) ? true : e.attendees.some((t) => t.agencyId === a.agencyId && t.attended !== null) ? false : null,
        broughtEvidence: a.broughtEvidence,
        evidenceKind: a.evidenceKind,
      })),
    });
  }
  return out;
}

const NONE: ScrutinyData = {
  commonQuestions: [],
  meetings: { total: 0, held: 0, cancelled: 0, agenciesMet: 0, firstDate: null, lastDate: null, notScheduled: 0 },
  scrutineers: [],
};

export async function loadScrutiny(db: Db, cycleId: number): Promise<ScrutinyData> {
  // Most cycles being written up have scrutiny; one without any skips the overview's per-agency work.
  const [meetings, questions] = await Promise.all([
    db.selectFrom('meetings').select((eb) => eb.fn.countAll<number>().as('n')).where('cycle_id', '=', cycleId).executeTakeFirstOrThrow(),
    db.selectFrom('common_questions').select((eb) => eb.fn.countAll<number>().as('n')).where('cycle_id', '=', cycleId).executeTakeFirstOrThrow(),
  ]);
  if (Number(meetings.n) === 0 && Number(questions.n) === 0) return NONE;
  const overview = await scrutinyOverview(db, cycleId);
  const live = await db
    .selectFrom('meetings')
    .select(['id', 'status', 'start_at'])
    .where('cycle_id', '=', cycleId)
    .where('status', 'in', [...LIVE_MEETING_STATUSES])
    .orderBy('start_at')
    .execute();
  const scrutineers = await db
    .selectFrom('meeting_attendees as t')
    .innerJoin('meetings as m', 'm.id', 't.meeting_id')
    .innerJoin('contacts as c', 'c.id', 't.contact_id')
    .select('c.full_name')
    .distinct()
    .where('m.cycle_id', '=', cycleId)
    .where('t.role', '=', 'scrutineer')
    .orderBy('c.full_name')
    .execute();
  return {
    commonQuestions: overview.themes.map((t) => ({ text: t.question, answers: t.answers })),
    meetings: {
      total: live.length,
      held: live.filter((m) => m.status === 'held').length,
      cancelled: overview.byStatus.cancelled,
      agenciesMet: overview.scrutinised,
      firstDate: live[0]?.start_at.slice(0, 10) ?? null,
      lastDate: live[live.length - 1]?.start_at.slice(0, 10) ?? null,
      notScheduled: live.length ? overview.notScheduled.length : 0,
    },
    scrutineers: scrutineers.map((s) => s.full_name),
  };
}

/** The cycle's actions, soonest due first (open and closed: the narrative picks what it needs). */
export async function loadActions(db: Db, cycleId: number, today: string): Promise<PaperAction[]> {
  const rows = await listActions(db, { bucket: 'all', cycleId }, today);
  return rows.map((a) => ({
    reference: a.reference,
    kind: a.kind,
    agencyName: a.agencyName,
    groupName: a.groupName,
    standardId: a.standardId,
    standardNumber: a.standardNumber,
    standardTitle: a.standardTitle,
    theme: a.theme,
    description: a.description,
    owner: a.owner,
    dueDate: a.dueDate,
    status: a.status,
    overdue: a.overdue,
  }));
}

export async function loadContact(db: Db, contactId: number | null): Promise<PaperContact | null> {
  if (!contactId) return null;
  const c = await db.selectFrom('contacts').select(['full_name', 'job_title', 'email', 'phone']).where('id', '=', contactId).executeTakeFirst();
  return c ? { name: c.full_name, jobTitle: c.job_title, email: c.email, phone: c.phone } : null;
}

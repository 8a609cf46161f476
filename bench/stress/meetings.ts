import type { ServiceContext } from '../../electron/backend/context';
import { inTransaction } from '../../electron/backend/db/transaction';
import { chunks } from '../../electron/backend/services/cycle-scope';
import { agencyLeads, contactsById } from '../../electron/backend/services/meeting-occupancy';
import { todayOf } from '../../electron/backend/services/write-context';
import { addDaysIso } from '../../shared/domain/dates';
import { workingDay } from '../../electron/backend/demo/demo-scrutiny';
import type { Random } from '../../electron/backend/demo/random';
import type { StressCycle } from './cycles';
import { HistoryRows } from './history-rows';
import { planMeeting, TIMES, type PlannedMeeting } from './meeting-plan';
import { on, scaled, shuffled, uuidFrom } from './scale';
import { holdChallengeEvent, scrutinyPeople, setCommonQuestions } from './scrutiny-setup';

// 2,000 individual scrutiny meetings over the five cycles (more as the partnership grew), each cycle with its
// common questions and a challenge event first. Meetings run in six tracks of four a day from a few days after the
// event, each track with its own scrutineer and officer, so nobody is in two places at once. Earlier cycles' meetings
// are history (held, a few cancelled or moved); the current cycle's run began ten days ago and is mostly ahead.
// Inserted in bulk, with UID, SEQUENCE, reschedules and history as the meeting services would have left them.

export interface StressMeetings {
  meetings: number;
  byStatus: Record<string, number>;
  challengeEvents: number;
  historyEntries: number;
}

/** Meetings per cycle, oldest first; 2,000 in all. */
const PER_CYCLE = [60, 300, 450, 390, 800];
const TRACKS = 6;
const ROOMS = ['Civic Centre, Room 1', 'Civic Centre, Room 2', 'Civic Centre, Room 3', 'Northmoor Town Hall, Room 4', 'Westvale Library, Meeting Room', 'Kelby Family Hub'];
/** bench/schedule-figures.ts proposes a run for the current cycle's first 150 agencies: they are left unmet. */
const BENCH_RUN = 150;

export async function generateMeetings(ctx: ServiceContext, r: Random, cycles: StressCycle[], scale: number): Promise<StressMeetings> {
  const today = todayOf(ctx);
  const people = await scrutinyPeople(ctx);
  const names = await contactsById(ctx.db, [...people.scrutineers, ...people.officers]);
  const byStatus: Record<string, number> = {};
  let meetings = 0;
  let historyEntries = 0;
  for (const [ci, c] of cycles.entries()) {
    const current = ci === cycles.length - 1;
    const cycle = await ctx.db.selectFrom('cycles').select(['name', 'initial_deadline']).where('id', '=', c.cycleId).executeTakeFirstOrThrow();
    const scope = await ctx.db
      .selectFrom('cycle_agencies as ca')
      .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
      .select(['ca.agency_id', 'ca.status', 'a.name'])
      .where('ca.cycle_id', '=', c.cycleId)
      .orderBy('ca.agency_id')
      .execute();
    const leads = await agencyLeads(ctx.db, scope.map((a) => a.agency_id));
    const eventDate = workingDay(addDaysIso(cycle.initial_deadline!, 2), 0);
    const plannedOn = addDaysIso(eventDate, 1);
    const firstDay = workingDay(eventDate, 3);
    const log = new HistoryRows(ctx.userName);

    await inTransaction(ctx.db, async (trx) => {
      const questionIds = await setCommonQuestions(trx, on(ctx, addDaysIso(eventDate, -35)), c.cycleId);
      const questionTexts = (await trx.selectFrom('common_questions').select('text').where('cycle_id', '=', c.cycleId).orderBy('sort_order').execute()).map((q) => q.text);
      const themeIds = await holdChallengeEvent(trx, ctx, r, { cycleId: c.cycleId, frameworkId: c.frameworkId, name: cycle.name }, eventDate, scope.map((a) => ({ agencyId: a.agency_id, leadId: leads.get(a.agency_id)?.id ?? null })), people);

      const reserved = current ? new Set(scope.slice(0, scaled(BENCH_RUN, scale, 0)).map((a) => a.agency_id)) : new Set<number>();
      // Agencies whose returns are in are met first: theirs are the meetings already held.
      const candidates = shuffled(r, scope.filter((a) => !reserved.has(a.agency_id))).sort((a, b) => Number(b.status !== 'in_progress') - Number(a.status !== 'in_progress'));
      const n = Math.min(candidates.length, scaled(PER_CYCLE[ci] ?? 300, scale));
      const perDay = Math.max(1, Math.min(TRACKS * TIMES.length, Math.round(TRACKS * TIMES.length * scale)));
      const plans: Array<{ agencyId: number; p: PlannedMeeting; contactIds: number[] }> = [];
      for (let k = 0; k < n; k++) {
        const a = candidates[k]!;
        const within = k % perDay;
        const day = workingDay(firstDay, Math.floor(k / perDay));
        const track = within % TRACKS;
        const scrutineer = people.scrutineers[(track + TRACKS * (Math.floor(k / perDay) % 2)) % people.scrutineers.length]!;
        const officer = people.officers[track % people.officers.length]!;
        const lead = leads.get(a.agency_id);
        const attendees = [
          { contactId: scrutineer, role: 'scrutineer' as const, name: names.get(scrutineer)!.name },
          { contactId: officer, role: 'officer' as const, name: names.get(officer)!.name },
          ...(lead ? [{ contactId: lead.id, role: 'agency' as const, name: lead.name }] : []),
        ];
        const p = planMeeting(r, {
          cycleId: c.cycleId, cycleName: cycle.name, agencyId: a.agency_id, agencyName: a.name, day, time: TIMES[Math.floor(within / TRACKS)]!, plannedOn, today,
          people: attendees, online: r.chance(0.3), room: ROOMS[track]!, questionIds, questionTexts, themeIds, index: k,
        });
        plans.push({ agencyId: a.agency_id, p, contactIds: attendees.map((x) => x.contactId) });
        byStatus[p.status] = (byStatus[p.status] ?? 0) + 1;
      }

      const ids: number[] = [];
      for (const part of chunks(plans, 400))
        ids.push(
          ...(
            await trx
              .insertInto('meetings')
              .values(part.map(({ agencyId, p }) => ({
                cycle_id: c.cycleId, agency_id: agencyId, start_at: p.start, end_at: p.end, location: p.location, online_link: p.onlineLink, status: p.status,
                uid: `meeting-${uuidFrom(r)}@audit-desk`, sequence: p.sequence, created_at: p.createdAt, created_by: ctx.userName, updated_at: p.updatedAt,
              })))
              .returning('id')
              .execute()
          ).map((x) => x.id),
        );
      const attendees = plans.flatMap(({ p, contactIds }, i) => contactIds.map((contactId, k) => ({ meeting_id: ids[i]!, contact_id: contactId, role: k === 0 ? 'scrutineer' : k === 1 ? 'officer' : 'agency', attended: p.attended[k] ?? null })));
      for (const part of chunks(attendees)) await trx.insertInto('meeting_attendees').values(part).execute();
      const moves = plans.flatMap(({ p }, i) => (p.reschedule ? [{ meeting_id: ids[i]!, previous_start: p.reschedule.previousStart, previous_end: p.reschedule.previousEnd, reason: p.reschedule.reason, at: p.reschedule.at, by: ctx.userName }] : []));
      for (const part of chunks(moves)) await trx.insertInto('meeting_reschedules').values(part).execute();
      const answers = plans.flatMap(({ p }, i) => p.answers.map((a) => ({ meeting_id: ids[i]!, question_id: a.questionId, answer: a.answer })));
      for (const part of chunks(answers)) await trx.insertInto('meeting_answers').values(part).execute();
      const notes = plans.flatMap(({ p }, i) => p.notes.map((x) => ({ meeting_id: ids[i]!, item_key: x.itemKey, note: x.note })));
      for (const part of chunks(notes)) await trx.insertInto('meeting_notes').values(part).execute();
      plans.forEach(({ p }, i) => p.history(ids[i]!, log));
      historyEntries += await log.flush(trx);
      meetings += ids.length;
    });
  }
  return { meetings, byStatus, challengeEvents: cycles.length, historyEntries };
}

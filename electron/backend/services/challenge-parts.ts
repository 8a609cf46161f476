import type { z } from 'zod';
import type { ApiErrorDetail } from '../../../shared/result';
import type { ChallengeEvent, challengeAgencyInputSchema, challengeQuestionInputSchema } from '../../../shared/domain/scrutiny';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { invalid } from '../errors';
import { loadTargets } from './answers-write';
import { loadEvent, touchEvent } from './challenge-events';
import { getChallengeEvent } from './challenge-read';
import { recordChange } from './history';
import type { WriteCtx } from './write-context';

// The parts of a challenge event, each replaced whole as the screen edits it: the sampled questions, the
// invited agencies (with the evidence each brought) and the people who came.

export type ChallengeQuestionFields = z.output<typeof challengeQuestionInputSchema>;
export type ChallengeAgencyFields = z.output<typeof challengeAgencyInputSchema>;
export interface ChallengeAttendeeFields {
  contactId: number;
  agencyId?: number | null;
  attended: boolean | null;
}

const bit = (v: boolean | null) => (v === null ? null : v ? 1 : 0);
const refuse = (what: string, details: ApiErrorDetail[]) =>
  invalid(`${what} not saved: ${details.length === 1 ? details[0]!.message : `${details.length} problems`}.`, details);

/** Replaces the sampled questions, in order. A question kept (same target) keeps its id, so meeting notes on its theme stay. */
export async function setChallengeQuestions(db: Db, ctx: WriteCtx, id: number, questions: ChallengeQuestionFields[]): Promise<ChallengeEvent> {
  await inTransaction(db, async (trx) => {
    const e = await loadEvent(trx, id);
    const cycle = await trx.selectFrom('cycles').select('framework_id').where('id', '=', e.cycle_id).executeTakeFirstOrThrow();
    const fw = await loadTargets(trx, cycle.framework_id);
    const problems: ApiErrorDetail[] = [];
    const seen = new Set<string>();
    questions.forEach((q, i) => {
      const t = fw.byKey.get(q.targetKey);
      if (!t) problems.push({ field: `questions.${i}.targetKey`, message: `${q.targetKey} is not a standard or item of this cycle's framework` });
      else if (seen.has(q.targetKey)) problems.push({ field: `questions.${i}.targetKey`, message: `${t.itemId === null ? 'standard' : 'item'} ${t.number} is sampled twice` });
      seen.add(q.targetKey);
    });
    if (problems.length) throw refuse('The questions were', problems);

    const existing = await trx.selectFrom('challenge_questions').selectAll().where('event_id', '=', id).orderBy('sort_order').execute();
    const byKey = new Map(existing.map((q) => [q.target_key, q]));
    const label = (key: string) => fw.byKey.get(key)?.number ?? key;
    const show = (q: { bring: string | null; discussion: string | null; good_practice: string | null; recommendations: string | null }) => ({
      bring: q.bring,
      discussion: q.discussion,
      goodPractice: q.good_practice,
      recommendations: q.recommendations,
    });
    const before = Object.fromEntries(existing.map((q) => [label(q.target_key), show(q)]));
    const removed = existing.filter((q) => !seen.has(q.target_key));
    if (removed.length) {
      await trx.deleteFrom('meeting_notes').where('item_key', 'in', removed.map((q) => `theme:${q.id}`)).execute();
      await trx.deleteFrom('challenge_questions').where('id', 'in', removed.map((q) => q.id)).execute();
    }
    for (const [i, q] of questions.entries()) {
      const t = fw.byKey.get(q.targetKey)!;
      const values = {
        standard_id: t.standardId,
        item_id: t.itemId,
        bring: q.bring,
        discussion: q.discussion,
        good_practice: q.goodPractice,
        recommendations: q.recommendations,
        sort_order: i + 1,
      };
      const old = byKey.get(q.targetKey);
      if (old) await trx.updateTable('challenge_questions').set(values).where('id', '=', old.id).execute();
      else await trx.insertInto('challenge_questions').values({ ...values, event_id: id, target_key: q.targetKey }).execute();
    }
    const after = Object.fromEntries(questions.map((q) => [label(q.targetKey), show({ ...q, good_practice: q.goodPractice })]));
    await touchEvent(trx, ctx, id);
    await recordChange(trx, ctx, {
      entityType: 'challenge_event',
      entityId: id,
      action: 'update',
      summary: `Challenge event "${e.title}": questions ${questions.map((q) => label(q.targetKey)).join(', ') || 'none'}`,
      before,
      after,
    });
  });
  return getChallengeEvent(db, id);
}

/** Replaces the invited agencies; every one must be in the cycle's scope. */
export async function setChallengeAgencies(db: Db, ctx: WriteCtx, id: number, agencies: ChallengeAgencyFields[]): Promise<ChallengeEvent> {
  await inTransaction(db, async (trx) => {
    const e = await loadEvent(trx, id);
    const scope = await trx
      .selectFrom('cycle_agencies as ca')
      .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
      .select(['a.id', 'a.name'])
      .where('ca.cycle_id', '=', e.cycle_id)
      .execute();
    const names = new Map(scope.map((a) => [a.id, a.name]));
    const problems: ApiErrorDetail[] = [];
    const seen = new Set<number>();
    agencies.forEach((a, i) => {
      if (!names.has(a.agencyId)) problems.push({ field: `agencies.${i}.agencyId`, message: `agency ${a.agencyId} is not in this cycle's scope` });
      else if (seen.has(a.agencyId)) problems.push({ field: `agencies.${i}.agencyId`, message: `${names.get(a.agencyId)} is listed twice` });
      seen.add(a.agencyId);
    });
    if (problems.length) throw refuse('The agencies were', problems);
    const describe = (a: { invited: boolean; broughtEvidence: boolean | null; evidenceKind: string | null; notes: string | null }) =>
      [a.invited ? 'invited' : 'not invited', a.broughtEvidence === null ? null : a.broughtEvidence ? `brought ${a.evidenceKind ?? 'evidence'}` : 'no evidence', a.notes]
        .filter(Boolean)
        .join('; ');
    const existing = await trx
      .selectFrom('challenge_agencies as ca')
      .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
      .select(['a.name', 'ca.invited', 'ca.brought_evidence', 'ca.evidence_kind', 'ca.notes'])
      .where('ca.event_id', '=', id)
      .execute();
    const before = Object.fromEntries(
      existing.map((r) => [r.name, describe({ invited: r.invited === 1, broughtEvidence: r.brought_evidence === null ? null : r.brought_evidence === 1, evidenceKind: r.evidence_kind, notes: r.notes })]),
    );
    await trx.deleteFrom('challenge_agencies').where('event_id', '=', id).execute();
    for (let i = 0; i < agencies.length; i += 200)
      await trx
        .insertInto('challenge_agencies')
        .values(
          agencies.slice(i, i + 200).map((a) => ({
            event_id: id,
            agency_id: a.agencyId,
            invited: a.invited ? 1 : 0,
            brought_evidence: bit(a.broughtEvidence),
            evidence_kind: a.evidenceKind,
            notes: a.notes,
          })),
        )
        .execute();
    await touchEvent(trx, ctx, id);
    await recordChange(trx, ctx, {
      entityType: 'challenge_event',
      entityId: id,
      action: 'update',
      summary: `Challenge event "${e.title}": ${agencies.filter((a) => a.invited).length} agencies invited`,
      before,
      after: Object.fromEntries(agencies.map((a) => [names.get(a.agencyId)!, describe(a)])),
    });
  });
  return getChallengeEvent(db, id);
}

/** Replaces the attendees. An attendee given without an agency takes the agency they are linked to, preferring an invited one. */
export async function setChallengeAttendees(db: Db, ctx: WriteCtx, id: number, attendees: ChallengeAttendeeFields[]): Promise<ChallengeEvent> {
  await inTransaction(db, async (trx) => {
    const e = await loadEvent(trx, id);
    const existing = await trx.selectFrom('challenge_attendees').select(['contact_id', 'attended']).where('event_id', '=', id).execute();
    const contactIds = [...new Set(attendees.map((a) => a.contactId))];
    const lookUp = [...new Set([...contactIds, ...existing.flatMap((c) => (c.contact_id ? [c.contact_id] : []))])];
    const contacts = lookUp.length ? await trx.selectFrom('contacts').select(['id', 'full_name']).where('id', 'in', lookUp).execute() : [];
    const names = new Map(contacts.map((c) => [c.id, c.full_name]));
    const givenAgencies = [...new Set(attendees.flatMap((a) => (a.agencyId ? [a.agencyId] : [])))];
    const agencies = givenAgencies.length ? await trx.selectFrom('agencies').select('id').where('id', 'in', givenAgencies).execute() : [];
    const agencyOk = new Set(agencies.map((a) => a.id));
    const problems: ApiErrorDetail[] = [];
    const seen = new Set<number>();
    attendees.forEach((a, i) => {
      if (!names.has(a.contactId)) problems.push({ field: `attendees.${i}.contactId`, message: `contact ${a.contactId} does not exist` });
      else if (seen.has(a.contactId)) problems.push({ field: `attendees.${i}.contactId`, message: `${names.get(a.contactId)} is listed twice` });
      if (a.agencyId && !agencyOk.has(a.agencyId)) problems.push({ field: `attendees.${i}.agencyId`, message: `agency ${a.agencyId} does not exist` });
      seen.add(a.contactId);
    });
    if (problems.length) throw refuse('The attendees were', problems);

    const links = contactIds.length ? await trx.selectFrom('agency_contacts').select(['contact_id', 'agency_id']).where('contact_id', 'in', contactIds).orderBy('id').execute() : [];
    const invited = new Set((await trx.selectFrom('challenge_agencies').select('agency_id').where('event_id', '=', id).where('invited', '=', 1).execute()).map((r) => r.agency_id));
    const agencyOf = (contactId: number): number | null => {
      const mine = links.filter((l) => l.contact_id === contactId).map((l) => l.agency_id);
      return mine.find((a) => invited.has(a)) ?? mine[0] ?? null;
    };
    const show = (rows: Array<{ contact_id: number | null; attended: number | null }>) =>
      Object.fromEntries(rows.map((r) => [names.get(r.contact_id!) ?? `contact ${r.contact_id}`, r.attended === null ? 'invited' : r.attended ? 'attended' : 'did not attend']));
    const rows = attendees.map((a) => ({ event_id: id, contact_id: a.contactId, agency_id: a.agencyId ?? agencyOf(a.contactId), attended: bit(a.attended) }));
    await trx.deleteFrom('challenge_attendees').where('event_id', '=', id).execute();
    for (let i = 0; i < rows.length; i += 200) await trx.insertInto('challenge_attendees').values(rows.slice(i, i + 200)).execute();
    await touchEvent(trx, ctx, id);
    await recordChange(trx, ctx, {
      entityType: 'challenge_event',
      entityId: id,
      action: 'update',
      summary: `Challenge event "${e.title}": ${rows.length} ${rows.length === 1 ? 'attendee' : 'attendees'}, ${rows.filter((r) => r.attended === 1).length} attended`,
      before: show(existing),
      after: show(rows),
    });
  });
  return getChallengeEvent(db, id);
}

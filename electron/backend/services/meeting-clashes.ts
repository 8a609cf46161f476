import { LIVE_MEETING_STATUSES, type MeetingStatus } from '../../../shared/domain/scrutiny';
import type { Db } from '../db/schema';
import { chunks } from './cycle-scope';
import { contactsById, occupiedBetween, whenText, type Occupied } from './meeting-occupancy';

// Clash warnings in words, for meetings being saved or edited by hand and for the meetings list: the same
// person in two places at once, and an agency met twice in one cycle. Cancelled meetings clash with nothing.

export interface ClashSubject {
  /** null: not saved yet. */
  id: number | null;
  cycleId: number;
  agencyId: number;
  start: string;
  end: string;
  status: MeetingStatus;
  contactIds: number[];
}

const isLive = (s: MeetingStatus) => LIVE_MEETING_STATUSES.includes(s);

/** The warnings for each subject, in order. Subjects are checked against each other as well as the saved meetings. */
export async function clashesFor(db: Db, subjects: ClashSubject[], ignoreIds: number[] = []): Promise<string[][]> {
  const liveOnes = subjects.filter((s) => isLive(s.status));
  if (!liveOnes.length) return subjects.map(() => []);
  const exclude = [...ignoreIds, ...subjects.flatMap((s) => (s.id === null ? [] : [s.id]))];
  const from = liveOnes.reduce((m, s) => (s.start < m ? s.start : m), liveOnes[0]!.start);
  const to = liveOnes.reduce((m, s) => (s.end > m ? s.end : m), liveOnes[0]!.end);
  const saved = await occupiedBetween(db, from, to, exclude);
  const agencyNames = new Map<number, string>();
  for (const part of chunks([...new Set(subjects.map((s) => s.agencyId))]))
    for (const a of await db.selectFrom('agencies').select(['id', 'name']).where('id', 'in', part).execute()) agencyNames.set(a.id, a.name);
  const agencyName = (id: number) => agencyNames.get(id) ?? `agency ${id}`;
  const sameCycle = await cycleMeetings(db, liveOnes, exclude);
  const people = await contactsById(db, [...liveOnes.flatMap((s) => s.contactIds), ...saved.flatMap((o) => o.contactIds)]);
  const personName = (id: number) => people.get(id)?.name ?? `contact ${id}`;
  const asOccupied = (s: ClashSubject): Occupied => ({
    kind: 'meeting',
    id: s.id ?? 0,
    cycleId: s.cycleId,
    agencyId: s.agencyId,
    label: `the meeting with ${agencyName(s.agencyId)}`,
    start: s.start,
    end: s.end,
    contactIds: s.contactIds,
    agencyIds: [s.agencyId],
  });

  const mine = subjects.map(asOccupied);
  const overlapping = overlapPairs(saved, subjects.map((s, j) => (isLive(s.status) ? mine[j]! : null)));
  const byAgency = new Map<string, number[]>();
  subjects.forEach((s, j) => isLive(s.status) && byAgency.set(`${s.cycleId}:${s.agencyId}`, [...(byAgency.get(`${s.cycleId}:${s.agencyId}`) ?? []), j]));

  return subjects.map((s, i) => {
    if (!isLive(s.status)) return [];
    const out: string[] = [];
    const who = agencyName(s.agencyId);
    for (const o of overlapping[i]!) {
      const when = whenText(o.start, o.end);
      const shared = [...new Set(s.contactIds)].filter((c) => o.contactIds.includes(c));
      for (const c of shared) out.push(`${personName(c)} is also ${o.kind === 'challenge' ? 'at' : 'in'} ${o.label}, ${when}`);
      if (!shared.length && o.agencyIds.includes(s.agencyId))
        out.push(o.kind === 'challenge' ? `${who} is invited to ${o.label}, ${when}` : `${who} has another meeting then, ${when}`);
    }
    const twice = [
      ...sameCycle.filter((m) => m.cycleId === s.cycleId && m.agencyId === s.agencyId),
      ...(byAgency.get(`${s.cycleId}:${s.agencyId}`) ?? []).filter((j) => j !== i).map((j) => subjects[j]!),
    ];
    for (const m of twice) out.push(`${who} already has a meeting in this cycle, ${whenText(m.start, m.end)}`);
    if (s.start.slice(0, 10) !== s.end.slice(0, 10)) out.push('it starts and ends on different days');
    return [...new Set(out)];
  });
}

/** For each subject (null: not live), what overlaps it: a sweep in time order, so a long list stays fast. */
function overlapPairs(saved: Occupied[], subjects: Array<Occupied | null>): Occupied[][] {
  const out = subjects.map(() => [] as Occupied[]);
  const entries = [...saved.map((o) => ({ o, j: -1 })), ...subjects.flatMap((o, j) => (o ? [{ o, j }] : []))].sort((a, b) =>
    a.o.start < b.o.start ? -1 : a.o.start > b.o.start ? 1 : 0,
  );
  let active: typeof entries = [];
  for (const e of entries) {
    // Everything still active started no later than e and ends after e starts: it overlaps e.
    active = active.filter((a) => a.o.end > e.o.start);
    for (const a of active) {
      if (e.j >= 0) out[e.j]!.push(a.o);
      if (a.j >= 0) out[a.j]!.push(e.o);
    }
    active.push(e);
  }
  return out;
}

/** Saved live meetings of the subjects' agencies in the subjects' cycles, at any time. */
async function cycleMeetings(db: Db, subjects: ClashSubject[], exclude: number[]) {
  const skip = new Set(exclude);
  const out: Array<{ cycleId: number; agencyId: number; start: string; end: string }> = [];
  const cycles = [...new Set(subjects.map((s) => s.cycleId))];
  for (const part of chunks([...new Set(subjects.map((s) => s.agencyId))]))
    for (const m of await db
      .selectFrom('meetings')
      .select(['id', 'cycle_id', 'agency_id', 'start_at', 'end_at'])
      .where('cycle_id', 'in', cycles)
      .where('agency_id', 'in', part)
      .where('status', 'in', [...LIVE_MEETING_STATUSES])
      .orderBy('start_at')
      .execute())
      if (!skip.has(m.id)) out.push({ cycleId: m.cycle_id, agencyId: m.agency_id, start: m.start_at, end: m.end_at });
  return out;
}

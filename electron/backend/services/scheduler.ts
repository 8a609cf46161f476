// The assignment at the heart of scheduling a run of scrutiny meetings. Pure: no database, no clock.
//
// The scrutineer and a business-unit officer are at every meeting, so meetings never run in parallel: the
// offered windows are cut into slots, and each slot takes at most one agency. Which agency can take which
// slot is then a bipartite graph, and a maximum matching places as many agencies as can be placed at all;
// when it leaves an agency out, Hall's theorem names the agencies competing for its slots.
// Times are London wall-clock 'yyyy-mm-ddTHH:mm' strings, which compare correctly as strings.

export interface Interval {
  start: string;
  end: string;
}
export interface Slot extends Interval {
  date: string;
}

export const overlaps = (a: Interval, b: Interval): boolean => a.start < b.end && b.start < a.end;

const pad = (n: number) => String(n).padStart(2, '0');
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const clock = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;

/** Each day's window cut into meetings with gaps between, in time order; overlapping windows never give overlapping slots. */
export function buildSlots(days: Array<{ date: string; start: string; end: string }>, meetingMinutes: number, gapMinutes: number): Slot[] {
  const all: Slot[] = [];
  for (const d of days)
    for (let m = minutesOf(d.start); m + meetingMinutes <= minutesOf(d.end); m += meetingMinutes + gapMinutes)
      all.push({ date: d.date, start: `${d.date}T${clock(m)}`, end: `${d.date}T${clock(m + meetingMinutes)}` });
  all.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const kept: Slot[] = [];
  for (const s of all) {
    const last = kept.at(-1);
    // Two windows offered on one day may overlap: the later slot goes, and the gap is kept.
    if (last && last.date === s.date && minutesOf(s.start.slice(11)) < minutesOf(last.end.slice(11)) + gapMinutes) continue;
    kept.push(s);
  }
  return kept;
}

export interface Availability {
  /** Dates the person cannot do. */
  unavailable: string[];
  /** Times the person is already in a meeting or event. */
  busy: Interval[];
}

export interface ScheduleProblem {
  /** The offered slots, in time order (buildSlots). */
  slots: Slot[];
  /** null days: every offered day. */
  scrutineer: { days: string[] | null; busy: Interval[] };
  officers: Array<Availability & { id: number }>;
  agencies: Array<Availability & { id: number }>;
}

export type UnplacedCause =
  /** No slot is free for the scrutineer and an officer at all. */
  | { kind: 'no-slots' }
  /** The agency cannot do any of the `days` days that have a free slot. */
  | { kind: 'no-days'; days: number }
  /** It can do some days, but its people are busy at every free slot on them. */
  | { kind: 'busy'; days: number; unavailableDays: number }
  /**
   * Its `possible` slots are all taken by `holders`; with the agencies they could move to (`group`, holders
   * included) there are group.length + 1 agencies for `groupSlots` slots (Hall's condition fails).
   */
  | { kind: 'contested'; possible: number; holders: number[]; group: number[]; groupSlots: number };

export interface ScheduleSolution {
  /** In time order. */
  placed: Array<{ agencyId: number; slot: Slot; officerId: number }>;
  unplaced: Array<{ agencyId: number; cause: UnplacedCause }>;
  /** Slots on the scrutineer's days, free for the scrutineer and at least one officer. */
  usable: Slot[];
}

const freeAt = (p: Availability, s: Slot) => !p.unavailable.includes(s.date) && !p.busy.some((b) => overlaps(b, s));

export function solveSchedule(problem: ScheduleProblem): ScheduleSolution {
  const scrutineerDays = problem.scrutineer.days ? new Set(problem.scrutineer.days) : null;
  const usable: Slot[] = [];
  const officersAt: number[][] = [];
  for (const s of problem.slots) {
    if (scrutineerDays && !scrutineerDays.has(s.date)) continue;
    if (problem.scrutineer.busy.some((b) => overlaps(b, s))) continue;
    const officers = problem.officers.filter((o) => freeAt(o, s)).map((o) => o.id);
    if (!officers.length) continue;
    usable.push(s);
    officersAt.push(officers);
  }

  const agencies = problem.agencies;
  const candidates = agencies.map((a) => usable.flatMap((s, i) => (freeAt(a, s) ? [i] : [])));
  const slotAgencies: number[][] = usable.map(() => []);
  candidates.forEach((cs, a) => cs.forEach((s) => slotAgencies[s]!.push(a)));
  const { slotOf, agencyOf } = maximumMatching(slotAgencies, agencies.length, candidates.filter((c) => c.length).length);

  const usableDates = [...new Set(usable.map((s) => s.date))];
  const unplaced = agencies.flatMap((a, i): ScheduleSolution['unplaced'] => {
    if (slotOf[i] !== -1) return [];
    if (!usable.length) return [{ agencyId: a.id, cause: { kind: 'no-slots' } }];
    const cs = candidates[i]!;
    if (!cs.length) {
      const unavailableDays = usableDates.filter((d) => a.unavailable.includes(d)).length;
      return [
        {
          agencyId: a.id,
          cause: unavailableDays === usableDates.length ? { kind: 'no-days', days: usableDates.length } : { kind: 'busy', days: usableDates.length, unavailableDays },
        },
      ];
    }
    return [{ agencyId: a.id, cause: contested(i, cs, candidates, agencyOf, agencies) }];
  });

  // Share the meetings among the officers free at each slot, fewest first.
  const load = new Map(problem.officers.map((o) => [o.id, 0]));
  const placed: ScheduleSolution['placed'] = [];
  usable.forEach((slot, s) => {
    const a = agencyOf[s]!;
    if (a === -1) return;
    const officerId = officersAt[s]!.reduce((best, o) => (load.get(o)! < load.get(best)! ? o : best));
    load.set(officerId, load.get(officerId)! + 1);
    placed.push({ agencyId: agencies[a]!.id, slot, officerId });
  });
  return { placed, unplaced, usable };
}

/**
 * Kuhn's augmenting paths, started from the slots in time order: a slot joins the matching whenever some
 * re-arrangement lets it, so the matching is maximum and the slots used are the earliest possible (the
 * greedy choice is optimal in a transversal matroid). Agencies seen in a failed search stay marked until
 * the matching next changes: they cannot reach a free agency, so each run of failures costs one pass.
 */
export function maximumMatching(slotAgencies: number[][], agencyCount: number, placeable = agencyCount) {
  const slotOf = new Array<number>(agencyCount).fill(-1);
  const agencyOf = new Array<number>(slotAgencies.length).fill(-1);
  const seen = new Array<number>(agencyCount).fill(-1);
  let stamp = 0;
  let size = 0;
  const augment = (s: number): boolean => {
    for (const a of slotAgencies[s]!) {
      if (seen[a] === stamp) continue;
      seen[a] = stamp;
      if (slotOf[a] === -1 || augment(slotOf[a]!)) {
        slotOf[a] = s;
        agencyOf[s] = a;
        return true;
      }
    }
    return false;
  };
  for (let s = 0; s < slotAgencies.length && size < placeable; s++)
    if (augment(s)) {
      size++;
      stamp++;
    }
  return { slotOf, agencyOf, size };
}

/** Hall's witness for an unmatched agency: every slot it could reach by moving others is taken. */
function contested(a: number, own: number[], candidates: number[][], agencyOf: number[], agencies: Array<{ id: number }>): UnplacedCause {
  const holders = [...new Set(own.map((s) => agencyOf[s]!))];
  const slots = new Set<number>(own);
  const group = new Set<number>();
  const queue = [...own];
  while (queue.length) {
    const b = agencyOf[queue.shift()!]!;
    if (b === a || group.has(b)) continue;
    group.add(b);
    for (const t of candidates[b]!)
      if (!slots.has(t)) {
        slots.add(t);
        queue.push(t);
      }
  }
  return { kind: 'contested', possible: own.length, holders: holders.map((h) => agencies[h]!.id), group: [...group].map((g) => agencies[g]!.id), groupSlots: slots.size };
}

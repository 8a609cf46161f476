import { performance } from 'node:perf_hooks';
import type { Backend } from '../electron/backend/app';
import { buildSlots, solveSchedule } from '../electron/backend/services/scheduler';
import { median, type Figure } from './measure';
import type { StressCycle } from './stress/cycles';

type Call = (method: string, input?: unknown) => Promise<unknown>;

// Scheduling a run of 150 individual scrutiny meetings over five weeks of working days (issue 5's bar:
// "places 150 agencies in a few seconds"), through the API and for the solver alone.

const DAYS = Array.from({ length: 35 }, (_, i) => new Date(Date.UTC(2027, 0, 4 + i)))
  .filter((d) => d.getUTCDay() !== 0 && d.getUTCDay() !== 6)
  .map((d) => d.toISOString().slice(0, 10));

export async function scheduleFigures(backend: Backend, call: Call, cycle: StressCycle, count = 150): Promise<Figure[]> {
  const db = backend.ctx.db;
  const agencyIds = (await db.selectFrom('cycle_agencies').select('agency_id').where('cycle_id', '=', cycle.cycleId).orderBy('agency_id').limit(count).execute()).map((r) => r.agency_id);
  const people = (await db.selectFrom('contacts').select('id').where('active', '=', 1).orderBy('id').limit(3).execute()).map((c) => c.id);
  // Each agency cannot do about a third of the days; deterministic, so runs compare.
  const agencyUnavailable = agencyIds.flatMap((agencyId, i) => DAYS.filter((_, d) => (d * 7 + i) % 3 === 0).map((date) => ({ agencyId, date })));
  const request = {
    cycleId: cycle.cycleId,
    agencyIds,
    days: DAYS.map((date) => ({ date, start: '09:00', end: '17:00' })),
    meetingMinutes: 45,
    gapMinutes: 15,
    scrutineerContactId: people[0],
    officerContactIds: people.slice(1),
    agencyUnavailable,
  };
  let placed = 0;
  const api = await median(async () => {
    placed = ((await call('meetings.propose', request)) as { placed: unknown[] }).placed.length;
  }, 5, 1);

  const slots = buildSlots(request.days, 45, 15);
  const problem = {
    slots,
    scrutineer: { days: null, busy: [] },
    officers: people.slice(1).map((id) => ({ id, unavailable: [], busy: [] })),
    agencies: agencyIds.map((id) => ({ id, unavailable: agencyUnavailable.filter((u) => u.agencyId === id).map((u) => u.date), busy: [] })),
  };
  const t = performance.now();
  const solved = solveSchedule(problem);
  const solveMs = performance.now() - t;
  return [
    { name: `schedule ${count} agencies (meetings.propose, ${DAYS.length} days)`, ...api, goal: '≤ 3000 ms', note: `${placed} placed in ${slots.length} slots` },
    { name: `scheduler solve only (${count} agencies × ${slots.length} slots)`, medianMs: solveMs, runs: 1, note: `${solved.placed.length} placed, ${solved.unplaced.length} unplaced` },
  ];
}

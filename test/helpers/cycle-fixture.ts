import type { AgencyListRow } from '../../shared/domain/agency';
import type { FrameworkDetail, FrameworkDoc, FrameworkSummary } from '../../shared/domain/framework';
import type { Backend } from '../../electron/backend/app';
import { freezeFramework } from '../../electron/backend/services/framework-write';
import { call } from './backend';

// Cycles for tests of answers, moderation and analysis, inserted directly (not through the cycles
// service) so these tests do not depend on it. The framework version is frozen as a real cycle would.

export interface CycleSpec {
  frameworkId: number;
  agencyIds: number[];
  name?: string;
  cycleType?: 's11' | 's175' | 'early_years' | 'custom';
  launchDate?: string | null;
  initialDeadline?: string | null;
  finalDeadline?: string | null;
  previousCycleId?: number | null;
  status?: string;
  /** Return status per agency id; default 'issued'. */
  returnStatus?: Record<number, { status: string; returnedOn?: string | null }>;
}

export interface CycleFixture {
  cycleId: number;
  /** cycle_agencies id by agency id. */
  ca: Map<number, number>;
}

export async function insertCycle(b: Backend, spec: CycleSpec): Promise<CycleFixture> {
  const db = b.ctx.db;
  const now = b.ctx.now().toISOString();
  await freezeFramework(db, b.ctx, spec.frameworkId);
  const { id: cycleId } = await db
    .insertInto('cycles')
    .values({
      name: spec.name ?? 'S.11 Self-Assessment Audit 2026',
      cycle_type: spec.cycleType ?? 's11',
      type_label: null,
      framework_id: spec.frameworkId,
      period_label: '2026/27',
      launch_date: spec.launchDate === undefined ? '2026-09-01' : spec.launchDate,
      initial_deadline: spec.initialDeadline === undefined ? '2026-11-01' : spec.initialDeadline,
      final_deadline: spec.finalDeadline === undefined ? '2026-12-01' : spec.finalDeadline,
      status: spec.status ?? 'open',
      historical: 0,
      previous_cycle_id: spec.previousCycleId ?? null,
      chaser_subject: 'Reminder: {cycle}',
      chaser_body: 'Dear {lead}, please return the audit by {deadline}.',
      notes: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ca = new Map<number, number>();
  for (const agencyId of spec.agencyIds) {
    const rs = spec.returnStatus?.[agencyId];
    const { id } = await db
      .insertInto('cycle_agencies')
      .values({
        cycle_id: cycleId,
        agency_id: agencyId,
        status: rs?.status ?? 'issued',
        issued_on: '2026-09-01',
        returned_on: rs?.returnedOn ?? null,
        sent_back_on: null,
        sent_back_reason: null,
        accepted_on: null,
        last_chased_on: null,
        carried_forward: 0,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ca.set(agencyId, id);
  }
  return { cycleId, ca };
}

export async function frameworkByFamily(b: Backend, familyKey: string, versionLabel?: string): Promise<FrameworkDetail> {
  const list = await call<FrameworkSummary[]>(b, 'frameworks.list');
  const f = list.find((x) => x.familyKey === familyKey && (!versionLabel || x.versionLabel === versionLabel));
  if (!f) throw new Error(`no framework ${familyKey} ${versionLabel ?? ''}`);
  return call<FrameworkDetail>(b, 'frameworks.get', { id: f.id });
}

/** A new draft version of a built-in framework, edited by `edit`, saved through the API. */
export async function editedVersion(b: Backend, familyKey: string, versionLabel: string, edit: (doc: FrameworkDoc) => void): Promise<FrameworkDetail> {
  const base = await frameworkByFamily(b, familyKey, familyKey === 'compact-audit' ? '2023' : undefined);
  const draft = await call<FrameworkDetail>(b, 'frameworks.duplicate', { id: base.id, versionLabel });
  const doc = structuredClone(draft.doc);
  edit(doc);
  return call<FrameworkDetail>(b, 'frameworks.save', { id: draft.id, doc });
}

export const agencies = (b: Backend, sectorIds?: number[]) => call<AgencyListRow[]>(b, 'agencies.list', sectorIds ? { sectorIds } : {});

/** Target keys of a framework by number: s('6') → 's:<id>', i('9.3') → 'i:<id>'. */
export function keysOf(f: FrameworkDetail) {
  const std = new Map(f.doc.standards.map((s) => [s.number, s.id!]));
  const item = new Map(f.doc.standards.flatMap((s) => s.items.map((i) => [i.number, i.id!] as const)));
  return {
    s: (n: string) => `s:${std.get(n) ?? fail(`standard ${n}`)}`,
    i: (n: string) => `i:${item.get(n) ?? fail(`item ${n}`)}`,
    standardId: (n: string) => std.get(n) ?? fail(`standard ${n}`),
    itemsOf: (n: string) => f.doc.standards.find((s) => s.number === n)!.items.map((i) => i.number),
  };
}

const fail = (what: string): never => {
  throw new Error(`no ${what} in the framework`);
};

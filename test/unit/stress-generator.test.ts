import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateStressPartnership, type StressCounts } from '../../bench/stress/index';
import { tempBackend } from '../helpers/backend';

// The stress partnership is deterministic from its seed: two runs at a small scale write the same rows in every
// table, and another seed writes different ones. The backend's clock is fixed in tests, so every timestamp the
// services write is the same between runs too; nothing is left out of the checksum.

const SCALE = 0.02;

interface Snapshot {
  counts: StressCounts;
  tables: Record<string, { rows: number; sha256: string }>;
  checks: Record<string, unknown>;
}

async function generate(seed: number): Promise<Snapshot> {
  const backend = await tempBackend();
  try {
    const counts = await generateStressPartnership(backend.ctx, seed, { scale: SCALE });
    const sqlite = backend.opened.sqlite;
    const names = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name);
    const tables: Snapshot['tables'] = {};
    for (const name of names) {
      const rows = sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().all();
      tables[name] = { rows: rows.length, sha256: createHash('sha256').update(JSON.stringify(rows)).digest('hex') };
    }
    const all = (sql: string) => sqlite.prepare(sql).all();
    const checks = {
      previous: all('SELECT id, cycle_type, previous_cycle_id FROM cycles ORDER BY id'),
      closed: all("SELECT COUNT(*) AS n FROM cycles WHERE status = 'closed'"),
      auditStatuses: all('SELECT DISTINCT status FROM case_audits ORDER BY status'),
      held: all("SELECT COUNT(*) AS n FROM meetings WHERE status = 'held' AND start_at < '2026-11-22'"),
      ahead: all("SELECT COUNT(*) AS n FROM meetings WHERE status IN ('proposed', 'confirmed', 'rescheduled') AND start_at > '2026-11-22'"),
    };
    return { counts, tables, checks };
  } finally {
    await backend.close();
  }
}

describe('stress partnership generator', () => {
  it('writes the same rows from the same seed, and different ones from another', async () => {
    const a = await generate(7);
    const b = await generate(7);
    const c = await generate(8);

    expect(b.counts).toEqual(a.counts);
    expect(b.tables).toEqual(a.tables);
    expect(c.tables.answers!.sha256).not.toBe(a.tables.answers!.sha256);
    expect(c.tables.meetings!.sha256).not.toBe(a.tables.meetings!.sha256);
    expect(c.tables.case_audit_ratings!.sha256).not.toBe(a.tables.case_audit_ratings!.sha256);

    // The scale option shrinks the partnership: 40 organisations, five cycles, the current one the last.
    expect(a.counts.agencies).toBe(40);
    expect(a.counts.cycles).toHaveLength(5);
    expect(a.counts.cycle).toEqual(a.counts.cycles[4]);
    expect(a.counts.cycle.inScope).toBe(40);
    expect(a.tables.answers!.rows).toBe(a.counts.cycles.reduce((n, x) => n + x.answers, 0));
    expect(a.counts.meetings.meetings).toBe(a.tables.meetings!.rows);
    expect(a.counts.actions.actions).toBe(400);

    // Each earlier cycle of a type links to the one before; the current Compact Audit to the last s11 one.
    expect(a.checks.previous).toEqual([
      { id: 1, cycle_type: 's11', previous_cycle_id: null },
      { id: 2, cycle_type: 's11', previous_cycle_id: 1 },
      { id: 3, cycle_type: 's11', previous_cycle_id: 2 },
      { id: 4, cycle_type: 'early_years', previous_cycle_id: null },
      { id: 5, cycle_type: 's11', previous_cycle_id: 3 },
    ]);
    expect(a.checks.closed).toEqual([{ n: 4 }]);
    expect(a.checks.auditStatuses).toEqual(['auditing', 'cancelled', 'complete', 'moderation', 'planned', 'reporting', 'sampling'].map((status) => ({ status })));
    // Meetings held in the past (FIXED_NOW is 22 November 2026) and the current cycle's still to come.
    expect((a.checks.held as Array<{ n: number }>)[0]!.n).toBeGreaterThan(0);
    expect((a.checks.ahead as Array<{ n: number }>)[0]!.n).toBeGreaterThan(0);
  }, 60_000);
});

import type { Insertable } from 'kysely';
import type { Db } from '../../electron/backend/db/schema';
import type { AuditLogTable } from '../../electron/backend/db/tables/register';
import { chunks } from '../../electron/backend/services/cycle-scope';
import { diff, type ChangeRecord } from '../../electron/backend/services/history';

// History for rows inserted in bulk: the same entries recordChange would write one at a time, collected and
// inserted together.

export class HistoryRows {
  private rows: Array<Insertable<AuditLogTable>> = [];

  constructor(private readonly userName: string) {}

  /** `at` is an ISO instant; an update that changes nothing is left out, as recordChange does. */
  add(at: string, change: ChangeRecord): void {
    const changes = diff(change.before, change.after);
    if (change.action === 'update' && Object.keys(changes).length === 0) return;
    this.rows.push({
      at,
      user_name: this.userName,
      entity_type: change.entityType,
      entity_id: change.entityId,
      action: change.action,
      summary: change.summary.slice(0, 500),
      changes: JSON.stringify(changes),
    });
  }

  /** In time order, so the log reads as it would have been written. */
  async flush(db: Db): Promise<number> {
    const sorted = this.rows.map((row, i) => ({ row, i })).sort((a, b) => (a.row.at < b.row.at ? -1 : a.row.at > b.row.at ? 1 : a.i - b.i));
    for (const part of chunks(sorted.map((s) => s.row), 400)) await db.insertInto('audit_log').values(part).execute();
    const n = this.rows.length;
    this.rows = [];
    return n;
  }
}

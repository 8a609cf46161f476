import type { Kysely } from 'kysely';
import type { Migration } from '../migrator';

// Derived, per return: each standard's rating on both bases (self and moderated) and the return's progress and
// moderation counts. The tracker, heatmap and distribution read these instead of rolling up every answer of a
// cycle on each call (150,000 answers in a large partnership). They are kept in step by the answer-writing
// services in the same transaction (services/return-summaries.ts) and rebuilt on open wherever one is missing,
// so this migration only creates the tables.
export const migration0007: Migration = {
  version: 7,
  name: 'return summaries',
  async up(db: Kysely<any>) {
    const code = 'varchar(12)' as const;
    await db.schema
      .createTable('return_standards')
      .addColumn('cycle_agency_id', 'integer', (c) => c.notNull().references('cycle_agencies.id').onDelete('cascade'))
      .addColumn('standard_id', 'integer', (c) => c.notNull().references('framework_standards.id'))
      .addColumn('cycle_id', 'integer', (c) => c.notNull().references('cycles.id').onDelete('cascade'))
      .addColumn('self_code', code)
      .addColumn('self_score', 'real')
      .addColumn('self_na', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('mod_code', code)
      .addColumn('mod_score', 'real')
      .addColumn('mod_na', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('moderated', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('return_standards_pk', ['cycle_agency_id', 'standard_id'])
      .execute();
    // One covering index per basis: the distribution counts a cycle's levels per standard from the index alone.
    await db.schema.createIndex('return_standards_self').on('return_standards').columns(['cycle_id', 'standard_id', 'self_code', 'self_na']).execute();
    await db.schema.createIndex('return_standards_mod').on('return_standards').columns(['cycle_id', 'standard_id', 'mod_code', 'mod_na']).execute();

    await db.schema
      .createTable('return_progress')
      .addColumn('cycle_agency_id', 'integer', (c) => c.primaryKey().references('cycle_agencies.id').onDelete('cascade'))
      .addColumn('cycle_id', 'integer', (c) => c.notNull().references('cycles.id').onDelete('cascade'))
      .addColumn('answered', 'integer', (c) => c.notNull())
      .addColumn('over_optimistic', 'integer', (c) => c.notNull())
      .addColumn('underscored', 'integer', (c) => c.notNull())
      .addColumn('weak', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('return_progress_cycle').on('return_progress').column('cycle_id').execute();
  },
};

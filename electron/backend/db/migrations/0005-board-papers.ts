import type { Kysely } from 'kysely';
import type { Migration } from '../migrator';

// Board paper drafts: one per cycle, with its header values and its sections (built-in and added) in order.
// A section's edited text is kept with the fingerprint and facts of the data it was written against, so the
// app can say which edited passages the data has since moved away from. Generated text is never stored.
export const migration0005: Migration = {
  version: 5,
  name: 'board paper drafts',
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('board_papers')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('cycle_id', 'integer', (c) => c.notNull().unique().references('cycles.id').onDelete('cascade'))
      .addColumn('header_values', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('updated_by', 'varchar(100)', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('board_paper_sections')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('paper_id', 'integer', (c) => c.notNull().references('board_papers.id').onDelete('cascade'))
      .addColumn('section_key', 'varchar(60)', (c) => c.notNull())
      .addColumn('title', 'varchar(200)')
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('level', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('builtin', 'integer', (c) => c.notNull())
      .addColumn('edited_text', 'text')
      .addColumn('edited_fingerprint', 'varchar(64)')
      .addColumn('edited_facts', 'text')
      .addColumn('edited_at', 'varchar(30)')
      .addColumn('edited_by', 'varchar(100)')
      .addUniqueConstraint('board_paper_sections_unique', ['paper_id', 'section_key'])
      .execute();
  },
};

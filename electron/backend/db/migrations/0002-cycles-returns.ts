import type { Kysely } from 'kysely';
import type { Migration } from '../migrator';

// Audit cycles, the agencies in scope and their returns, answers with moderation, evidence, chasers.
export const migration0002: Migration = {
  version: 2,
  name: 'cycles, returns, answers, evidence and chasers',
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('cycles')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('name', 'varchar(200)', (c) => c.notNull())
      .addColumn('cycle_type', 'varchar(20)', (c) => c.notNull())
      .addColumn('type_label', 'varchar(80)')
      .addColumn('framework_id', 'integer', (c) => c.notNull().references('frameworks.id'))
      .addColumn('period_label', 'varchar(40)', (c) => c.notNull())
      .addColumn('launch_date', 'varchar(10)')
      .addColumn('initial_deadline', 'varchar(10)')
      .addColumn('final_deadline', 'varchar(10)')
      .addColumn('status', 'varchar(20)', (c) => c.notNull())
      .addColumn('historical', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('previous_cycle_id', 'integer', (c) => c.references('cycles.id'))
      .addColumn('chaser_subject', 'varchar(300)', (c) => c.notNull())
      .addColumn('chaser_body', 'text', (c) => c.notNull())
      .addColumn('notes', 'text')
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('cycles_type').on('cycles').columns(['cycle_type', 'launch_date']).execute();

    await db.schema
      .createTable('cycle_agencies')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('cycle_id', 'integer', (c) => c.notNull().references('cycles.id').onDelete('cascade'))
      .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
      .addColumn('status', 'varchar(20)', (c) => c.notNull())
      .addColumn('issued_on', 'varchar(10)')
      .addColumn('returned_on', 'varchar(10)')
      .addColumn('sent_back_on', 'varchar(10)')
      .addColumn('sent_back_reason', 'text')
      .addColumn('accepted_on', 'varchar(10)')
      .addColumn('last_chased_on', 'varchar(10)')
      .addColumn('carried_forward', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
      .addUniqueConstraint('cycle_agencies_unique', ['cycle_id', 'agency_id'])
      .execute();
    await db.schema.createIndex('cycle_agencies_agency').on('cycle_agencies').column('agency_id').execute();
    await db.schema.createIndex('cycle_agencies_status').on('cycle_agencies').columns(['cycle_id', 'status']).execute();

    await db.schema
      .createTable('answers')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('cycle_agency_id', 'integer', (c) => c.notNull().references('cycle_agencies.id').onDelete('cascade'))
      // 's:<standard id>' or 'i:<item id>': one answer per target, unique even where item_id is null.
      .addColumn('target_key', 'varchar(24)', (c) => c.notNull())
      .addColumn('standard_id', 'integer', (c) => c.notNull().references('framework_standards.id'))
      .addColumn('item_id', 'integer', (c) => c.references('framework_items.id'))
      .addColumn('self_code', 'varchar(12)')
      .addColumn('self_score', 'real')
      .addColumn('self_na', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('na_reason', 'text')
      .addColumn('evidence', 'text')
      .addColumn('improvement', 'text')
      .addColumn('moderated_code', 'varchar(12)')
      .addColumn('moderated_score', 'real')
      .addColumn('moderation_note', 'text')
      .addColumn('moderated_by', 'varchar(100)')
      .addColumn('moderated_at', 'varchar(30)')
      .addColumn('carried_forward', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('source', 'varchar(10)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('updated_by', 'varchar(100)', (c) => c.notNull())
      .addUniqueConstraint('answers_target', ['cycle_agency_id', 'target_key'])
      .execute();
    await db.schema.createIndex('answers_standard').on('answers').column('standard_id').execute();

    await db.schema
      .createTable('return_files')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('cycle_agency_id', 'integer', (c) => c.notNull().references('cycle_agencies.id').onDelete('cascade'))
      .addColumn('file_name', 'varchar(260)', (c) => c.notNull())
      .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
      .addColumn('kind', 'varchar(8)', (c) => c.notNull())
      .addColumn('answer_count', 'integer', (c) => c.notNull())
      .addColumn('imported_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('imported_by', 'varchar(100)', (c) => c.notNull())
      .addColumn('replaced', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.createIndex('return_files_ca').on('return_files').column('cycle_agency_id').execute();
    await db.schema.createIndex('return_files_hash').on('return_files').column('sha256').execute();

    await db.schema
      .createTable('evidence_files')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('cycle_agency_id', 'integer', (c) => c.notNull().references('cycle_agencies.id').onDelete('cascade'))
      .addColumn('target_key', 'varchar(24)', (c) => c.notNull())
      .addColumn('kind', 'varchar(8)', (c) => c.notNull())
      .addColumn('file_name', 'varchar(260)')
      /** Relative to the data folder's evidence/ store. */
      .addColumn('stored_path', 'varchar(500)')
      .addColumn('sha256', 'varchar(64)')
      .addColumn('size_bytes', 'integer')
      .addColumn('url', 'varchar(2000)')
      .addColumn('carried_forward', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('added_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('added_by', 'varchar(100)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('evidence_files_ca').on('evidence_files').columns(['cycle_agency_id', 'target_key']).execute();

    await db.schema
      .createTable('chasers')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('cycle_agency_id', 'integer', (c) => c.notNull().references('cycle_agencies.id').onDelete('cascade'))
      .addColumn('sent_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('method', 'varchar(10)', (c) => c.notNull())
      .addColumn('to_addresses', 'varchar(1000)', (c) => c.notNull())
      .addColumn('cc_addresses', 'varchar(1000)', (c) => c.notNull())
      .addColumn('subject', 'varchar(300)', (c) => c.notNull())
      .addColumn('created_by', 'varchar(100)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('chasers_ca').on('chasers').column('cycle_agency_id').execute();
  },
};

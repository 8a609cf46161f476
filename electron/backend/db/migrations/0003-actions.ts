import type { Kysely } from 'kysely';
import type { Migration } from '../migrator';

// Action plans: groups that own partnership actions, agency and partnership actions, their dated progress
// updates (appended, never edited), evidence of completion, and requests for updates sent to agencies.
export const migration0003: Migration = {
  version: 3,
  name: 'action plans, progress updates and evidence',
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('action_groups')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('name', 'varchar(120)', (c) => c.notNull().unique())
      .addColumn('sort_order', 'integer', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('actions')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('kind', 'varchar(12)', (c) => c.notNull())
      .addColumn('agency_id', 'integer', (c) => c.references('agencies.id'))
      .addColumn('group_id', 'integer', (c) => c.references('action_groups.id'))
      .addColumn('cycle_id', 'integer', (c) => c.references('cycles.id'))
      // 's:<standard id>' or 'i:<item id>'; standard_id is kept beside it so the board filters by standard.
      .addColumn('target_key', 'varchar(24)')
      .addColumn('standard_id', 'integer', (c) => c.references('framework_standards.id'))
      .addColumn('item_id', 'integer', (c) => c.references('framework_items.id'))
      .addColumn('theme', 'varchar(200)')
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('owner_contact_id', 'integer', (c) => c.references('contacts.id'))
      .addColumn('owner_name', 'varchar(200)')
      .addColumn('priority', 'varchar(10)', (c) => c.notNull())
      .addColumn('status', 'varchar(12)', (c) => c.notNull())
      .addColumn('dropped_reason', 'text')
      .addColumn('completion_note', 'text')
      .addColumn('completed_on', 'varchar(10)')
      // The first agreed date; due_date is the current one, moved only by a progress update with a reason.
      .addColumn('original_due_date', 'varchar(10)', (c) => c.notNull())
      .addColumn('due_date', 'varchar(10)', (c) => c.notNull())
      .addColumn('due_date_moves', 'integer', (c) => c.notNull().defaultTo(0))
      // Kept in step with action_updates so the board's "no update for 90 days" needs no join.
      .addColumn('last_update_on', 'varchar(10)')
      .addColumn('last_update_text', 'text')
      .addColumn('last_rag', 'varchar(6)')
      .addColumn('source', 'varchar(10)', (c) => c.notNull())
      .addColumn('source_ref', 'varchar(100)')
      .addColumn('created_on', 'varchar(10)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('created_by', 'varchar(100)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('actions_status_due').on('actions').columns(['status', 'due_date']).execute();
    await db.schema.createIndex('actions_agency').on('actions').columns(['agency_id', 'status']).execute();
    await db.schema.createIndex('actions_group').on('actions').columns(['group_id', 'status']).execute();
    await db.schema.createIndex('actions_cycle').on('actions').columns(['cycle_id', 'standard_id']).execute();
    await db.schema.createIndex('actions_owner').on('actions').column('owner_contact_id').execute();
    await db.schema.createIndex('actions_completed').on('actions').column('completed_on').execute();

    await db.schema
      .createTable('action_updates')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('action_id', 'integer', (c) => c.notNull().references('actions.id').onDelete('cascade'))
      .addColumn('update_date', 'varchar(10)', (c) => c.notNull())
      .addColumn('text', 'text')
      .addColumn('rag', 'varchar(6)')
      .addColumn('status', 'varchar(12)')
      .addColumn('previous_due_date', 'varchar(10)')
      .addColumn('new_due_date', 'varchar(10)')
      .addColumn('slippage_reason', 'text')
      .addColumn('reported_by', 'varchar(200)')
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('created_by', 'varchar(100)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('action_updates_action').on('action_updates').columns(['action_id', 'update_date']).execute();

    await db.schema
      .createTable('action_evidence')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('action_id', 'integer', (c) => c.notNull().references('actions.id').onDelete('cascade'))
      .addColumn('kind', 'varchar(8)', (c) => c.notNull())
      .addColumn('file_name', 'varchar(260)')
      /** Relative to the data folder's evidence/ store. */
      .addColumn('stored_path', 'varchar(500)')
      .addColumn('sha256', 'varchar(64)')
      .addColumn('size_bytes', 'integer')
      .addColumn('url', 'varchar(2000)')
      .addColumn('added_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('added_by', 'varchar(100)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('action_evidence_action').on('action_evidence').column('action_id').execute();

    await db.schema
      .createTable('action_requests')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
      .addColumn('sent_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('method', 'varchar(10)', (c) => c.notNull())
      .addColumn('to_addresses', 'varchar(1000)', (c) => c.notNull())
      .addColumn('cc_addresses', 'varchar(1000)', (c) => c.notNull())
      .addColumn('subject', 'varchar(300)', (c) => c.notNull())
      .addColumn('action_count', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'varchar(100)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('action_requests_agency').on('action_requests').column('agency_id').execute();
  },
};

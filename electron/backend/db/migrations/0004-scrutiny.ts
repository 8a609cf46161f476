import type { Kysely } from 'kysely';
import type { Migration } from '../migrator';

// Scrutiny: challenge events (sampled questions, invited agencies, attendees), each cycle's common
// questions, and individual scrutiny meetings with attendees, answers, notes and reschedule history.
// Times are London wall-clock 'yyyy-mm-ddTHH:mm'; uid and sequence make .ics re-exports update, not duplicate.
export const migration0004: Migration = {
  version: 4,
  name: 'challenge events and scrutiny meetings',
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('challenge_events')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('cycle_id', 'integer', (c) => c.notNull().references('cycles.id').onDelete('cascade'))
      .addColumn('title', 'varchar(200)', (c) => c.notNull())
      .addColumn('event_date', 'varchar(10)', (c) => c.notNull())
      .addColumn('start_time', 'varchar(5)', (c) => c.notNull())
      .addColumn('end_time', 'varchar(5)', (c) => c.notNull())
      .addColumn('venue', 'varchar(300)')
      .addColumn('online_link', 'varchar(2000)')
      .addColumn('notes', 'text')
      .addColumn('uid', 'varchar(120)', (c) => c.notNull().unique())
      .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('challenge_events_cycle').on('challenge_events').columns(['cycle_id', 'event_date']).execute();

    await db.schema
      .createTable('challenge_questions')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('event_id', 'integer', (c) => c.notNull().references('challenge_events.id').onDelete('cascade'))
      .addColumn('target_key', 'varchar(24)', (c) => c.notNull())
      .addColumn('standard_id', 'integer', (c) => c.notNull().references('framework_standards.id'))
      .addColumn('item_id', 'integer', (c) => c.references('framework_items.id'))
      .addColumn('bring', 'text')
      .addColumn('discussion', 'text')
      .addColumn('good_practice', 'text')
      .addColumn('recommendations', 'text')
      .addColumn('sort_order', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('challenge_questions_event').on('challenge_questions').column('event_id').execute();

    await db.schema
      .createTable('challenge_agencies')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('event_id', 'integer', (c) => c.notNull().references('challenge_events.id').onDelete('cascade'))
      .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
      .addColumn('invited', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('brought_evidence', 'integer')
      .addColumn('evidence_kind', 'varchar(200)')
      .addColumn('notes', 'text')
      .addUniqueConstraint('challenge_agencies_unique', ['event_id', 'agency_id'])
      .execute();

    await db.schema
      .createTable('challenge_attendees')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('event_id', 'integer', (c) => c.notNull().references('challenge_events.id').onDelete('cascade'))
      .addColumn('contact_id', 'integer', (c) => c.references('contacts.id'))
      .addColumn('agency_id', 'integer', (c) => c.references('agencies.id'))
      .addColumn('attended', 'integer')
      .execute();
    await db.schema.createIndex('challenge_attendees_event').on('challenge_attendees').column('event_id').execute();

    await db.schema
      .createTable('common_questions')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('cycle_id', 'integer', (c) => c.notNull().references('cycles.id').onDelete('cascade'))
      .addColumn('text', 'varchar(1000)', (c) => c.notNull())
      .addColumn('sort_order', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('common_questions_cycle').on('common_questions').column('cycle_id').execute();

    await db.schema
      .createTable('meetings')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('cycle_id', 'integer', (c) => c.notNull().references('cycles.id').onDelete('cascade'))
      .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
      .addColumn('start_at', 'varchar(16)', (c) => c.notNull())
      .addColumn('end_at', 'varchar(16)', (c) => c.notNull())
      .addColumn('location', 'varchar(300)')
      .addColumn('online_link', 'varchar(2000)')
      .addColumn('status', 'varchar(12)', (c) => c.notNull())
      .addColumn('uid', 'varchar(120)', (c) => c.notNull().unique())
      .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('created_by', 'varchar(100)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('meetings_cycle').on('meetings').columns(['cycle_id', 'agency_id']).execute();
    await db.schema.createIndex('meetings_start').on('meetings').column('start_at').execute();

    await db.schema
      .createTable('meeting_attendees')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
      .addColumn('contact_id', 'integer', (c) => c.references('contacts.id'))
      .addColumn('role', 'varchar(12)', (c) => c.notNull())
      .addColumn('attended', 'integer')
      .execute();
    await db.schema.createIndex('meeting_attendees_meeting').on('meeting_attendees').column('meeting_id').execute();
    await db.schema.createIndex('meeting_attendees_contact').on('meeting_attendees').column('contact_id').execute();

    await db.schema
      .createTable('meeting_answers')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
      .addColumn('question_id', 'integer', (c) => c.notNull().references('common_questions.id').onDelete('cascade'))
      .addColumn('answer', 'text')
      .addUniqueConstraint('meeting_answers_unique', ['meeting_id', 'question_id'])
      .execute();

    await db.schema
      .createTable('meeting_notes')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
      .addColumn('item_key', 'varchar(60)', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addUniqueConstraint('meeting_notes_unique', ['meeting_id', 'item_key'])
      .execute();

    await db.schema
      .createTable('meeting_reschedules')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
      .addColumn('previous_start', 'varchar(16)', (c) => c.notNull())
      .addColumn('previous_end', 'varchar(16)', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('at', 'varchar(30)', (c) => c.notNull())
      .addColumn('by', 'varchar(100)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('meeting_reschedules_meeting').on('meeting_reschedules').column('meeting_id').execute();
  },
};

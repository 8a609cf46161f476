import type { Kysely } from 'kysely';
import type { Migration } from '../migrator';

// Themed multi-agency case-file audits: the programme, each audit's tool (questions and its own rating scale, kept
// in rating_scales like a framework's), the case sample by pseudonymous reference, one return per involved agency
// per case with its ratings, QA and chasers, risk flags, the moderation meeting, findings tagged with s11
// standards, recommendations (made into actions), and the dissemination log.
export const migration0006: Migration = {
  version: 6,
  name: 'multi-agency case-file audits',
  async up(db: Kysely<any>) {
    const text = (n: number) => `varchar(${n})` as const;
    await db.schema
      .createTable('case_audits')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('programme_year', text(9), (c) => c.notNull())
      .addColumn('theme', text(200), (c) => c.notNull())
      .addColumn('title', text(200), (c) => c.notNull())
      .addColumn('practice_from', text(10))
      .addColumn('practice_to', text(10))
      .addColumn('lead_group_id', 'integer', (c) => c.references('action_groups.id'))
      .addColumn('chair_contact_id', 'integer', (c) => c.references('contacts.id'))
      .addColumn('sample_agreed_by', text(10))
      .addColumn('returns_due', text(10))
      .addColumn('moderation_planned', text(10))
      .addColumn('report_due', text(10))
      .addColumn('status', text(12), (c) => c.notNull())
      .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('methodology', text(12), (c) => c.notNull())
      .addColumn('methodology_notes', 'text')
      .addColumn('notes', 'text')
      .addColumn('scale_id', 'integer', (c) => c.notNull().references('rating_scales.id'))
      .addColumn('theme_level_code', text(12))
      .addColumn('theme_summary', 'text')
      // The moderation meeting: one per audit, London wall-clock times; uid and sequence for its .ics.
      .addColumn('mod_start', text(16))
      .addColumn('mod_end', text(16))
      .addColumn('mod_location', text(300))
      .addColumn('mod_online_link', text(2000))
      .addColumn('mod_uid', text(120))
      .addColumn('mod_sequence', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('mod_held', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', text(30), (c) => c.notNull())
      .addColumn('updated_at', text(30), (c) => c.notNull())
      .execute();
    await db.schema.createIndex('case_audits_year').on('case_audits').columns(['programme_year', 'status']).execute();

    await db.schema
      .createTable('case_audit_attendees')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('audit_id', 'integer', (c) => c.notNull().references('case_audits.id').onDelete('cascade'))
      .addColumn('contact_id', 'integer', (c) => c.notNull().references('contacts.id'))
      .execute();
    await db.schema.createIndex('case_audit_attendees_unique').on('case_audit_attendees').columns(['audit_id', 'contact_id']).unique().execute();

    await db.schema
      .createTable('case_audit_questions')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('audit_id', 'integer', (c) => c.notNull().references('case_audits.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('area', text(30), (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('guidance', 'text')
      .execute();
    await db.schema.createIndex('case_audit_questions_audit').on('case_audit_questions').columns(['audit_id', 'position']).execute();

    await db.schema
      .createTable('case_audit_cases')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('audit_id', 'integer', (c) => c.notNull().references('case_audits.id').onDelete('cascade'))
      .addColumn('reference', text(40), (c) => c.notNull())
      .addColumn('summary', 'text')
      .addColumn('notes', 'text')
      .addColumn('judgement_code', text(12))
      .addColumn('judgement_note', 'text')
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('created_at', text(30), (c) => c.notNull())
      .addColumn('updated_at', text(30), (c) => c.notNull())
      .execute();
    // Compared case-blind by the service; the index keeps two references apart even under a race.
    await db.schema.createIndex('case_audit_cases_reference').on('case_audit_cases').columns(['audit_id', 'reference']).unique().execute();

    // One return per involved agency per case: the row is also what says the agency is involved.
    await db.schema
      .createTable('case_audit_returns')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('case_id', 'integer', (c) => c.notNull().references('case_audit_cases.id').onDelete('cascade'))
      .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
      .addColumn('status', text(12), (c) => c.notNull())
      .addColumn('issued_on', text(10))
      .addColumn('returned_on', text(10))
      .addColumn('sent_back_on', text(10))
      .addColumn('send_back_reason', text(20))
      .addColumn('send_back_note', 'text')
      .addColumn('resubmit_by', text(10))
      .addColumn('accepted_on', text(10))
      .addColumn('last_chased_on', text(10))
      .addColumn('narrative', 'text')
      .addColumn('good_practice', 'text')
      .addColumn('gaps', 'text')
      .addColumn('auditor', text(200))
      .addColumn('updated_at', text(30), (c) => c.notNull())
      .addColumn('updated_by', text(100), (c) => c.notNull())
      .execute();
    await db.schema.createIndex('case_audit_returns_unique').on('case_audit_returns').columns(['case_id', 'agency_id']).unique().execute();
    await db.schema.createIndex('case_audit_returns_status').on('case_audit_returns').columns(['status', 'agency_id']).execute();

    await db.schema
      .createTable('case_audit_ratings')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('return_id', 'integer', (c) => c.notNull().references('case_audit_returns.id').onDelete('cascade'))
      .addColumn('question_id', 'integer', (c) => c.notNull().references('case_audit_questions.id'))
      .addColumn('level_code', text(12))
      .addColumn('not_applicable', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('comment', 'text')
      .execute();
    await db.schema.createIndex('case_audit_ratings_unique').on('case_audit_ratings').columns(['return_id', 'question_id']).unique().execute();
    await db.schema.createIndex('case_audit_ratings_question').on('case_audit_ratings').column('question_id').execute();

    await db.schema
      .createTable('case_audit_return_files')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('return_id', 'integer', (c) => c.notNull().references('case_audit_returns.id').onDelete('cascade'))
      .addColumn('file_name', text(260), (c) => c.notNull())
      .addColumn('sha256', text(64), (c) => c.notNull())
      .addColumn('kind', text(8), (c) => c.notNull())
      .addColumn('imported_at', text(30), (c) => c.notNull())
      .addColumn('imported_by', text(100), (c) => c.notNull())
      .execute();
    await db.schema.createIndex('case_audit_return_files_return').on('case_audit_return_files').columns(['return_id', 'sha256']).execute();

    await db.schema
      .createTable('case_audit_chasers')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('return_id', 'integer', (c) => c.notNull().references('case_audit_returns.id').onDelete('cascade'))
      .addColumn('sent_at', text(30), (c) => c.notNull())
      .addColumn('method', text(10), (c) => c.notNull())
      .addColumn('to_addresses', text(1000), (c) => c.notNull())
      .addColumn('cc_addresses', text(1000), (c) => c.notNull())
      .addColumn('subject', text(300), (c) => c.notNull())
      .addColumn('created_by', text(100), (c) => c.notNull())
      .execute();
    await db.schema.createIndex('case_audit_chasers_return').on('case_audit_chasers').column('return_id').execute();

    await db.schema
      .createTable('case_audit_risk_flags')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('audit_id', 'integer', (c) => c.notNull().references('case_audits.id').onDelete('cascade'))
      .addColumn('case_id', 'integer', (c) => c.references('case_audit_cases.id'))
      .addColumn('return_id', 'integer', (c) => c.references('case_audit_returns.id'))
      .addColumn('agency_id', 'integer', (c) => c.references('agencies.id'))
      .addColumn('kind', text(20), (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('raised_on', text(10), (c) => c.notNull())
      .addColumn('raised_by', text(200), (c) => c.notNull())
      .addColumn('escalated_to', text(300))
      .addColumn('response', 'text')
      .addColumn('response_on', text(10))
      .addColumn('assurance', 'text')
      .addColumn('assurance_on', text(10))
      .addColumn('closed_on', text(10))
      .addColumn('closure_note', 'text')
      .addColumn('created_at', text(30), (c) => c.notNull())
      .addColumn('updated_at', text(30), (c) => c.notNull())
      .execute();
    await db.schema.createIndex('case_audit_risk_flags_open').on('case_audit_risk_flags').columns(['closed_on', 'raised_on']).execute();
    await db.schema.createIndex('case_audit_risk_flags_audit').on('case_audit_risk_flags').column('audit_id').execute();

    await db.schema
      .createTable('case_audit_findings')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('audit_id', 'integer', (c) => c.notNull().references('case_audits.id').onDelete('cascade'))
      .addColumn('kind', text(20), (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('case_id', 'integer', (c) => c.references('case_audit_cases.id'))
      .addColumn('agency_id', 'integer', (c) => c.references('agencies.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('case_audit_findings_audit').on('case_audit_findings').columns(['audit_id', 'position']).execute();

    await db.schema
      .createTable('case_audit_finding_standards')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('finding_id', 'integer', (c) => c.notNull().references('case_audit_findings.id').onDelete('cascade'))
      .addColumn('standard_id', 'integer', (c) => c.notNull().references('framework_standards.id'))
      .execute();
    await db.schema.createIndex('case_audit_finding_standards_unique').on('case_audit_finding_standards').columns(['finding_id', 'standard_id']).unique().execute();
    // caseEvidenceForStandards looks findings up by standard.
    await db.schema.createIndex('case_audit_finding_standards_standard').on('case_audit_finding_standards').column('standard_id').execute();

    await db.schema
      .createTable('case_audit_recommendations')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('audit_id', 'integer', (c) => c.notNull().references('case_audits.id').onDelete('cascade'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('owner_kind', text(12), (c) => c.notNull())
      .addColumn('group_id', 'integer', (c) => c.references('action_groups.id'))
      .addColumn('agency_id', 'integer', (c) => c.references('agencies.id'))
      .addColumn('due_date', text(10))
      .addColumn('priority', text(10), (c) => c.notNull())
      .addColumn('action_id', 'integer', (c) => c.references('actions.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('case_audit_recommendations_audit').on('case_audit_recommendations').columns(['audit_id', 'position']).execute();

    await db.schema
      .createTable('case_audit_disseminations')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('audit_id', 'integer', (c) => c.notNull().references('case_audits.id').onDelete('cascade'))
      .addColumn('event_date', text(10), (c) => c.notNull())
      .addColumn('channel', text(30), (c) => c.notNull())
      .addColumn('audience', text(300), (c) => c.notNull())
      .addColumn('notes', 'text')
      .addColumn('created_at', text(30), (c) => c.notNull())
      .addColumn('created_by', text(100), (c) => c.notNull())
      .execute();
    await db.schema.createIndex('case_audit_disseminations_audit').on('case_audit_disseminations').columns(['audit_id', 'event_date']).execute();
  },
};

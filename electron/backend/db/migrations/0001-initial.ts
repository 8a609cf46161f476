import { sql, type Kysely } from 'kysely';
import type { Migration } from '../migrator';

// Written with Kysely's schema builder so the same migration runs on PostgreSQL in team mode.
export const migration0001: Migration = {
  version: 1,
  name: 'initial: register, contacts, frameworks, audit log',
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('settings')
      .addColumn('key', 'varchar(100)', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sectors')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('code', 'varchar(60)', (c) => c.notNull().unique())
      .addColumn('name', 'varchar(80)', (c) => c.notNull())
      .addColumn('sort_order', 'integer', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();

    await db.schema
      .createTable('agencies')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('name', 'varchar(200)', (c) => c.notNull())
      .addColumn('sector_id', 'integer', (c) => c.notNull().references('sectors.id'))
      .addColumn('duty_s11', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('duty_s175', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('duty_childcare', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('school_urn', 'varchar(12)')
      .addColumn('ofsted_urn', 'varchar(12)')
      .addColumn('ods_code', 'varchar(12)')
      .addColumn('charity_number', 'varchar(12)')
      .addColumn('address_line1', 'varchar(200)')
      .addColumn('address_line2', 'varchar(200)')
      .addColumn('town', 'varchar(100)')
      .addColumn('postcode', 'varchar(10)')
      .addColumn('name_key', 'varchar(200)', (c) => c.notNull())
      .addColumn('notes', 'text')
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('deactivated_reason', 'varchar(500)')
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('agencies_name_key').on('agencies').columns(['name_key', 'postcode']).execute();
    await db.schema.createIndex('agencies_sector').on('agencies').column('sector_id').execute();
    // Identifiers are unique where present: an import must never create a second school with one URN.
    for (const col of ['school_urn', 'ofsted_urn', 'ods_code', 'charity_number']) {
      await db.schema
        .createIndex(`agencies_${col}`)
        .on('agencies')
        .column(col)
        .unique()
        .where(sql.ref(col), 'is not', null)
        .execute();
    }

    await db.schema
      .createTable('contacts')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('full_name', 'varchar(200)', (c) => c.notNull())
      .addColumn('job_title', 'varchar(200)')
      .addColumn('email', 'varchar(320)')
      .addColumn('phone', 'varchar(30)')
      .addColumn('organisation', 'varchar(200)')
      .addColumn('is_business_unit', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('is_scrutineer', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('notes', 'text')
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('contacts_email').on('contacts').column('email').execute();

    await db.schema
      .createTable('agency_contacts')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
      .addColumn('contact_id', 'integer', (c) => c.notNull().references('contacts.id'))
      .addColumn('role', 'varchar(40)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .addUniqueConstraint('agency_contacts_unique', ['agency_id', 'contact_id', 'role'])
      .execute();
    await db.schema.createIndex('agency_contacts_contact').on('agency_contacts').column('contact_id').execute();

    await db.schema
      .createTable('rating_scales')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('name', 'varchar(120)', (c) => c.notNull())
      .addColumn('kind', 'varchar(20)', (c) => c.notNull())
      .addColumn('higher_is_better', 'integer', (c) => c.notNull())
      .addColumn('allows_na', 'integer', (c) => c.notNull())
      .addColumn('na_label', 'varchar(40)', (c) => c.notNull())
      .addColumn('min_value', 'real')
      .addColumn('max_value', 'real')
      .addColumn('step', 'real')
      .execute();

    await db.schema
      .createTable('scale_levels')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('scale_id', 'integer', (c) => c.notNull().references('rating_scales.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('code', 'varchar(12)', (c) => c.notNull())
      .addColumn('label', 'varchar(80)', (c) => c.notNull())
      .addColumn('colour', 'varchar(7)', (c) => c.notNull())
      .addColumn('score', 'real', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('band_min', 'real')
      .addColumn('band_max', 'real')
      .execute();
    await db.schema.createIndex('scale_levels_scale').on('scale_levels').columns(['scale_id', 'position']).execute();

    await db.schema
      .createTable('frameworks')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('family_key', 'varchar(60)', (c) => c.notNull())
      .addColumn('name', 'varchar(200)', (c) => c.notNull())
      .addColumn('version_label', 'varchar(60)', (c) => c.notNull())
      .addColumn('version_number', 'integer', (c) => c.notNull())
      .addColumn('status', 'varchar(20)', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('duties', 'varchar(60)', (c) => c.notNull())
      .addColumn('rating_target', 'varchar(20)', (c) => c.notNull())
      .addColumn('standard_rollup', 'varchar(20)', (c) => c.notNull())
      .addColumn('wording_sectors', 'varchar(400)', (c) => c.notNull())
      .addColumn('scale_id', 'integer', (c) => c.notNull().references('rating_scales.id'))
      .addColumn('built_in', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('derived_from_id', 'integer', (c) => c.references('frameworks.id'))
      .addColumn('frozen_at', 'varchar(30)')
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
      .addUniqueConstraint('frameworks_family_version', ['family_key', 'version_number'])
      .execute();

    await db.schema
      .createTable('framework_standards')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('framework_id', 'integer', (c) => c.notNull().references('frameworks.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('number', 'varchar(12)', (c) => c.notNull())
      .addColumn('title', 'varchar(400)', (c) => c.notNull())
      .addColumn('guidance', 'text')
      .execute();
    await db.schema.createIndex('framework_standards_fw').on('framework_standards').columns(['framework_id', 'position']).execute();

    await db.schema
      .createTable('framework_items')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('standard_id', 'integer', (c) => c.notNull().references('framework_standards.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('number', 'varchar(12)', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('evidence_prompt', 'text')
      .addColumn('guidance', 'text')
      .execute();
    await db.schema.createIndex('framework_items_std').on('framework_items').columns(['standard_id', 'position']).execute();

    await db.schema
      .createTable('framework_item_wordings')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('item_id', 'integer', (c) => c.notNull().references('framework_items.id').onDelete('cascade'))
      .addColumn('sector_code', 'varchar(60)', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('evidence_prompt', 'text')
      .addUniqueConstraint('framework_item_wordings_unique', ['item_id', 'sector_code'])
      .execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('at', 'varchar(30)', (c) => c.notNull())
      .addColumn('user_name', 'varchar(100)', (c) => c.notNull())
      .addColumn('entity_type', 'varchar(40)', (c) => c.notNull())
      .addColumn('entity_id', 'integer', (c) => c.notNull())
      .addColumn('action', 'varchar(20)', (c) => c.notNull())
      .addColumn('summary', 'varchar(500)', (c) => c.notNull())
      .addColumn('changes', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity_type', 'entity_id']).execute();
  },
};

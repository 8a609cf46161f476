import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase, backupsDirFor, DatabaseDamagedError, openDatabase, type OpenedDatabase } from '../../electron/backend/db/open';
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from '../../electron/backend/db/migrations/index';
import { DatabaseTooNewError, migrate, MigrationError, type Migration } from '../../electron/backend/db/migrator';

const opened: OpenedDatabase[] = [];
const tempDb = () => join(mkdtempSync(join(tmpdir(), 'audit-desk-mig-')), 'audit-desk.sqlite');
const open = async (path: string) => {
  const o = await openDatabase(path);
  opened.push(o);
  return o;
};
afterEach(async () => {
  for (const o of opened.splice(0)) if (o.sqlite.open) await o.close();
});

describe('migration 0001 (initial)', () => {
  it('creates the register, framework and audit tables and records schema 1', async () => {
    const o = await openDatabase(tempDb(), { migrations: MIGRATIONS.slice(0, 1) });
    opened.push(o);
    expect(o.schemaVersion).toBe(1);
    expect(o.sqlite.pragma('user_version', { simple: true })).toBe(1);
    const tables = (o.sqlite.prepare("select name from sqlite_master where type='table' order by name").all() as { name: string }[]).map((t) => t.name);
    for (const t of ['agencies', 'agency_contacts', 'audit_log', 'contacts', 'framework_item_wordings', 'framework_items', 'framework_standards', 'frameworks', 'rating_scales', 'scale_levels', 'sectors', 'settings'])
      expect(tables).toContain(t);
  });

  it('turns on WAL and foreign keys', async () => {
    const o = await open(tempDb());
    expect(o.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(o.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => o.sqlite.prepare("insert into agencies (name, sector_id, name_key, created_at, updated_at) values ('x', 999, 'x', '', '')").run()).toThrow(/FOREIGN KEY/);
  });

  it('allows one agency per school URN but any number without one', async () => {
    const o = await open(tempDb());
    o.sqlite.prepare("insert into sectors (code, name, sort_order) values ('education', 'Education', 1)").run();
    const ins = o.sqlite.prepare("insert into agencies (name, sector_id, school_urn, name_key, created_at, updated_at) values (?, 1, ?, ?, '', '')");
    ins.run('A', null, 'a');
    ins.run('B', null, 'b');
    ins.run('C', '123456', 'c');
    expect(() => ins.run('D', '123456', 'd')).toThrow(/UNIQUE/);
  });
});

describe('migration 0002 (cycles and returns)', () => {
  it('upgrades a schema-1 database holding a register, keeping its rows', async () => {
    const path = tempDb();
    const v1 = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) });
    v1.sqlite.prepare("insert into sectors (code, name, sort_order) values ('health', 'Health', 1)").run();
    v1.sqlite.prepare("insert into agencies (name, sector_id, name_key, created_at, updated_at) values ('Trust', 1, 'trust', '', '')").run();
    await v1.close();
    const v2 = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 2) });
    opened.push(v2);
    expect(v2.schemaVersion).toBe(2);
    expect(v2.backupPath).not.toBeNull();
    expect(v2.sqlite.prepare('select name from agencies').all()).toEqual([{ name: 'Trust' }]);
    const tables = (v2.sqlite.prepare("select name from sqlite_master where type='table'").all() as { name: string }[]).map((t) => t.name);
    for (const t of ['cycles', 'cycle_agencies', 'answers', 'return_files', 'evidence_files', 'chasers']) expect(tables).toContain(t);
  });

  it('keeps one answer per target of a return, and one scope row per agency', async () => {
    const o = await open(tempDb());
    const db = o.sqlite;
    db.exec(`insert into sectors (code, name, sort_order) values ('health', 'Health', 1);
      insert into agencies (name, sector_id, name_key, created_at, updated_at) values ('Trust', 1, 'trust', '', '');
      insert into rating_scales (name, kind, higher_is_better, allows_na, na_label) values ('RAG', 'levels', 1, 0, 'N/A');
      insert into frameworks (family_key, name, version_label, version_number, status, duties, rating_target, standard_rollup, wording_sectors, scale_id, created_at, updated_at)
        values ('f', 'F', '1', 1, 'published', '', 'items', 'lowest', '', 1, '', '');
      insert into framework_standards (framework_id, position, number, title) values (1, 0, '1', 'S');
      insert into cycles (name, cycle_type, framework_id, period_label, status, chaser_subject, chaser_body, created_at, updated_at)
        values ('C', 's11', 1, '2024/25', 'open', 's', 'b', '', '');
      insert into cycle_agencies (cycle_id, agency_id, status, created_at, updated_at) values (1, 1, 'issued', '', '');`);
    expect(() => db.exec("insert into cycle_agencies (cycle_id, agency_id, status, created_at, updated_at) values (1, 1, 'issued', '', '')")).toThrow(/UNIQUE/);
    const ins = db.prepare("insert into answers (cycle_agency_id, target_key, standard_id, source, updated_at, updated_by) values (1, 's:1', 1, 'typed', '', 'x')");
    ins.run();
    expect(() => ins.run()).toThrow(/UNIQUE/);
    // Removing a cycle removes its scope and answers with it.
    db.exec('delete from cycles where id = 1');
    expect(db.prepare('select count(*) n from answers').get()).toEqual({ n: 0 });
  });
});

describe('migrator', () => {
  const extra = (up: Migration['up']): Migration[] => [...MIGRATIONS, { version: LATEST_SCHEMA_VERSION + 1, name: 'test', up }];

  it('backs up a database holding data before migrating it, with the data in the backup', async () => {
    const path = tempDb();
    const o = await open(path);
    o.sqlite.prepare("insert into settings (key, value) values ('probe', '42')").run();
    const result = await migrate(o.sqlite, o.db, extra(async (db) => {
      await db.schema.createTable('probe_table').addColumn('id', 'integer').execute();
    }), path, { backup: async () => {
      const target = join(backupsDirFor(path), 'manual.sqlite');
      (await import('node:fs')).mkdirSync(backupsDirFor(path), { recursive: true });
      await o.sqlite.backup(target);
      return target;
    } });
    expect(result.to).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(result.backupPath).not.toBeNull();
    const backup = new Database(result.backupPath!, { readonly: true });
    expect(backup.prepare("select value from settings where key='probe'").get()).toEqual({ value: '42' });
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    backup.close();
  });

  it('rolls a failing migration back whole and names the backup', async () => {
    const path = tempDb();
    const o = await open(path);
    const failing = extra(async (db: Kysely<any>) => {
      await db.schema.createTable('half_done').addColumn('id', 'integer').execute();
      await sql`select * from no_such_table`.execute(db);
    });
    const err = await migrate(o.sqlite, o.db, failing, path, { backup: async () => '/backups/x.sqlite' }).catch((e) => e);
    expect(err).toBeInstanceOf(MigrationError);
    expect(String(err.message)).toContain('/backups/x.sqlite');
    expect(o.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(o.sqlite.prepare("select count(*) n from sqlite_master where name='half_done'").get()).toEqual({ n: 0 });
    expect(o.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('refuses a migration that leaves foreign keys broken', async () => {
    const path = tempDb();
    const o = await open(path);
    const breaking = extra(async (db) => {
      await sql`insert into agency_contacts (agency_id, contact_id, role, created_at) values (77, 88, 'other', '')`.execute(db);
    });
    await expect(migrate(o.sqlite, o.db, breaking, path, { backup: async () => 'b' })).rejects.toThrow(/foreign key/);
    expect(o.sqlite.prepare('select count(*) n from agency_contacts').get()).toEqual({ n: 0 });
  });

  it('takes a real online backup in backups/ when openDatabase upgrades a file holding data', async () => {
    const path = tempDb();
    const o = await open(path);
    o.sqlite.prepare("insert into settings (key, value) values ('probe', 'kept')").run();
    await o.close();
    const next = await openDatabase(path, { migrations: extra(async (db) => { await db.schema.createTable('v2').addColumn('id', 'integer').execute(); }) });
    opened.push(next);
    expect(next.schemaVersion).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(next.backupPath).toMatch(/backups/);
    const backups = readdirSync(backupsDirFor(path));
    expect(backups).toHaveLength(1);
    const b = new Database(join(backupsDirFor(path), backups[0]!), { readonly: true });
    expect(b.prepare("select value from settings where key='probe'").get()).toEqual({ value: 'kept' });
    expect(b.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    b.close();
  });

  it('takes no backup when creating a new database', async () => {
    const path = tempDb();
    const o = await open(path);
    expect(o.backupPath).toBeNull();
    expect(existsSync(backupsDirFor(path))).toBe(false);
  });

  it('refuses a database from a newer version and leaves it untouched', async () => {
    const path = tempDb();
    const o = await open(path);
    o.sqlite.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    await o.close();
    const err = await openDatabase(path).catch((e) => e);
    expect(err).toBeInstanceOf(DatabaseTooNewError);
    expect(err.message).toMatch(/newer Audit Desk/);
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 5);
    raw.close();
  });

  it('reports a damaged file clearly, saying there are no backups when there are none', async () => {
    const path = tempDb();
    writeFileSync(path, Buffer.alloc(8192, 7));
    const err = await openDatabase(path).catch((e) => e);
    expect(err).toBeInstanceOf(DatabaseDamagedError);
    expect(err.message).toContain(`No backups were found in ${backupsDirFor(path)}`);
  });

  it('offers the backups by name, newest first, when the file is damaged', async () => {
    const path = tempDb();
    const o = await open(path);
    const older = await backupDatabase(o.sqlite, path, 'daily', new Date('2026-11-20T09:00:00Z'));
    await new Promise((r) => setTimeout(r, 20));
    const newer = await backupDatabase(o.sqlite, path, 'daily', new Date('2026-11-21T09:00:00Z'));
    await o.close();
    writeFileSync(path, Buffer.alloc(8192, 7));
    const err = await openDatabase(path).catch((e) => e);
    expect(err).toBeInstanceOf(DatabaseDamagedError);
    expect(err.backups).toEqual([newer, older]);
    expect(err.message.indexOf(newer)).toBeLessThan(err.message.indexOf(older));
  });

  it('detects corruption inside an otherwise valid file', async () => {
    const path = tempDb();
    const o = await open(path);
    const ins = o.sqlite.prepare("insert into settings (key, value) values (?, ?)");
    for (let i = 0; i < 2000; i++) ins.run(`k${i}`, 'x'.repeat(200));
    o.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await o.close();
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xff), 0, 4096, 4096 * 3);
    closeSync(fd);
    await expect(openDatabase(path)).rejects.toBeInstanceOf(DatabaseDamagedError);
    expect(existsSync(path)).toBe(true);
  });
});

describe('migration 0003 (action plans)', () => {
  it('upgrades a schema-2 database holding a cycle, keeping its rows and adding the action tables', async () => {
    const path = tempDb();
    const v2 = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 2) });
    v2.sqlite.prepare("insert into sectors (code, name, sort_order) values ('health', 'Health', 1)").run();
    v2.sqlite.prepare("insert into agencies (name, sector_id, name_key, created_at, updated_at) values ('Trust', 1, 'trust', '', '')").run();
    await v2.close();
    const v3 = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 3) });
    opened.push(v3);
    expect(v3.schemaVersion).toBe(3);
    expect(v3.backupPath).not.toBeNull();
    expect(v3.sqlite.prepare('select name from agencies').all()).toEqual([{ name: 'Trust' }]);
    const tables = (v3.sqlite.prepare("select name from sqlite_master where type='table'").all() as { name: string }[]).map((t) => t.name);
    for (const t of ['action_groups', 'actions', 'action_updates', 'action_evidence', 'action_requests']) expect(tables).toContain(t);
    const indexes = (v3.sqlite.prepare("select name from sqlite_master where type='index' and tbl_name='actions'").all() as { name: string }[]).map((t) => t.name);
    for (const i of ['actions_status_due', 'actions_agency', 'actions_group', 'actions_cycle', 'actions_owner', 'actions_completed']) expect(indexes).toContain(i);
  });

  it('keeps group names unique, refuses actions pointing at nothing, and takes updates and evidence away with their action', async () => {
    const o = await openDatabase(tempDb(), { migrations: MIGRATIONS.slice(0, 3) });
    opened.push(o);
    const db = o.sqlite;
    db.exec(`insert into action_groups (name, sort_order, created_at) values ('Executive', 1, '');
      insert into actions (kind, group_id, description, priority, status, original_due_date, due_date, source, created_on, created_at, created_by, updated_at)
        values ('partnership', 1, 'Do it', 'high', 'not_started', '2026-12-01', '2026-12-01', 'manual', '2026-11-22', '', 'x', '');
      insert into action_updates (action_id, update_date, text, created_at, created_by) values (1, '2026-11-22', 'Started', '', 'x');
      insert into action_evidence (action_id, kind, url, added_at, added_by) values (1, 'link', 'https://x.example', '', 'x');`);
    expect(() => db.exec("insert into action_groups (name, sort_order, created_at) values ('Executive', 2, '')")).toThrow(/UNIQUE/);
    expect(() =>
      db.exec(`insert into actions (kind, agency_id, description, priority, status, original_due_date, due_date, source, created_on, created_at, created_by, updated_at)
        values ('agency', 99, 'x', 'high', 'not_started', '2026-12-01', '2026-12-01', 'manual', '2026-11-22', '', 'x', '')`),
    ).toThrow(/FOREIGN KEY/);
    expect(db.prepare('select due_date_moves from actions').get()).toEqual({ due_date_moves: 0 });
    db.exec('delete from actions where id = 1');
    expect(db.prepare('select (select count(*) from action_updates) u, (select count(*) from action_evidence) e').get()).toEqual({ u: 0, e: 0 });
  });
});

describe('migration 0006 (case-file audits)', () => {
  it('upgrades a schema-5 database holding a register, keeping its rows, and adds the case-audit tables', async () => {
    const path = tempDb();
    const v5 = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 5) });
    v5.sqlite.prepare("insert into sectors (code, name, sort_order) values ('police', 'Police', 1)").run();
    v5.sqlite.prepare("insert into agencies (name, sector_id, name_key, created_at, updated_at) values ('Constabulary', 1, 'constabulary', '', '')").run();
    await v5.close();
    const v6 = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 6) });
    opened.push(v6);
    expect(v6.schemaVersion).toBe(6);
    expect(v6.backupPath).not.toBeNull();
    expect(v6.sqlite.prepare('select name from agencies').all()).toEqual([{ name: 'Constabulary' }]);
    const tables = (v6.sqlite.prepare("select name from sqlite_master where type='table'").all() as { name: string }[]).map((t) => t.name);
    for (const t of [
      'case_audits',
      'case_audit_attendees',
      'case_audit_questions',
      'case_audit_cases',
      'case_audit_returns',
      'case_audit_ratings',
      'case_audit_return_files',
      'case_audit_chasers',
      'case_audit_risk_flags',
      'case_audit_findings',
      'case_audit_finding_standards',
      'case_audit_recommendations',
      'case_audit_disseminations',
    ])
      expect(tables).toContain(t);
    const indexes = (v6.sqlite.prepare("select name from sqlite_master where type='index' and tbl_name='case_audit_finding_standards'").all() as { name: string }[]).map((t) => t.name);
    expect(indexes).toContain('case_audit_finding_standards_standard');
  });

  it('keeps one case per reference and one return per agency per case, and takes an audit’s parts away with it', async () => {
    const o = await openDatabase(tempDb(), { migrations: MIGRATIONS.slice(0, 6) });
    opened.push(o);
    const db = o.sqlite;
    db.exec(`insert into sectors (code, name, sort_order) values ('police', 'Police', 1);
      insert into agencies (name, sector_id, name_key, created_at, updated_at) values ('Constabulary', 1, 'constabulary', '', '');
      insert into rating_scales (name, kind, higher_is_better, allows_na, na_label) values ('Four point', 'levels', 1, 1, 'Not applicable');
      insert into case_audits (programme_year, theme, title, status, methodology, scale_id, created_at, updated_at) values ('2026/27', 'Neglect', 'Neglect', 'planned', 'deep_dive', 1, '', '');
      insert into case_audit_questions (audit_id, position, area, text) values (1, 0, 'timeliness', 'Timely?');
      insert into case_audit_cases (audit_id, reference, position, created_at, updated_at) values (1, 'C1', 0, '', '');
      insert into case_audit_returns (case_id, agency_id, status, updated_at, updated_by) values (1, 1, 'issued', '', 'x');
      insert into case_audit_ratings (return_id, question_id, level_code) values (1, 1, 'G');`);
    expect(db.prepare('select urgent, mod_sequence, mod_held from case_audits').get()).toEqual({ urgent: 0, mod_sequence: 0, mod_held: 0 });
    expect(() => db.exec("insert into case_audit_cases (audit_id, reference, position, created_at, updated_at) values (1, 'C1', 1, '', '')")).toThrow(/UNIQUE/);
    expect(() => db.exec("insert into case_audit_returns (case_id, agency_id, status, updated_at, updated_by) values (1, 1, 'issued', '', 'x')")).toThrow(/UNIQUE/);
    expect(() => db.exec("insert into case_audit_returns (case_id, agency_id, status, updated_at, updated_by) values (1, 99, 'issued', '', 'x')")).toThrow(/FOREIGN KEY/);
    db.exec('delete from case_audits where id = 1');
    expect(db.prepare('select (select count(*) from case_audit_cases) c, (select count(*) from case_audit_returns) r, (select count(*) from case_audit_questions) q, (select count(*) from case_audit_ratings) x').get()).toEqual({ c: 0, r: 0, q: 0, x: 0 });
  });
});

describe('migration 0005 (board paper drafts)', () => {
  it('upgrades a schema-4 database holding a cycle, keeping its rows, and adds the board paper tables', async () => {
    const path = tempDb();
    const v4 = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 4) });
    v4.sqlite.exec(`insert into rating_scales (name, kind, higher_is_better, allows_na, na_label) values ('RAG', 'levels', 1, 1, 'Not applicable');
      insert into frameworks (family_key, name, version_label, version_number, status, duties, rating_target, standard_rollup, wording_sectors, scale_id, built_in, created_at, updated_at)
        values ('f', 'F', '1', 1, 'published', '[]', 'items', 'lowest', '[]', 1, 0, '', '');
      insert into cycles (name, cycle_type, framework_id, period_label, status, historical, chaser_subject, chaser_body, created_at, updated_at)
        values ('S.11 audit 2024', 's11', 1, '2024/25', 'open', 0, 's', 'b', '', '');`);
    await v4.close();
    const v5 = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 5) });
    opened.push(v5);
    expect(v5.schemaVersion).toBe(5);
    expect(v5.backupPath).not.toBeNull();
    expect(v5.sqlite.prepare('select name from cycles').all()).toEqual([{ name: 'S.11 audit 2024' }]);
    const columns = (table: string) => (v5.sqlite.prepare(`select name from pragma_table_info('${table}')`).all() as { name: string }[]).map((c) => c.name);
    expect(columns('board_papers')).toEqual(['id', 'cycle_id', 'header_values', 'created_at', 'updated_at', 'updated_by']);
    expect(columns('board_paper_sections')).toEqual([
      'id', 'paper_id', 'section_key', 'title', 'position', 'level', 'hidden', 'builtin',
      'edited_text', 'edited_fingerprint', 'edited_facts', 'edited_at', 'edited_by',
    ]);
  });

  it('keeps one paper per cycle and one section per key, and takes a paper away with its cycle', async () => {
    const o = await openDatabase(tempDb(), { migrations: MIGRATIONS.slice(0, 5) });
    opened.push(o);
    const db = o.sqlite;
    db.exec(`insert into rating_scales (name, kind, higher_is_better, allows_na, na_label) values ('RAG', 'levels', 1, 1, 'Not applicable');
      insert into frameworks (family_key, name, version_label, version_number, status, duties, rating_target, standard_rollup, wording_sectors, scale_id, built_in, created_at, updated_at)
        values ('f', 'F', '1', 1, 'published', '[]', 'items', 'lowest', '[]', 1, 0, '', '');
      insert into cycles (name, cycle_type, framework_id, period_label, status, historical, chaser_subject, chaser_body, created_at, updated_at)
        values ('S.11 audit 2024', 's11', 1, '2024/25', 'open', 0, 's', 'b', '', '');
      insert into board_papers (cycle_id, created_at, updated_at, updated_by) values (1, '', '', 'x');
      insert into board_paper_sections (paper_id, section_key, position, builtin) values (1, 'purpose', 0, 1);`);
    expect(db.prepare('select header_values from board_papers').get()).toEqual({ header_values: '{}' });
    expect(db.prepare('select level, hidden, edited_text from board_paper_sections').get()).toEqual({ level: 1, hidden: 0, edited_text: null });
    expect(() => db.exec("insert into board_papers (cycle_id, created_at, updated_at, updated_by) values (1, '', '', 'x')")).toThrow(/UNIQUE/);
    expect(() => db.exec("insert into board_paper_sections (paper_id, section_key, position, builtin) values (1, 'purpose', 1, 1)")).toThrow(/UNIQUE/);
    expect(() => db.exec("insert into board_papers (cycle_id, created_at, updated_at, updated_by) values (99, '', '', 'x')")).toThrow(/FOREIGN KEY/);
    db.exec('delete from cycles where id = 1');
    expect(db.prepare('select (select count(*) from board_papers) p, (select count(*) from board_paper_sections) s').get()).toEqual({ p: 0, s: 0 });
  });
});

describe('migration 0007 (return summaries)', () => {
  it('upgrades a schema-6 database holding answers, keeping them, and adds the derived tables empty', async () => {
    const path = tempDb();
    const v6 = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 6) });
    v6.sqlite.exec(`insert into rating_scales (name, kind, higher_is_better, allows_na, na_label) values ('RAG', 'levels', 1, 1, 'Not applicable');
      insert into frameworks (family_key, name, version_label, version_number, status, duties, rating_target, standard_rollup, wording_sectors, scale_id, built_in, created_at, updated_at)
        values ('f', 'F', '1', 1, 'published', '[]', 'items', 'lowest', '[]', 1, 0, '', '');
      insert into framework_standards (framework_id, number, title, position) values (1, '1', 'Leadership', 0);
      insert into sectors (code, name, sort_order) values ('health', 'Health', 0);
      insert into agencies (name, name_key, sector_id, active, created_at, updated_at) values ('Moorside Trust', 'moorside trust', 1, 1, '', '');
      insert into cycles (name, cycle_type, framework_id, period_label, status, historical, chaser_subject, chaser_body, created_at, updated_at)
        values ('S.11 audit 2024', 's11', 1, '2024/25', 'open', 0, 's', 'b', '', '');
      insert into cycle_agencies (cycle_id, agency_id, status, carried_forward, created_at, updated_at) values (1, 1, 'returned', 0, '', '');
      insert into answers (cycle_agency_id, target_key, standard_id, self_code, self_na, carried_forward, source, updated_at, updated_by) values (1, 's:1', 1, 'G', 0, 0, 'typed', '', 'x');`);
    await v6.close();
    const v7 = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 7) });
    opened.push(v7);
    expect(v7.schemaVersion).toBe(7);
    expect(v7.backupPath).not.toBeNull();
    expect(v7.sqlite.prepare('select self_code from answers').all()).toEqual([{ self_code: 'G' }]);
    const columns = (table: string) => (v7.sqlite.prepare(`select name from pragma_table_info('${table}')`).all() as { name: string }[]).map((c) => c.name);
    expect(columns('return_standards')).toEqual(['cycle_agency_id', 'standard_id', 'cycle_id', 'self_code', 'self_score', 'self_na', 'mod_code', 'mod_score', 'mod_na', 'moderated']);
    expect(columns('return_progress')).toEqual(['cycle_agency_id', 'cycle_id', 'answered', 'over_optimistic', 'underscored', 'weak']);
    // Built from the answers when the backend opens (ensureReturnSummaries), not by the migration.
    expect(v7.sqlite.prepare('select count(*) n from return_progress').get()).toEqual({ n: 0 });
    const db = v7.sqlite;
    db.exec(`insert into return_standards (cycle_agency_id, standard_id, cycle_id, self_code) values (1, 1, 1, 'G');
      insert into return_progress (cycle_agency_id, cycle_id, answered, over_optimistic, underscored, weak) values (1, 1, 1, 0, 0, 0);`);
    expect(() => db.exec("insert into return_standards (cycle_agency_id, standard_id, cycle_id) values (1, 1, 1)")).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.exec("insert into return_progress (cycle_agency_id, cycle_id, answered, over_optimistic, underscored, weak) values (1, 1, 0, 0, 0, 0)")).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.exec("insert into return_standards (cycle_agency_id, standard_id, cycle_id) values (99, 1, 1)")).toThrow(/FOREIGN KEY/);
    // A return taken out of scope takes its derived rows with it.
    db.exec('delete from cycle_agencies where id = 1');
    expect(db.prepare('select (select count(*) from return_standards) s, (select count(*) from return_progress) p').get()).toEqual({ s: 0, p: 0 });
  });
});

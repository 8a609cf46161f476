import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError, runCli } from '../../electron/backend/cli/main';
import { formatRows } from '../../electron/backend/cli/format';

const run = async (...args: string[]) => {
  let out = '';
  const code = await runCli(args, (s) => (out += s));
  return { code, out };
};

describe('command line', () => {
  const data = mkdtempSync(join(tmpdir(), 'audit-desk-cli-'));

  it('creates the demo database and lists agencies as CSV', async () => {
    const init = await run('init', '--data', data);
    expect(init.code).toBe(0);
    expect(init.out).toContain('Northmoor Safeguarding Children Partnership');
    const list = await run('agencies', 'list', '--data', data, '--format', 'csv', '--search', 'moorside');
    expect(list.out.split('\r\n')[0]).toBe('id,name,sector,duties,urn,postcode,lead,active');
    expect(list.out).toMatch(/Moorside Primary School/);
    expect(list.out).not.toMatch(/Northmoor Police/);
  });

  it('refuses a file with a bad row, lists the row and column, and imports nothing', async () => {
    const file = join(data, 'new.csv');
    writeFileSync(file, 'Name,Sector,Postcode,DSL email\nGood Nursery,Early years,NM1 1AA,a@b.org\nBad Nursery,Early years,NM1 1AB,not-an-email\n');
    const before = JSON.parse((await run('agencies', 'list', '--data', data, '--format', 'json')).out).length;
    const r = await run('agencies', 'import', file, '--data', data);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/row 3, column DSL email/i);
    expect(r.out).toContain('Nothing was imported');
    expect(JSON.parse((await run('agencies', 'list', '--data', data, '--format', 'json')).out).length).toBe(before);
  });

  it('imports a good file and writes the register and exports', async () => {
    const file = join(data, 'good.csv');
    writeFileSync(file, 'Name,Sector,Postcode\nHarbour Lights Nursery,Early years,NM1 1AA\n');
    const r = await run('agencies', 'import', file, '--data', data);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Imported: 1 new');
    const docx = join(data, 'register.docx');
    expect((await run('report', 'register', docx, '--data', data)).code).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const xlsx = join(data, 'agencies.xlsx');
    await run('agencies', 'export', xlsx, '--data', data);
    expect(existsSync(xlsx)).toBe(true);
    const fw = join(data, 'fw.json');
    await run('frameworks', 'export', '1', fw, '--data', data);
    expect(JSON.parse(readFileSync(fw, 'utf8')).standards.length).toBeGreaterThan(0);
  });

  it('says what is wrong with an unknown command', async () => {
    await expect(run('agencies', 'explode', '--data', data)).rejects.toBeInstanceOf(CliError);
    expect((await run('--help')).out).toContain('Usage: npm run cli');
  });
});

describe('CLI output formats', () => {
  it('neutralises spreadsheet formulas in CSV and quotes commas', () => {
    const csv = formatRows([{ name: '=HYPERLINK("x")', note: 'a, b' }], 'csv');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"a, b"');
  });
  it('aligns text columns', () => {
    const t = formatRows([{ a: 'x', b: 'long value' }, { a: 'yyyy', b: 'z' }], 'text').split('\n');
    expect(t[0]!.indexOf('b')).toBe(t[2]!.indexOf('long'));
  });
});

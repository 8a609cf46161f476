import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliFailure, runCommand } from '../helpers/cli';

const run = runCommand;
const failure = cliFailure;

describe('cycle commands', () => {
  const data = mkdtempSync(join(tmpdir(), 'audit-desk-cycle-cli-'));
  const spec = (name: string, body: unknown) => {
    const file = join(data, name);
    writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body, null, 2));
    return file;
  };
  // Deadlines long past, so every agency in scope is overdue whatever today is.
  const good = {
    name: 'CLI S.11 Audit 2020',
    cycleType: 's11',
    frameworkFamily: 'compact-audit',
    versionLabel: '2023',
    periodLabel: '2019/20',
    launchDate: '2020-01-06',
    initialDeadline: '2020-02-28',
    finalDeadline: '2020-03-31',
    scope: { sectors: ['police', 'Fire and rescue'], duties: ['s11'] },
  };
  let cycleId = 0;
  let expectedScope = 0;

  beforeAll(async () => {
    await run('init', '--data', data);
    const agencies = JSON.parse((await run('agencies', 'list', '--data', data, '--format', 'json')).out) as Array<{ sector: string; duties: string }>;
    expectedScope = agencies.filter((a) => ['Police', 'Fire and rescue'].includes(a.sector) && a.duties.split(' ').includes('s11')).length;
  });

  it('opens a cycle from a JSON spec, scoped by sector and duty', async () => {
    expect(expectedScope).toBeGreaterThan(0);
    const r = await run('cycles', 'open', spec('good.json', good), '--data', data);
    expect(r.code).toBe(0);
    const m = /Opened cycle (\d+): CLI S\.11 Audit 2020 on .* \(2023\), open, (\d+) agencies in scope/.exec(r.out);
    expect(m).not.toBeNull();
    cycleId = Number(m![1]);
    expect(Number(m![2])).toBe(expectedScope);
    const list = JSON.parse((await run('cycles', 'list', '--data', data, '--format', 'json')).out) as Array<Record<string, unknown>>;
    expect(list.find((c) => c.id === cycleId)).toMatchObject({ name: 'CLI S.11 Audit 2020', status: 'open', inScope: expectedScope, returned: 0, initialDeadline: '2020-02-28' });
  });

  it('names the file and the field when the spec is wrong, and creates nothing', async () => {
    const before = (await run('cycles', 'list', '--data', data, '--format', 'json')).out;
    const { name: _n, ...noName } = good;
    expect(await failure('cycles', 'open', spec('no-name.json', noName), '--data', data)).toMatch(/no-name\.json, name: /);
    expect(await failure('cycles', 'open', spec('sector.json', { ...good, scope: { sectors: ['polis'] } }), '--data', data)).toMatch(
      /sector\.json, scope\.sectors\.0: no sector "polis"; sectors are .*police/,
    );
    expect(await failure('cycles', 'open', spec('dates.json', { ...good, finalDeadline: '2020-02-01' }), '--data', data)).toContain(
      'dates.json, finalDeadline: the final deadline is before the initial deadline',
    );
    expect(await failure('cycles', 'open', spec('version.json', { ...good, versionLabel: '1999' }), '--data', data)).toMatch(/version\.json, versionLabel: compact-audit has no version "1999"/);
    expect(await failure('cycles', 'open', spec('date-format.json', { ...good, launchDate: '06/01/2020' }), '--data', data)).toContain('date-format.json, launchDate: a date is yyyy-mm-dd');
    expect(await failure('cycles', 'open', spec('broken.json', '{ "name": '), '--data', data)).toMatch(/broken\.json, \(top level\): not valid JSON/);
    expect(await failure('cycles', 'open', spec('empty.json', { ...good, scope: { agencyIds: [] } }), '--data', data)).toContain('empty.json, scope: selects no agencies');
    expect((await run('cycles', 'list', '--data', data, '--format', 'json')).out).toBe(before);
  });

  it('prints the returns summary as text and JSON', async () => {
    const text = await run('returns', 'summary', '--cycle', String(cycleId), '--data', data);
    expect(text.out).toContain(`Agencies in scope: ${expectedScope}`);
    expect(text.out).toContain(`Returned by the initial deadline (28 February 2020): 0 of ${expectedScope} (0%)`);
    expect(text.out).toMatch(/Not issued\s+\d+\s+100%/);
    expect(text.out).toContain(`Overdue: ${expectedScope}`);
    const json = JSON.parse((await run('returns', 'summary', '--cycle', String(cycleId), '--data', data, '--format', 'json')).out);
    expect(json).toMatchObject({ cycle: { id: cycleId }, inScope: expectedScope, rates: { today: { count: 0, of: expectedScope, percent: 0 } } });
    expect(json.overdue).toHaveLength(expectedScope);
    expect(await failure('returns', 'summary', '--data', data)).toContain('--cycle ID');
  });

  it('writes reminder drafts for the overdue agencies into a folder', async () => {
    const folder = join(data, 'reminders');
    const r = await run('chasers', 'create', '--cycle', String(cycleId), '--folder', folder, '--data', data);
    expect(r.code).toBe(0);
    const files = readdirSync(folder);
    expect(files.length).toBeGreaterThan(0);
    expect(r.out).toContain(`Wrote ${files.length} reminder drafts`);
    expect(files.every((n) => n.endsWith(' - reminder.eml'))).toBe(true);
    expect(readFileSync(join(folder, files[0]!), 'utf8')).toMatch(/^X-Unsent: 1\r\n/);
    const json = JSON.parse((await run('returns', 'summary', '--cycle', String(cycleId), '--data', data, '--format', 'json')).out);
    expect(json.overdue.filter((o: { lastChasedOn: string | null }) => o.lastChasedOn !== null)).toHaveLength(files.length);
  });
});

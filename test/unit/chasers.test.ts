import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/backend/errors';
import { windowsFileName, uniqueFileNames } from '../../electron/backend/io/windows-file-name';
import { chaserDrafts, createChasers } from '../../electron/backend/services/chasers';
import { createCycle, updateCycle } from '../../electron/backend/services/cycles';
import { listHistory } from '../../electron/backend/services/history';
import { listReturns } from '../../electron/backend/services/returns-board';
import { call } from '../helpers/backend';
import { readEml } from '../helpers/eml';
import { trackerFixture } from '../helpers/tracker-fixtures';

type Fixture = Awaited<ReturnType<typeof trackerFixture>>;
let f: Fixture;
afterEach(async () => {
  await f?.b.close();
});

async function chaseFixture() {
  f = await trackerFixture();
  const { ids } = f;
  const c = await createCycle(f.ctx.db, f.ctx, f.cycleInput(), [ids.alder, ids.birch, ids.cedar, ids.damson, ids.elm]);
  const ca = Object.fromEntries(await Promise.all(Object.entries(ids).filter(([k]) => k !== 'closed').map(async ([k, id]) => [k, await f.cycleAgencyId(c.id, id)] as const)));
  return { c, ca };
}

describe('chaser drafts', () => {
  it('fills the template and addresses the lead, copying the deputy; says why when it cannot', async () => {
    const { c, ca } = await chaseFixture();
    const drafts = await chaserDrafts(f.ctx.db, c.id, [ca.alder!, ca.cedar!, ca.damson!]);
    const alder = drafts.find((d) => d.agencyName === 'Alder Primary School')!;
    expect(alder).toMatchObject({ to: ['jane.hollins@alder.example'], cc: ['kate.morrow@alder.example'], problem: null });
    expect(alder.subject).toBe('Reminder: S.11 Self-Assessment Audit 2026 self-assessment due 27 March 2026');
    expect(alder.body).toMatch(/^Dear Jane Hollins,/);
    expect(alder.body).toContain('for Alder Primary School was due on 27 March 2026');
    expect(alder.body).toContain('The final date for returns is 24 April 2026.');
    expect(alder.body).toContain('Pat Officer, Partnership Business Manager\nNorthmoor Safeguarding Children Partnership');
    expect(alder.body).not.toMatch(/\{\w+\}/);
    expect(alder.mailto).toMatch(/^mailto:jane\.hollins@alder\.example\?cc=kate\.morrow@alder\.example&subject=Reminder%3A%20S\.11/);
    expect(decodeURIComponent(alder.mailto!.split('body=')[1]!)).toBe(alder.body.replace(/\n/g, '\r\n'));
    const cedar = drafts.find((d) => d.agencyName === 'Cedar Police')!;
    expect(cedar).toMatchObject({ to: [], mailto: null, problem: 'Karen Blythe, the safeguarding lead of Cedar Police, has no email address in the register.' });
    expect(drafts.find((d) => d.agencyName === 'Damson Housing')!.problem).toBe('Damson Housing has no safeguarding lead in the register; add one with an email address.');
  });

  it('uses an edited template, leaving unknown placeholders visible', async () => {
    const { c, ca } = await chaseFixture();
    await updateCycle(f.ctx.db, f.ctx, c.id, { chaserTemplate: { subject: '{partnership}: {agency} overdue', body: 'Hello {lead}, final date {finalDeadline}. {oops}' } });
    const [d] = await call(f.b, 'chasers.drafts', { cycleId: c.id, cycleAgencyIds: [ca.birch] });
    expect(d).toMatchObject({ subject: 'Northmoor Safeguarding Children Partnership: Birch Health Trust overdue', body: 'Hello Sam Patel, final date 24 April 2026. {oops}', cc: [] });
  });

  it('refuses returns from another cycle', async () => {
    const { c } = await chaseFixture();
    const other = await createCycle(f.ctx.db, f.ctx, f.cycleInput({ name: 'Other' }), [f.ids.alder]);
    const stranger = await f.cycleAgencyId(other.id, f.ids.alder);
    await expect(chaserDrafts(f.ctx.db, c.id, [stranger])).rejects.toThrow(`Return ${stranger} is not part of S.11 Self-Assessment Audit 2026.`);
  });
});

describe('creating chasers', () => {
  it('writes one Outlook draft per agency to the folder and records the chase', async () => {
    const { c, ca } = await chaseFixture();
    const folder = join(f.b.dataDir, 'chasers');
    const r = await createChasers(f.ctx.db, f.ctx, c.id, [ca.alder!, ca.elm!, ca.cedar!], 'eml', folder);
    expect(r.recorded).toBe(2);
    expect(r.files).toEqual([]);
    expect(r.skipped).toEqual([{ cycleAgencyId: ca.cedar, agencyName: 'Cedar Police', problem: expect.stringContaining('no email address') }]);
    expect(readdirSync(folder).sort()).toEqual(['Alder Primary School - reminder.eml', 'Elm Nursery- Main-Annex site. - reminder.eml']);
    expect(r.paths.map((p) => p.slice(folder.length + 1)).sort()).toEqual(readdirSync(folder).sort());

    const raw = readFileSync(join(folder, 'Alder Primary School - reminder.eml'), 'utf8');
    expect(raw).toContain('\r\n');
    const { headers, body } = readEml(raw);
    expect(headers['x-unsent']).toBe('1');
    expect(headers.to).toBe('jane.hollins@alder.example');
    expect(headers.cc).toBe('kate.morrow@alder.example');
    expect(headers.from).toBe('Pat Officer <pat.officer@northmoor-scp.example>');
    expect(headers.subject).toBe('Reminder: S.11 Self-Assessment Audit 2026 self-assessment due 27 March 2026');
    expect(headers['content-type']).toMatch(/text\/plain; charset=utf-8/i);
    expect(body).toContain('was due on 27 March 2026');
    expect(body).toContain('Dear Jane Hollins,');

    const chasers = await f.ctx.db.selectFrom('chasers').selectAll().orderBy('id').execute();
    expect(chasers.map((x) => [x.cycle_agency_id, x.method, x.to_addresses, x.cc_addresses, x.created_by])).toEqual([
      [ca.alder, 'eml', 'jane.hollins@alder.example', 'kate.morrow@alder.example', 'tester'],
      [ca.elm, 'eml', 'ruth@elm.example', '', 'tester'],
    ]);
    const rows = await listReturns(f.ctx.db, c.id, '2026-03-30');
    const by = (n: string) => rows.find((x) => x.agencyName.startsWith(n))!;
    expect(by('Alder')).toMatchObject({ lastChasedOn: '2026-03-30', chaserCount: 1 });
    expect(by('Cedar')).toMatchObject({ lastChasedOn: null, chaserCount: 0 });
    const h = await listHistory(f.ctx.db, 'return', ca.alder!);
    expect(h[0]).toMatchObject({ action: 'create', summary: 'Reminder to Alder Primary School (.eml draft) to jane.hollins@alder.example' });
  });

  it('returns the drafts as files when no folder is given, through the API', async () => {
    const { c, ca } = await chaseFixture();
    const r = await call(f.b, 'chasers.create', { cycleId: c.id, cycleAgencyIds: [ca.birch], method: 'eml' });
    expect(r.paths).toEqual([]);
    expect(r.files).toHaveLength(1);
    expect(r.files[0]).toMatchObject({ fileName: 'Birch Health Trust - reminder.eml', mimeType: 'message/rfc822' });
    const { headers } = readEml(Buffer.from(r.files[0].contentBase64, 'base64').toString('utf8'));
    expect(headers).toMatchObject({ 'x-unsent': '1', to: 'sam.patel@birch.example' });
    expect(headers.cc).toBeUndefined();
  });

  it('records mailto chasers without making files', async () => {
    const { c, ca } = await chaseFixture();
    const r = await createChasers(f.ctx.db, f.ctx, c.id, [ca.birch!], 'mailto');
    expect(r).toMatchObject({ files: [], paths: [], recorded: 1 });
    expect(r.links[0]).toMatch(/^mailto:sam\.patel@birch\.example\?subject=/);
    expect((await f.ctx.db.selectFrom('chasers').select('method').execute()).map((x) => x.method)).toEqual(['mailto']);
  });

  it('makes no file and records nothing when no chosen agency has a lead email', async () => {
    const { c, ca } = await chaseFixture();
    const folder = join(f.b.dataDir, 'none');
    const err = await createChasers(f.ctx.db, f.ctx, c.id, [ca.cedar!, ca.damson!], 'eml', folder).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).details.map((d) => d.message)).toEqual([
      'Karen Blythe, the safeguarding lead of Cedar Police, has no email address in the register.',
      'Damson Housing has no safeguarding lead in the register; add one with an email address.',
    ]);
    expect(() => readdirSync(folder)).toThrow();
    expect(await f.ctx.db.selectFrom('chasers').select('id').execute()).toEqual([]);
  });
});

describe('file names for Windows', () => {
  it('replaces forbidden characters, avoids reserved names and keeps names unique', () => {
    expect(windowsFileName('Elm Nursery: Main/Annex site.', '.eml')).toBe('Elm Nursery- Main-Annex site.eml');
    expect(windowsFileName('CON', '.eml')).toBe('_CON.eml');
    expect(windowsFileName('a'.repeat(300), '.eml')).toHaveLength(120);
    expect(uniqueFileNames(['A.eml', 'a.eml', 'A.eml'])).toEqual(['A.eml', 'a (2).eml', 'A (3).eml']);
  });
});

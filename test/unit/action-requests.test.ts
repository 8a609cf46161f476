import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActionRequestDraft } from '../../shared/domain/action';
import { listHistory } from '../../electron/backend/services/history';
import { actionFileFixture, loadWorkbook, type ActionFileFixture } from '../helpers/action-file-fixture';
import { call } from '../helpers/backend';
import { readEml } from '../helpers/eml';

// Requests for updates: which agencies get one, what it says, the .eml drafts (with the agency's workbook
// attached), mailto links, and the record kept of each request.

let f: ActionFileFixture;
afterEach(async () => {
  await f?.b.close();
});

describe('request drafts', () => {
  it('lists agencies with actions overdue or due within the window, addressed to the lead with the deputy copied', async () => {
    f = await actionFileFixture();
    const { a1, a2, b1, c1, d1 } = f.actions;
    const drafts = await call<ActionRequestDraft[]>(f.b, 'actions.requestDrafts', {});
    expect(drafts.map((d) => [d.agencyName, d.actionIds, d.problem])).toEqual([
      ['Alder Primary School', [a1.id, a2.id], null],
      ['Birch Health Trust', [b1.id], null],
      ['Cedar Police', [c1.id], 'Karen Blythe, the safeguarding lead of Cedar Police, has no email address in the register.'],
      ['Damson Housing', [d1.id], 'Damson Housing has no safeguarding lead in the register; add one with an email address.'],
    ]);
    const alder = drafts[0]!;
    expect(alder).toMatchObject({ to: ['jane.hollins@alder.example'], cc: ['kate.morrow@alder.example'], lastRequestedAt: null });
    expect(alder.subject).toBe('Update requested: Alder Primary School actions for the Northmoor Safeguarding Children Partnership');
    expect(alder.body).toContain('Dear Jane Hollins,\n\nWe are asking for an update on the 2 actions agreed with Alder Primary School that are overdue or due by 22 December 2026:');
    expect(alder.body).toContain(`- ${a1.reference} (standard 1): Audit safer recruitment files for all staff\n  Due 1 November 2026, overdue by 21 days. Status: Not started; no update yet.`);
    expect(alder.body).toContain(`- ${a2.reference}: Refresh safeguarding training for bank staff\n  Due 10 December 2026. Status: Not started; last update 10 November 2026.`);
    expect(alder.body).toContain('the attached workbook');
    expect(alder.body).toContain('We would be grateful for your update by 6 December 2026.');
    expect(alder.body).toContain('Pat Officer, Partnership Business Manager\nNorthmoor Safeguarding Children Partnership');
    expect(alder.body).not.toMatch(/\{\w+\}/);

    // A longer window takes in Elm's action due next June; a chosen agency limits the list.
    const wide = await call<ActionRequestDraft[]>(f.b, 'actions.requestDrafts', { withinDays: 365 });
    expect(wide.map((d) => d.agencyName)).toContain('Elm Nursery: Main/Annex site.');
    const one = await call<ActionRequestDraft[]>(f.b, 'actions.requestDrafts', { agencyIds: [f.ids.birch] });
    expect(one.map((d) => d.agencyName)).toEqual(['Birch Health Trust']);
    expect(one[0]!.body).toContain('the action agreed with Birch Health Trust that is overdue');
  });
});

describe('making requests', () => {
  it('writes an .eml draft per agency with its workbook attached, records the request and says who was skipped', async () => {
    f = await actionFileFixture();
    const { a1, a2, b1 } = f.actions;
    const folder = join(f.b.dataDir, 'requests');
    const ids = [f.ids.alder, f.ids.birch, f.ids.cedar, f.ids.damson, f.ids.elm];
    const r = await call(f.b, 'actions.requestUpdates', { agencyIds: ids, method: 'eml', folder });
    expect(r).toMatchObject({ recorded: 2, files: [], links: [] });
    expect(r.skipped).toEqual([
      { agencyId: f.ids.elm, agencyName: 'Elm Nursery: Main/Annex site.', problem: 'Elm Nursery: Main/Annex site. has no open actions overdue or due within 30 days.' },
      { agencyId: f.ids.cedar, agencyName: 'Cedar Police', problem: expect.stringContaining('has no email address') },
      { agencyId: f.ids.damson, agencyName: 'Damson Housing', problem: expect.stringContaining('has no safeguarding lead') },
    ]);
    expect(readdirSync(folder).sort()).toEqual(['Alder Primary School - action update request.eml', 'Birch Health Trust - action update request.eml']);

    const eml = readEml(readFileSync(join(folder, 'Alder Primary School - action update request.eml'), 'utf8'));
    expect(eml.headers).toMatchObject({ 'x-unsent': '1', to: 'jane.hollins@alder.example', cc: 'kate.morrow@alder.example', from: 'Pat Officer <pat.officer@northmoor-scp.example>' });
    expect(eml.headers.subject).toBe('Update requested: Alder Primary School actions for the Northmoor Safeguarding Children Partnership');
    expect(eml.body).toContain(`${a1.reference} (standard 1): Audit safer recruitment files for all staff`);
    expect(eml.attachments.map((a) => a.name)).toEqual(['Alder Primary School - action plan 2026-11-22.xlsx']);
    const ws = (await loadWorkbook(eml.attachments[0]!.bytes)).getWorksheet('Actions')!;
    const refs: string[] = [];
    ws.eachRow((row, n) => (n > 1 ? refs.push(String(row.getCell(1).value)) : null));
    expect(refs).toEqual([a1.reference, a2.reference]); // every open action of the agency, none closed

    const recorded = await f.ctx.db.selectFrom('action_requests').selectAll().orderBy('id').execute();
    expect(recorded.map((x) => [x.agency_id, x.method, x.to_addresses, x.cc_addresses, x.action_count, x.created_by])).toEqual([
      [f.ids.alder, 'eml', 'jane.hollins@alder.example', 'kate.morrow@alder.example', 2, 'tester'],
      [f.ids.birch, 'eml', 'sam.patel@birch.example', '', 1, 'tester'],
    ]);
    const history = await listHistory(f.ctx.db, 'agency', f.ids.birch);
    expect(history[0]).toMatchObject({ action: 'create', summary: 'Request for updates on 1 action to Birch Health Trust (.eml draft) to sam.patel@birch.example' });
    expect(history[0]!.changes.actions).toEqual([null, b1.reference]);
    const again = await call<ActionRequestDraft[]>(f.b, 'actions.requestDrafts', { agencyIds: [f.ids.birch] });
    expect(again[0]!.lastRequestedAt).toBe('2026-11-22T10:00:00.000Z');
  });

  it('gives mailto links instead of files, offering the workbook on request', async () => {
    f = await actionFileFixture();
    const r = await call(f.b, 'actions.requestUpdates', { agencyIds: [f.ids.birch], method: 'mailto' });
    expect(r).toMatchObject({ files: [], paths: [], recorded: 1, skipped: [] });
    expect(r.links[0]).toMatch(/^mailto:sam\.patel@birch\.example\?subject=Update%20requested/);
    const body = decodeURIComponent(r.links[0].split('body=')[1]);
    expect(body).toContain('ask us and we will send one');
    expect(body).not.toContain('attached');
    expect((await f.ctx.db.selectFrom('action_requests').select('method').execute()).map((x) => x.method)).toEqual(['mailto']);
  });

  it('returns the drafts as files without a folder, and records nothing when no request can be made', async () => {
    f = await actionFileFixture();
    const r = await call(f.b, 'actions.requestUpdates', { agencyIds: [f.ids.birch], method: 'eml' });
    expect(r.files.map((x: { fileName: string; mimeType: string }) => [x.fileName, x.mimeType])).toEqual([['Birch Health Trust - action update request.eml', 'message/rfc822']]);
    const none = await f.b.dispatch('actions.requestUpdates', { agencyIds: [f.ids.cedar, f.ids.damson], method: 'eml' });
    expect(none).toMatchObject({ ok: false, error: { code: 'validation', details: [{ field: 'agencyIds', message: expect.stringContaining('Cedar Police') }, { field: 'agencyIds', message: expect.stringContaining('Damson Housing') }] } });
    expect(await f.ctx.db.selectFrom('action_requests').select('agency_id').execute()).toEqual([{ agency_id: f.ids.birch }]);
  });
});

import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RAG_COLOURS, type ActionRow } from '../../shared/domain/action';
import type { GeneratedFile } from '../../shared/domain/settings';
import { describeActions } from '../../electron/backend/reports/action-tracker';
import { buildActionPack, packActions } from '../../electron/backend/services/action-pack';
import { actionFileFixture, loadWorkbook, type ActionFileFixture } from '../helpers/action-file-fixture';
import { call } from '../helpers/backend';
import { coreProperty, coreXml, documentXml, footerXmls, headerXmls, openDocx, paragraphStyles, paragraphTexts, rows, tables } from '../helpers/docx';
import { assertSharedPresent, describeChecks, requireShared, runCheckDocx } from '../helpers/shared-tools';

// The assurance meeting pack: a Word tracker per agency and one for the partnership, and the workbook;
// what each says, in words as well as colours, and that every document passes docx-check.

let f: ActionFileFixture;
const folder = mkdtempSync(join(tmpdir(), 'audit-desk-pack-'));
beforeAll(async () => {
  f = await actionFileFixture();
});
afterAll(async () => {
  await f?.b.close();
  rmSync(folder, { recursive: true, force: true });
});

const meeting = { meetingDate: '2026-12-10', meetingName: 'Assurance meeting', includePartnership: true, embedFonts: false };
const body = async (file: GeneratedFile) => documentXml(await openDocx(Buffer.from(file.contentBase64, 'base64')));
/** [style, text] of each title and heading paragraph, in order. */
const headingsOf = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((m) => [/<w:pStyle w:val="(Title|Heading\d)"\/>/.exec(m[0])?.[1], paragraphTexts(m[0])[0]])
    .filter(([style]) => style);
const byName = (files: GeneratedFile[], name: string) => files.find((x) => x.fileName === name)!;

describe('the meeting pack', () => {
  it('writes a tracker per agency with actions, the partnership tracker and the workbook to the folder', async () => {
    const r = await buildActionPack(f.ctx.db, f.ctx, { ...meeting, folder });
    expect(r.files).toEqual([]);
    expect(readdirSync(folder).sort()).toEqual(
      [
        'Action plan tracker - Partnership - Assurance meeting 2026-12-10.docx',
        'Action plan tracker - Alder Primary School - Assurance meeting 2026-12-10.docx',
        'Action plan tracker - Birch Health Trust - Assurance meeting 2026-12-10.docx',
        'Action plan tracker - Cedar Police - Assurance meeting 2026-12-10.docx',
        'Action plan tracker - Damson Housing - Assurance meeting 2026-12-10.docx',
        // Characters Windows refuses in names become "-".
        'Action plan tracker - Elm Nursery- Main-Annex site. - Assurance meeting 2026-12-10.docx',
        'Action plan tracker - Assurance meeting 2026-12-10.xlsx',
      ].sort(),
    );
    expect(r.paths.map((p) => p.slice(folder.length + 1)).sort()).toEqual(readdirSync(folder).sort());
  });

  it("lists an agency's open actions and those closed this quarter, with due dates, last updates and status in words", async () => {
    const { a1, a2, a3, a4 } = f.actions;
    const { files } = await buildActionPack(f.ctx.db, f.ctx, { ...meeting, agencyIds: [f.ids.alder], includePartnership: false });
    expect(files.map((x) => x.fileName)).toEqual(['Action plan tracker - Alder Primary School - Assurance meeting 2026-12-10.docx', 'Action plan tracker - Assurance meeting 2026-12-10.xlsx']);
    const pkg = await openDocx(Buffer.from(files[0]!.contentBase64, 'base64'));
    const xml = await documentXml(pkg);
    const title = 'Action plan tracker — Alder Primary School — Assurance meeting 10 December 2026';
    expect(coreProperty(await coreXml(pkg), 'dc:title')).toBe(title);
    expect(paragraphTexts(xml)[0]).toBe(title);
    expect(paragraphStyles(xml).filter((s) => /^(Title|Heading\d)$/.test(s))).toEqual(['Title', 'Heading1', 'Heading1', 'Heading1']);
    expect(paragraphTexts(xml)).toContain(
      '3 actions: 1 overdue, 1 not started and 1 complete. Of the open actions, 1 is due in the next 30 days and 1 has had no update for 90 days or more. ' +
        'Complete and dropped actions are those closed on or after 1 October 2026.',
    );
    const [details, actions, key] = tables(xml);
    expect(rows(details!).map((r) => paragraphTexts(r))).toContainEqual(['Closed actions listed from', '1 October 2026']);
    const [head, ...body] = rows(actions!);
    expect(head).toContain('<w:tblHeader/>');
    expect(paragraphTexts(head!)).toEqual(['Ref', 'Standard', 'Action', 'Owner', 'Due date', 'Last update', 'Status']);
    // a4 was completed in July, before the quarter: not listed.
    expect(body.map((r) => paragraphTexts(r)[0])).toEqual([a1.reference, a2.reference, a3.reference]); // soonest due first
    const rowFor = (ref: string) => paragraphTexts(body.find((r) => paragraphTexts(r)[0] === ref)!);
    expect(body.map((r) => paragraphTexts(r)[0])).not.toContain(a4.reference);
    expect(rowFor(a1.reference)).toEqual([a1.reference, expect.stringMatching(/^1 /), 'Audit safer recruitment files for all staffHigh priority', 'Jane Hollins', '01/11/2026Overdue by 21 days', 'No update yet', 'Not started']);
    expect(rowFor(a2.reference)).toEqual([a2.reference, '', 'Refresh safeguarding training for bank staff', 'Not recorded', '10/12/2026', '10/11/2026: Half of the bank staff trained', 'Not startedRAG: Amber']);
    expect(rowFor(a3.reference).at(-1)).toBe('Complete15/10/2026');
    // The status cell's fill is the RAG's colour; its words say the same.
    const a2Row = body.find((r) => paragraphTexts(r)[0] === a2.reference)!;
    expect(a2Row).toContain(`w:fill="${RAG_COLOURS.amber.slice(1)}"`);
    expect(paragraphTexts(key!)).toContain('Red');
    const [header] = await headerXmls(pkg);
    const [footer] = await footerXmls(pkg);
    expect(paragraphTexts(header!)).toContain('Northmoor Safeguarding Children Partnership');
    expect(footer).toContain('NUMPAGES');
  });

  it("puts the groups' actions and every agency's at a glance in the partnership tracker", async () => {
    const { p1, p2 } = f.actions;
    const { files } = await call<{ files: GeneratedFile[] }>(f.b, 'actions.pack', { meetingDate: '2026-12-10', agencyIds: [] });
    expect(files.map((x) => [x.fileName, x.mimeType])).toEqual([
      ['Action plan tracker - Partnership - Assurance meeting 2026-12-10.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['Action plan tracker - Assurance meeting 2026-12-10.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    const xml = await body(files[0]!);
    const texts = paragraphTexts(xml);
    expect(headingsOf(xml)).toEqual([
      ['Title', 'Action plan tracker — Partnership — Assurance meeting 10 December 2026'],
      ['Heading1', 'Summary'],
      ['Heading1', 'Partnership actions'],
      ['Heading2', 'Executive: 1 action'],
      ['Heading2', 'Business Unit: 1 action'],
      ['Heading1', 'Agency actions'],
      ['Heading1', 'Key'],
    ]);
    expect(texts).toContain(
      'Partnership actions. 2 actions: 1 not started and 1 dropped. Of the open actions, 1 has had no update for 90 days or more. Complete and dropped actions are those closed on or after 1 October 2026.',
    );
    expect(texts).toContain('1 action: 1 dropped.');
    const all = tables(xml).map((t) => rows(t).map((r) => paragraphTexts(r)));
    expect(all.some((t) => t.some((r) => r[0] === p1.reference))).toBe(true);
    expect(all.some((t) => t.some((r) => r[0] === p2.reference && r.at(-1) === 'Dropped'))).toBe(true);
    const overview = all.find((t) => t[0]![0] === 'Agency')!;
    expect(overview[0]).toEqual(['Agency', 'Listed', 'Open', 'Overdue', 'Due in 30 days', 'At risk', 'Complete']);
    expect(overview.find((r) => r[0] === 'Alder Primary School')).toEqual(['Alder Primary School', '3', '2', '1', '1', '0', '1']);
    expect(overview.find((r) => r[0] === 'Birch Health Trust')).toEqual(['Birch Health Trust', '1', '1', '1', '0', '0', '0']);
    expect(overview.at(-1)).toEqual(['All agencies', '7', '6', '2', '3', '0', '1']);
    // The workbook holds every action of the pack: here none of the agencies' (agencyIds is empty).
    const ws = (await loadWorkbook(files[1]!)).getWorksheet('Actions')!;
    const refs: string[] = [];
    ws.eachRow((row, n) => (n > 1 ? refs.push(String(row.getCell(1).value)) : null));
    expect(refs.sort()).toEqual([p1.reference, p2.reference].sort());
  });

  it('honours includeClosedSince and refuses an empty pack', async () => {
    const all = await call<ActionRow[]>(f.b, 'actions.list', { bucket: 'all' });
    expect(packActions(all, '2026-06-01').map((r) => r.reference)).toContain(f.actions.a4.reference);
    expect(packActions(all, '2026-10-16').map((r) => r.reference)).not.toContain(f.actions.a3.reference);
    const r = await f.b.dispatch('actions.pack', { meetingDate: '2026-12-10', agencyIds: [f.ids.closed], includePartnership: false });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('nothing to put in the pack') } });
  });

  it('sums a list up in words, naming each action once', () => {
    expect(describeActions([], '2026-11-22', null)).toBe('No actions are listed.');
  });

  describe.skipIf(!requireShared('docx-check'))('check-docx', () => {
    it('passes the agency and partnership trackers', async () => {
      assertSharedPresent();
      const { files } = await call<{ files: GeneratedFile[] }>(f.b, 'actions.pack', { meetingDate: '2026-12-10', agencyIds: [f.ids.birch] });
      for (const name of ['Action plan tracker - Partnership - Assurance meeting 2026-12-10.docx', 'Action plan tracker - Birch Health Trust - Assurance meeting 2026-12-10.docx']) {
        const file = join(folder, `check-${name}`);
        writeFileSync(file, Buffer.from(byName(files, name).contentBase64, 'base64'));
        const result = runCheckDocx(file);
        expect(result.status, describeChecks(result)).toBe(0);
        expect(existsSync(file)).toBe(true);
      }
    });
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GeneratedReport } from '../../shared/domain/report';
import { call } from '../helpers/backend';
import { coreProperty, coreXml, count, documentXml, footerXmls, headerXmls, openDocx, paragraphStyles, paragraphTexts, rows, tables, unescapeXml } from '../helpers/docx';
import { assertSharedPresent, checkDocxPath, describeChecks, requireShared, runCheckDocx, sharedRequired } from '../helpers/shared-tools';
import { paperFixture, type PaperFixture } from './board-paper-fixture';

// The board paper as a Word document, generated through the API from a cycle with edits: what it says and
// how it is built (document.xml), that it passes the shared checker and converts with LibreOffice, and that
// saving is atomic with a clear message when the target is open in Word.

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, rename: vi.fn(actual.rename) };
});

let f: PaperFixture;
let dir: string;
let report: GeneratedReport;
let body: string;

beforeAll(async () => {
  f = await paperFixture();
  dir = mkdtempSync(join(tmpdir(), 'audit-desk-paper-'));
  await call(f.b, 'boardPapers.updateSection', { cycleId: f.cycleId, key: 'background', text: 'Our own background.\n\n- Westvale agencies took part.' });
  await call(f.b, 'boardPapers.updateSection', { cycleId: f.cycleId, key: 'scrutineer', text: 'Engagement and participation in the process was good.' });
  await call(f.b, 'boardPapers.updateSection', { cycleId: f.cycleId, key: 'contacts', hidden: true });
  await call(f.b, 'boardPapers.addSection', { cycleId: f.cycleId, title: 'Financial implications', text: 'There are no financial implications.' });
  await call(f.b, 'boardPapers.setHeader', { cycleId: f.cycleId, values: [{ label: 'Date of meeting', value: '2026-12-10' }] });
  report = await call<GeneratedReport>(f.b, 'boardPapers.generate', { cycleId: f.cycleId, path: join(dir, 'Board paper.docx') });
  body = await documentXml(await openDocx(Buffer.from(report.file.contentBase64, 'base64')));
}, 120_000);
afterAll(() => f?.close());
afterEach(() => vi.mocked(rename).mockReset());

describe('the board paper document', () => {
  it('is saved where asked and returned to the caller, named after the cycle', () => {
    expect(report.path).toBe(join(dir, 'Board paper.docx'));
    expect(report.file.fileName).toBe('Board paper - S.11 Self-Assessment Audit 2026.docx');
    expect(readFileSync(report.path!).toString('base64')).toBe(report.file.contentBase64);
    expect(report.warnings).toEqual([]);
  });

  it('has the title, and the header table with the paper’s own date', async () => {
    expect(coreProperty(await coreXml(await openDocx(Buffer.from(report.file.contentBase64, 'base64'))), 'dc:title')).toBe('S.11 Self-Assessment Audit 2026');
    expect(rows(tables(body)[0]!).map((r) => paragraphTexts(r))).toEqual([
      ['Item', 'Detail'],
      ['Meeting', 'Westvale Safeguarding Children Partnership'],
      ['Date of meeting', '10 December 2026'],
      ['Subject/Report title', 'S.11 Self-Assessment Audit 2026'],
      ['Author', 'Annette CareyStrategic Safeguarding Partnership Manager'],
      ['Status of report', 'OFFICIAL'],
    ]);
  });

  it('numbers the visible sections in order, with the scrutineer’s report as a part of Scrutiny', () => {
    const texts = paragraphTexts(body);
    const h1 = [...body.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading1"\/>((?:(?!<\/w:p>).)*)<\/w:p>/g)].map((m) => ({ numbered: m[0].includes('<w:numPr>'), text: paragraphTexts(m[0])[0] }));
    expect(h1.filter((h) => h.numbered).map((h) => h.text)).toEqual([
      'Purpose of the report',
      'Proposals, recommendations and action required',
      'Background',
      'Methodology',
      'Scrutiny',
      'Findings: strengths',
      'Areas for development',
      'Next steps',
      'Financial implications',
      'Attachments',
    ]);
    expect(h1.filter((h) => !h.numbered).map((h) => h.text)).toEqual([
      'Appendix 1: Results by agency and standard',
      'Appendix 2: Results summary',
      'Appendix 3: Challenge event summary',
      'Appendix 4: Comparison with the S.11 Self-Assessment Audit 2024',
    ]);
    expect(texts).not.toContain('Contacts');
    const scrutiny = texts.indexOf('Scrutiny');
    const part = texts.indexOf("Independent scrutineer's report");
    expect(part).toBeGreaterThan(scrutiny);
    expect(texts[part + 1]).toBe('Engagement and participation in the process was good.');
    expect(paragraphStyles(body).filter((s) => /^(Title|Heading\d)$/.test(s))[0]).toBe('Title');
  });

  it('carries the edited text where the user edited and the generated text elsewhere', () => {
    const texts = paragraphTexts(body);
    expect(texts).toContain('Our own background.');
    expect(texts).toContain('Westvale agencies took part.');
    expect(texts.some((t) => t.includes('the following 5 agencies took part'))).toBe(false);
    expect(texts).toContain('3 of the 5 agencies (60%) returned by the initial deadline and 4 (80%) by the final deadline.');
    expect(texts).toContain('There are no financial implications.');
    expect(body).toMatch(/<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Requirement:<\/w:t>/);
  });

  it('puts the results matrix on landscape pages with the scale colours, codes, a key and repeated header rows', () => {
    expect(count(body, /w:orient="landscape"/)).toBe(1);
    expect(count(body, /<w:sectPr/)).toBe(5);
    const matrix = tables(body).find((t) => paragraphTexts(rows(t)[0]!)[0] === 'Agency' && paragraphTexts(rows(t)[0]!)[1] === 'Sector')!;
    const [head, ...agencyRows] = rows(matrix);
    expect(paragraphTexts(head!)).toEqual(['Agency', 'Sector', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(head).toContain('<w:tblHeader/>');
    const byName = new Map(agencyRows.map((r) => [paragraphTexts(r)[0]!, r]));
    expect(paragraphTexts(byName.get('Westvale Homes')!).slice(2)).toEqual(['G', 'G', 'G', 'G', 'G', 'G', 'G', 'G', 'A*']);
    expect(paragraphTexts(byName.get('Westvale Police')!).slice(2)).toEqual(['G', 'G', 'G', 'A', 'G', 'G', 'G', 'G', 'R']);
    expect(paragraphTexts(byName.get('Westvale Probation')!).slice(2)).toEqual(Array(9).fill('–'));
    expect(byName.get('Westvale Police')).toContain('w:fill="C62828"');
    const key = tables(body).find((t) => paragraphTexts(rows(t)[0]!).join('|') === 'Code|Rating|What it means')!;
    expect(rows(key).map((r) => paragraphTexts(r).slice(0, 2))).toEqual([
      ['Code', 'Rating'],
      ['G', 'Met'],
      ['A', 'Partially met'],
      ['R', 'Not met'],
      ['*', 'Changed at moderation'],
      ['N/A', 'Not applicable'],
      ['–', 'No rating'],
    ]);
  });

  it('summarises the results with the distribution, return rates by deadline and sector, and moderation counts', () => {
    const dist = tables(body).find((t) => paragraphTexts(rows(t)[0]!)[0] === 'Standard' && paragraphTexts(rows(t)[0]!).includes('No rating'))!;
    expect(paragraphTexts(rows(dist)[0]!)).toEqual(['Standard', 'Met', 'Partially met', 'Not met', 'N/A', 'No rating']);
    expect(paragraphTexts(rows(dist)[9]!)).toEqual(['9 Allegations against staff', '0', '3', '1', '0', '1']);
    const rates = tables(body).find((t) => paragraphTexts(rows(t)[0]!).join('|') === 'When|Returned')!;
    expect(rows(rates).slice(1).map((r) => paragraphTexts(r))).toEqual([
      ['By the initial deadline (1 November 2026)', '3 of the 5 agencies (60%)'],
      ['By the final deadline (15 November 2026)', '4 of the 5 agencies (80%)'],
      ['To date (22 November 2026)', '4 of the 5 agencies (80%)'],
    ]);
    const moderation = tables(body).find((t) => paragraphTexts(rows(t)[0]!).join('|') === 'Standard|Over-optimistic|Underscored')!;
    expect(paragraphTexts(rows(moderation)[9]!)).toEqual(['9 Allegations against staff', '1', '0']);
  });

  it('embeds both charts as pictures with alt text that reads out the numbers', () => {
    const descr = [...body.matchAll(/<wp:docPr [^>]*descr="([^"]+)"/g)].map((m) => unescapeXml(m[1]!));
    expect(descr).toHaveLength(2);
    expect(descr[0]).toMatch(/^Stacked bar chart: ratings per standard/);
    expect(descr[0]).toContain('Standard 9 Allegations against staff: Met 0, Partially met 3 and Not met 1');
    expect(descr[1]).toMatch(/^Line chart: cumulative percentage of agencies that had returned/);
    expect(descr[1]).toContain('60% by the initial deadline (1 November 2026) and 80% by the final deadline (15 November 2026)');
  });

  it('summarises the challenge event and compares with the previous cycle', () => {
    const texts = paragraphTexts(body);
    expect(texts.some((t) => t.startsWith('6.2: '))).toBe(true);
    expect(texts).toContain('Good practice: Police “voice of the child” prompts in every referral.');
    const cmp = tables(body).find((t) => paragraphTexts(rows(t)[0]!).join('|') === 'Standard|Improved|Same|Fell')!;
    expect(paragraphTexts(rows(cmp)[6]!)).toEqual(['6 Listening to children', '4', '0', '0']);
  });

  it('marks every page, portrait and landscape, and numbers them', async () => {
    const pkg = await openDocx(Buffer.from(report.file.contentBase64, 'base64'));
    const headers = await headerXmls(pkg);
    const footers = await footerXmls(pkg);
    expect(headers.length).toBeGreaterThanOrEqual(2);
    for (const h of headers) expect(paragraphTexts(h)).toContain('OFFICIAL');
    for (const x of footers) {
      expect(x).toContain('NUMPAGES');
      expect(paragraphTexts(x)).toContain('OFFICIAL');
    }
  });
});

describe('saving', () => {
  it('says clearly when the file is open in Word, keeps the old file and leaves nothing half-written; a retry works', async () => {
    const target = join(dir, 'Open in Word.docx');
    writeFileSync(target, 'the old paper');
    vi.mocked(rename).mockRejectedValueOnce(Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' }));
    const r = await f.b.dispatch('boardPapers.generate', { cycleId: f.cycleId, path: target });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('file_locked');
    expect(r.error.message).toContain('Open in Word.docx could not be saved because it is open in another program');
    expect(r.error.details).toEqual([{ file: target, message: 'EBUSY: the file is open or read-only' }]);
    expect(readFileSync(target, 'utf8')).toBe('the old paper');
    expect(readdirSync(dir).filter((n) => n.includes('Open in Word'))).toEqual(['Open in Word.docx']);
    const again = await call<GeneratedReport>(f.b, 'boardPapers.generate', { cycleId: f.cycleId, path: target });
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(again.path).toBe(target);
  });

  it('refuses a relative path or one that is not .docx before doing any work', async () => {
    expect(await f.b.dispatch('boardPapers.generate', { cycleId: f.cycleId, path: 'paper.docx' })).toMatchObject({ ok: false, error: { code: 'validation', details: [{ field: 'path', message: 'not an absolute path' }] } });
    expect(await f.b.dispatch('boardPapers.generate', { cycleId: f.cycleId, path: join(dir, 'paper.pdf') })).toMatchObject({ ok: false, error: { code: 'validation', details: [{ field: 'path', message: 'the file name must end in .docx' }] } });
    expect(existsSync(join(dir, 'paper.pdf'))).toBe(false);
  });
});

describe.skipIf(!requireShared('docx-check'))('checked and converted', () => {
  it('passes check-docx', () => {
    assertSharedPresent();
    const r = runCheckDocx(report.path!);
    expect(r.status, describeChecks(r)).toBe(0);
    for (const name of ['structure', 'schema', 'title', 'headings', 'table-headers', 'alt-text']) expect(r.checks.find((c) => c.name === name)?.status, name).toBe('PASS');
  });

  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
  if (!soffice && !sharedRequired()) console.warn('skipped: LibreOffice (soffice) not found; the board paper is not converted');
  it.skipIf(!soffice && !sharedRequired())('converts with LibreOffice to a PDF of several pages', () => {
    const out = mkdtempSync(join(tmpdir(), 'audit-desk-paper-render-'));
    const r = spawnSync(checkDocxPath(), [report.path!, '--render', out, '--json'], { encoding: 'utf8', timeout: 300_000 });
    const json = JSON.parse(r.stdout) as { checks: Array<{ name: string; status: string; summary: string }> };
    const render = json.checks.find((c) => c.name === 'render')!;
    expect(render.status, render.summary).toBe('PASS');
    expect(Number(/(\d+) page/.exec(render.summary)?.[1])).toBeGreaterThan(5);
    expect(readdirSync(out).some((n) => n.endsWith('.pdf'))).toBe(true);
  }, 300_000);
});

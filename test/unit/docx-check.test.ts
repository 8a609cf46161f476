// Runs the team's OOXML/accessibility checker (../shared/tools/docx-check) on real output. Skips with a message
// in a clone without ../shared; fails when AUDIT_DESK_REQUIRE_SHARED=1 and the checker is missing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, HeadingLevel } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAgencyRegister } from '../../electron/backend/reports/agency-register';
import { createReportDocument, dataTable, heading, packDocument, scaleKeyTable, title, numberedSection, bulletList, boardPaperHeaderTable, imageParagraph, paragraphs, ragCell } from '../../electron/backend/reports/kit';
import { renderBarChartPng } from '../../electron/backend/reports/charts';
import { SAMPLE_SETTINGS, sampleAgencies, sampleSectors } from '../helpers/sample-agencies';
import { assertSharedPresent, describeChecks, repoRoot, requireShared, runCheckDocx } from '../helpers/shared-tools';

const fontsDir = join(repoRoot, 'resources', 'fonts');
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAGAQH/2ZkN3gAAAABJRU5ErkJggg==', 'base64');

describe.skipIf(!requireShared('docx-check'))('check-docx on generated documents', () => {
  const dir = mkdtempSync(join(tmpdir(), 'audit-desk-docx-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const check = (name: string, data: Buffer) => {
    assertSharedPresent();
    const file = join(dir, name);
    writeFileSync(file, data);
    return runCheckDocx(file);
  };
  const statusOf = (r: ReturnType<typeof check>, name: string) => r.checks.find((c) => c.name === name)?.status;

  it('passes the agency register with 40 agencies (exit code 0)', async () => {
    const buffer = await buildAgencyRegister({
      settings: { ...SAMPLE_SETTINGS, logoBase64: TINY_PNG.toString('base64'), logoMimeType: 'image/png' },
      generatedAt: new Date(2024, 10, 18),
      authorName: 'Annette Carey',
      agencies: sampleAgencies(40),
      sectors: sampleSectors(),
      fontsDir,
    });
    const r = check('agency-register.docx', buffer);
    expect(r.status, describeChecks(r)).toBe(0);
    expect(r.result).toBe('PASS');
    for (const name of ['structure', 'schema', 'title', 'headings', 'table-headers', 'alt-text']) expect(statusOf(r, name), name).toBe('PASS');
  });

  it('passes a board paper built from every kit piece', async () => {
    const chart = await renderBarChartPng({ title: 'Returns by sector', categories: ['Health', 'Police'], values: [4, 1], width: 600, height: 240, fontsDir });
    const doc = createReportDocument({
      title: 'S.11 Self-Assessment Audit 2024',
      author: 'Annette Carey',
      settings: SAMPLE_SETTINGS,
      fontsDir,
      children: [
        title('S.11 Self-Assessment Audit 2024'),
        boardPaperHeaderTable({ meeting: 'Partnership Executive', date: '2024-11-18', subject: 'S.11 audit', author: 'Annette Carey', status: 'OFFICIAL' }),
        ...numberedSection({ title: 'Purpose of the report', body: 'To report the results.\n\nAnd the next steps.' }),
        ...numberedSection({ title: 'Findings', body: 'Most agencies met the standards.', points: ['strong infrastructure', 'gaps in private fostering'] }),
        heading('Ratings', 2),
        heading('The scale', 3),
        scaleKeyTable([{ label: 'Met', colour: '#00B050', description: 'Fully evidenced' }, { label: 'Not met', colour: '#C00000', description: 'No evidence' }]),
        dataTable({ columns: [{ header: 'Agency' }, { header: 'Standard 1', align: 'center' }], rows: [['Police', ragCell({ label: 'Met', colour: '#00B050' })]] }),
        ...bulletList(['one', ['nested'], 'two']),
        imageParagraph({ data: chart.png, widthPx: 600, altText: { title: 'Chart: returns by sector', description: chart.altText } }),
        ...paragraphs('Contact: the business unit.'),
      ],
    });
    const r = check('board-paper.docx', await packDocument(doc));
    expect(r.status, describeChecks(r)).toBe(0);
  });

  it('fails a picture without alt text', async () => {
    const doc = new Document({
      title: 'Bad picture',
      sections: [{ children: [new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Chart' }), new Paragraph({ children: [new ImageRun({ type: 'png', data: TINY_PNG, transformation: { width: 20, height: 10 } })] })] }],
    });
    const r = check('no-alt-text.docx', await Packer.toBuffer(doc));
    expect(r.status).toBe(1);
    expect(statusOf(r, 'alt-text')).toBe('FAIL');
  });

  it('fails a table without a header row', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const doc = new Document({
      title: 'Bad table',
      sections: [{ children: [new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Table' }), new Table({ rows: [new TableRow({ children: [cell('Agency'), cell('Rating')] }), new TableRow({ children: [cell('Police'), cell('Met')] })] })] }],
    });
    const r = check('no-header-row.docx', await Packer.toBuffer(doc));
    expect(r.status).toBe(1);
    expect(statusOf(r, 'table-headers')).toBe('FAIL');
  });

  it('fails kit headings used out of order (level 1 then 3)', async () => {
    const doc = createReportDocument({ title: 'Skipped level', author: 'A', settings: SAMPLE_SETTINGS, fontsDir, embedFonts: false, children: [heading('One', 1), heading('Three', 3)] });
    const r = check('heading-skip.docx', await packDocument(doc));
    expect(r.status).toBe(1);
    expect(statusOf(r, 'headings')).toBe('FAIL');
  });
});

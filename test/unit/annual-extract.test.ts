import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedReport } from '../../shared/domain/report';
import { describeExtract, EXTRACT_TITLE, type ExtractCycle } from '../../electron/backend/reports/annual-extract';
import { call } from '../helpers/backend';
import { coreProperty, coreXml, documentXml, openDocx, paragraphTexts, rows, tables, unescapeXml } from '../helpers/docx';
import { assertSharedPresent, describeChecks, requireShared, runCheckDocx } from '../helpers/shared-tools';
import { paperFixture, type PaperFixture } from './board-paper-fixture';

// The annual-report extract: partnership-wide figures across cycles (return rates, ratings at each end of the
// scale, actions complete and overdue) with charts, oldest cycle first.

let f: PaperFixture;
let report: GeneratedReport;
let body: string;
const table = (header: string) => tables(body).find((t) => paragraphTexts(rows(t)[0]!).join('|') === header)!;

beforeAll(async () => {
  f = await paperFixture();
  report = await call<GeneratedReport>(f.b, 'annualExtract.generate', {});
  body = await documentXml(await openDocx(Buffer.from(report.file.contentBase64, 'base64')));
}, 120_000);
afterAll(() => f?.close());

const cycle = (over: Partial<ExtractCycle>): ExtractCycle => ({
  name: 'S.11 audit 2024',
  periodLabel: '2024/25',
  typeLabel: 'Section 11',
  inScope: 10,
  initial: { date: '2024-04-12', count: 8, of: 10, percent: 80 },
  final: { date: '2024-04-26', count: 9, of: 10, percent: 90 },
  now: { count: 10, of: 10, percent: 100 },
  rated: 90,
  strong: 60,
  weak: 30,
  actions: { total: 20, complete: 15, open: 5, overdue: 2 },
  ...over,
});

describe('the extract in words', () => {
  it('compares the last cycle with the first', () => {
    const text = describeExtract([cycle({}), cycle({ name: 'S.11 audit 2026', periodLabel: '2026/27', final: { date: '2026-04-24', count: 19, of: 20, percent: 95 }, rated: 100, strong: 82, weak: 18 })], '2026-11-22');
    expect(text).toEqual([
      'This extract covers 2 audit cycles: the S.11 audit 2024 (2024/25) and the S.11 audit 2026 (2026/27). Ratings are those in force after moderation.',
      '95% of agencies returned by the final deadline of the S.11 audit 2026, against 90% by the final deadline of the S.11 audit 2024.',
      'In the S.11 audit 2026, 82% of ratings were at the strong end of the scale (67% in the S.11 audit 2024) and 18% at the weak end.',
      'Of the 40 actions agreed in these cycles, 30 (75%) are complete and 4 are overdue.',
    ]);
  });

  it('speaks of returns to date while the final deadline has not passed, and handles no cycles', () => {
    expect(describeExtract([cycle({ final: { date: '2026-12-04', count: 7, of: 10, percent: 70 }, now: { count: 7, of: 10, percent: 70 } })], '2026-11-22')[1]).toBe(
      '70% of agencies have returned to date in the S.11 audit 2024.',
    );
    expect(describeExtract([], '2026-11-22')).toEqual(['No audit cycles have been run yet.']);
  });
});

describe('the extract document', () => {
  it('covers the latest cycles, oldest first, with return rates by deadline', async () => {
    expect(report.file.fileName).toBe('Annual report extract - 2026-11-22.docx');
    expect(coreProperty(await coreXml(await openDocx(Buffer.from(report.file.contentBase64, 'base64'))), 'dc:title')).toBe(EXTRACT_TITLE);
    const rates = table('Cycle|In scope|Initial deadline|Final deadline|To date');
    expect(rows(rates).slice(1).map((r) => paragraphTexts(r))).toEqual([
      ['S.11 Self-Assessment Audit 2024 (2024/25)', '5', '100% (5 of 5)', '100% (5 of 5)', '100% (5 of 5)'],
      ['S.11 Self-Assessment Audit 2026 (2026/27)', '5', '60% (3 of 5)', '80% (4 of 5)', '80% (4 of 5)'],
    ]);
  });

  it('counts ratings at each end of the scale and actions complete and overdue', () => {
    expect(rows(table('Cycle|Ratings|Strong end|Weak end')).slice(1).map((r) => paragraphTexts(r))).toEqual([
      ['S.11 Self-Assessment Audit 2024 (2024/25)', '45', '40 (89%)', '5 (11%)'],
      ['S.11 Self-Assessment Audit 2026 (2026/27)', '36', '31 (86%)', '5 (14%)'],
    ]);
    expect(rows(table('Cycle|Actions|Complete|Open|Overdue')).slice(1).map((r) => paragraphTexts(r))).toEqual([
      ['S.11 Self-Assessment Audit 2024 (2024/25)', '0', '0', '0', '0'],
      ['S.11 Self-Assessment Audit 2026 (2026/27)', '4', '0', '4', '1'],
    ]);
  });

  it('has a chart for each with alt text carrying the figures', () => {
    const descr = [...body.matchAll(/<wp:docPr [^>]*descr="([^"]+)"/g)].map((m) => unescapeXml(m[1]!));
    expect(descr).toHaveLength(3);
    expect(descr[0]).toBe('Bar chart: Return rates by deadline. 2024/25: By the initial deadline 100% and By the final deadline (or to date) 100%; 2026/27: By the initial deadline 60% and By the final deadline (or to date) 80%.');
    expect(descr[1]).toContain('2026/27: Strong end 86% and Weak end 14%');
    expect(descr[2]).toContain('2026/27: Complete 0% and Overdue 25%');
  });

  it('takes the cycles asked for, saves to a path, and refuses an unknown cycle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-desk-extract-'));
    const one = await call<GeneratedReport>(f.b, 'annualExtract.generate', { cycleIds: [f.cycleId], path: join(dir, 'extract.docx') });
    expect(one.path).toBe(join(dir, 'extract.docx'));
    const b = await documentXml(await openDocx(readFileSync(one.path!)));
    expect(rows(tables(b).find((t) => paragraphTexts(rows(t)[0]!)[1] === 'In scope')!)).toHaveLength(2);
    expect(await f.b.dispatch('annualExtract.generate', { cycleIds: [999999] })).toMatchObject({ ok: false, error: { code: 'not_found', message: 'Cycle 999999 does not exist.' } });
    const latest = await documentXml(await openDocx(Buffer.from((await call<GeneratedReport>(f.b, 'annualExtract.generate', { count: 1 })).file.contentBase64, 'base64')));
    expect(paragraphTexts(latest)).toContain('S.11 Self-Assessment Audit 2026');
    expect(paragraphTexts(latest)).not.toContain('S.11 Self-Assessment Audit 2024 (2024/25)');
  });
});

describe.skipIf(!requireShared('docx-check'))('checked', () => {
  it('passes check-docx', () => {
    assertSharedPresent();
    const file = join(mkdtempSync(join(tmpdir(), 'audit-desk-extract-check-')), 'extract.docx');
    writeFileSync(file, Buffer.from(report.file.contentBase64, 'base64'));
    const r = runCheckDocx(file);
    expect(r.status, describeChecks(r)).toBe(0);
  });
});

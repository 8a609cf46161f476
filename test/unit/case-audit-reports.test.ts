import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseAuditDetail, CaseAuditSummary } from '../../shared/domain/case-audit';
import type { GeneratedFile } from '../../shared/domain/settings';
import { programmeYearOf, seedDemoCaseAudits } from '../../electron/backend/demo/demo-case-audits';
import { DEMO_THEMES } from '../../electron/backend/demo/demo-case-audit-text';
import { FIXED_NOW, call, tempBackend } from '../helpers/backend';
import { coreProperty, coreXml, documentXml, openDocx, paragraphStyles, paragraphTexts } from '../helpers/docx';
import { assertSharedPresent, describeChecks, requireShared, runCheckDocx } from '../helpers/shared-tools';

// The demo programme (a year of four audits, one completed end to end) and the Word documents built from it: the
// audit's summary report, the programme overview and the issued Word return, each checked by the team's checker.

let b: Awaited<ReturnType<typeof tempBackend>>;
let audits: CaseAuditSummary[];
let neglect: CaseAuditDetail;
const dir = mkdtempSync(join(tmpdir(), 'audit-desk-case-docs-'));
const bytes = (g: GeneratedFile) => Buffer.from(g.contentBase64, 'base64');

beforeAll(async () => {
  b = await tempBackend({ seedDemo: true });
  // The demo seed may already call it; only seed when it has not.
  if (!(await call<CaseAuditSummary[]>(b, 'caseAudits.list')).length) await seedDemoCaseAudits(b.ctx.db, { userName: 'tester', now: () => FIXED_NOW }, '2026-11-22');
  audits = await call(b, 'caseAudits.list', { programmeYear: '2026/27' });
  neglect = await call(b, 'caseAudits.get', { id: audits.find((a) => a.title === DEMO_THEMES.neglect.title)!.id });
});
afterAll(async () => {
  await b.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the demo programme', () => {
  it('names the business year', () => {
    expect(programmeYearOf('2026-11-22')).toBe('2026/27');
    expect(programmeYearOf('2027-03-31')).toBe('2026/27');
    expect(programmeYearOf('2027-04-01')).toBe('2027/28');
  });

  it('has four audits, one urgent, one completed end to end', () => {
    expect(audits.map((a) => a.title).sort()).toEqual(Object.values(DEMO_THEMES).map((t) => t.title).sort());
    expect(audits.filter((a) => a.urgent).map((a) => a.title)).toEqual([DEMO_THEMES.online.title]);
    expect(neglect).toMatchObject({ status: 'complete', caseCount: 3, openQa: 0, openRisks: 0 });
    expect(neglect.returnsAccepted).toBe(neglect.returnCount);
    expect(neglect.themeJudgement?.label).toBe('Requires improvement');
    expect(neglect.risks).toEqual([expect.objectContaining({ status: 'closed', kind: 'immediate_risk' })]);
    expect(neglect.risks[0]!.assurance).toBeTruthy();
    expect(neglect.moderation).toMatchObject({ held: true });
    expect(neglect.findings.filter((f) => f.standards.length).length).toBeGreaterThanOrEqual(4);
    expect(neglect.recommendations.length).toBe(3);
    expect(neglect.recommendations.every((r) => r.actionReference)).toBe(true);
    expect(neglect.disseminations.map((d) => d.channel)).toEqual(['briefing', 'seven_minute_briefing']);
  });

  it('has an audit under way with returns waiting, late, sent back, and an open risk flag', () => {
    const live = audits.find((a) => a.title === DEMO_THEMES.exploitation.title)!;
    expect(live.status).toBe('auditing');
    expect(live.openQa).toBeGreaterThan(0);
    expect(live.overdueReturns).toBeGreaterThan(0);
    expect(live.openRisks).toBe(1);
  });
});

describe('the Word documents', () => {
  it('writes the summary report: theme, methodology, sample, findings, judgements, recommendations, actions', async () => {
    const g = await call<GeneratedFile>(b, 'caseAudits.reportDocx', { auditId: neglect.id });
    expect(g.fileName).toBe('Multi-agency case-file audit- Neglect- the lived experience of children.docx');
    const pkg = await openDocx(bytes(g));
    const xml = await documentXml(pkg);
    expect(coreProperty(await coreXml(pkg), 'dc:title')).toBe(`Multi-agency case-file audit: ${DEMO_THEMES.neglect.title}`);
    const texts = paragraphTexts(xml);
    for (const h of ['Purpose of the report', 'Theme and scope', 'Methodology', 'The sample', 'Findings', 'Judgements', 'Immediate risk and unsafe practice', 'Recommendations', 'Actions', 'Learning about the audit process', 'Dissemination'])
      expect(texts, h).toContain(h);
    const styles = paragraphStyles(xml);
    expect(styles[0]).toBe('Title');
    expect(styles.filter((st) => st === 'Heading1').length).toBe(12);
    for (const c of neglect.cases) expect(texts).toContain(c.reference);
    for (const r of neglect.recommendations) expect(texts).toContain(r.actionReference!);
    expect(texts).toContain('Requires improvement');
    expect(texts.some((t) => t.includes('[s11 standard 8]'))).toBe(true);
  });

  it('writes the programme overview with every audit of the year', async () => {
    const g = await call<GeneratedFile>(b, 'caseAudits.programmeDocx', { programmeYear: '2026/27' });
    const texts = paragraphTexts(await documentXml(await openDocx(bytes(g))));
    expect(texts[0]).toBe('Multi-agency case-file audit programme 2026/27');
    for (const a of audits) expect(texts.some((t) => t.startsWith(a.title))).toBe(true);
    expect(texts.join(' ')).toMatch(/The 2026\/27 programme has 4 multi-agency case-file audits, 1 of them added during the year as an urgent theme\. 1 is complete; 3 are in progress or planned\./);
  });

  describe.skipIf(!requireShared('docx-check'))('check-docx', () => {
    const check = (name: string, g: GeneratedFile) => {
      assertSharedPresent();
      const file = join(dir, name);
      writeFileSync(file, bytes(g));
      const r = runCheckDocx(file);
      expect(r.status, describeChecks(r)).toBe(0);
      expect(r.result).toBe('PASS');
    };
    it('passes the summary report', async () => check('report.docx', await call(b, 'caseAudits.reportDocx', { auditId: neglect.id })));
    it('passes the programme overview', async () => check('programme.docx', await call(b, 'caseAudits.programmeDocx', { programmeYear: '2026/27' })));
    it('passes the report of an audit with nothing recorded yet', async () => {
      const planned = audits.find((a) => a.title === DEMO_THEMES.voice.title)!;
      check('empty.docx', await call(b, 'caseAudits.reportDocx', { auditId: planned.id }));
    });
    it('passes the issued Word return', async () => {
      const r = await call<{ files: GeneratedFile[] }>(b, 'caseAudits.issueReturns', { auditId: neglect.id, returnIds: [neglect.cases[0]!.returns[0]!.id], formats: ['docx'], markIssued: false });
      check('return.docx', r.files[0]!);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISSEMINATION_CHANNEL_LABELS, type CaseAuditDetail, type CaseAuditSummary, type RiskFlag } from '../../shared/domain/case-audit';
import { browserAvailable, call, gridRows, startApp, type App } from './fixture';
import { see } from './see';

// The demo's completed audit, tab by tab: each shows what the backend holds (tool and scale guidance, closed risk
// flags, findings tagged with s11 standards, recommendations made into actions, the dissemination log), and the
// home screen's tile counts the open risk flags and the returns open for QA.

describe.skipIf(!browserAvailable())('case-file audits: the completed demo audit, tab by tab', () => {
  let app: App;
  let done: CaseAuditDetail;
  beforeAll(async () => {
    app = await startApp();
    const list = await call<CaseAuditSummary[]>(app, 'caseAudits.list');
    done = await call<CaseAuditDetail>(app, 'caseAudits.get', { id: list.find((a) => a.status === 'complete')!.id });
  });
  afterAll(() => app?.close());

  it('counts open risk flags and returns open for QA on the home screen', async () => {
    const { page } = app;
    await app.goto('home');
    const open = await call<RiskFlag[]>(app, 'caseAudits.risks', { openOnly: true });
    const qa = await call<unknown[]>(app, 'caseAudits.returns', { statuses: ['issued', 'returned', 'sent_back'] });
    await see(page.getByTestId('home-open-risks')).toHaveText(String(open.length));
    await see(page.getByTestId('home-open-qa')).toHaveText(String(qa.length));
    await app.screenshot('case-audits-home-tile');
    await page.getByRole('link', { name: 'Open the audit programme' }).click();
    await see(page.getByRole('heading', { name: 'Case-file audits' })).toBeVisible();
    if (open.length) await see(page.getByRole('region', { name: 'Open risk flags' })).toContainText(open[0]!.description.slice(0, 40));
  });

  it('opens the completed audit from the programme and shows its overview and tool', async () => {
    const { page } = app;
    await gridRows(page, 'Case-file audit programme').filter({ hasText: done.title }).click();
    await see(page.getByRole('heading', { name: done.title })).toBeVisible();
    const figures = page.getByLabel('Audit figures');
    await see(figures).toContainText(`${done.returnsAccepted} of ${done.returnCount}`);
    await see(figures).toContainText(done.themeJudgement!.label);
    await see(page.getByRole('textbox', { name: 'Theme' })).toHaveValue(done.theme);
    await app.screenshot('case-audits-overview');

    await page.getByRole('tab', { name: 'Tool' }).click();
    const q1 = done.tool.questions[0]!;
    await see(page.getByRole('textbox', { name: `Question, ${q1.ref}` })).toHaveValue(q1.text);
    // Rated questions stay: their remove buttons are off.
    await see(page.getByRole('button', { name: `Remove ${q1.ref}` })).toBeDisabled();
    const top = done.tool.scale.levels[0]!;
    await see(page.getByRole('textbox', { name: `Guidance for ${top.label}` })).toHaveValue(top.description!);
    await app.screenshot('case-audits-tool');
  });

  it('shows the closed risk flag with its response and assurance', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /^Risks/ }).click();
    const flag = done.risks[0]!;
    expect(flag.status).toBe('closed');
    const card = page.getByRole('region', { name: /^Risk flag: / }).first();
    await see(card).toContainText('Closed');
    await see(card.getByRole('textbox', { name: 'Agency’s response' })).toHaveValue(flag.response!);
    await see(card.getByRole('textbox', { name: 'Assurance given' })).toHaveValue(flag.assurance!);
    await app.screenshot('case-audits-risks');
  });

  it('shows findings tagged with s11 standards and recommendations made into actions', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Moderation' }).click();
    await see(page.getByRole('button', { name: 'Save meeting' })).toBeVisible();
    const tagged = done.findings.find((f) => f.standards.length)!;
    const kindLabel = { working_well: 'What is working well', emerging_concern: 'Emerging concerns', process_learning: 'Learning about the audit process' }[tagged.kind];
    const n = done.findings.filter((f) => f.kind === tagged.kind).indexOf(tagged) + 1;
    await see(page.getByRole('textbox', { name: `${kindLabel} ${n}` })).toHaveValue(tagged.text);
    await see(page.getByRole('combobox', { name: `s11 standards, ${kindLabel} ${n}` })).toContainText(`${tagged.standards[0]!.number} ${tagged.standards[0]!.title.slice(0, 20)}`);
    const made = done.recommendations.find((r) => r.actionReference)!;
    await see(page.getByRole('link', { name: made.actionReference! })).toBeVisible();
    await app.screenshot('case-audits-moderation-demo');
  });

  it('lists the dissemination log and adds an entry', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Dissemination' }).click();
    const log = page.getByRole('table', { name: 'Dissemination log' });
    await see(log.locator('tbody tr')).toHaveCount(done.disseminations.length);
    await see(log).toContainText(DISSEMINATION_CHANNEL_LABELS[done.disseminations[0]!.channel]);
    await page.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'Newsletter' });
    await page.getByRole('textbox', { name: 'Audience' }).fill('Practitioners across the partnership');
    await page.getByRole('button', { name: 'Add to log' }).click();
    await see(log.locator('tbody tr')).toHaveCount(done.disseminations.length + 1);
    const after = await call<CaseAuditDetail>(app, 'caseAudits.get', { id: done.id });
    expect(after.disseminations.some((d) => d.channel === 'newsletter' && d.audience === 'Practitioners across the partnership')).toBe(true);
    await app.screenshot('case-audits-dissemination');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionRow } from '../../shared/domain/action';
import type { AgencyListRow } from '../../shared/domain/agency';
import type { CaseAuditDetail, CaseAuditSummary, CaseReturnDetail, RiskFlag } from '../../shared/domain/case-audit';
import { isValidNhsNumber, nhsCheckDigit } from '../../shared/domain/identifiers';
import { browserAvailable, call, gridRows, gridStatus, startApp, type App } from './fixture';
import { escapeRegExp } from './kit';
import { see } from './see';

// One themed case-file audit walked from sample to report in Chromium, against the real backend and the demo
// partnership: create → a case (an NHS number refused next to its field, a name warned about) → a return typed in,
// marked returned, sent back and accepted → a risk flag, prominent on the programme → findings and a recommendation
// → an action → the Word report.

const TITLE = 'Domestic abuse: children living with it (e2e)';

describe.skipIf(!browserAvailable())('case-file audits: one audit from sample to report', () => {
  let app: App;
  let auditId: number;
  let agencies: AgencyListRow[];
  beforeAll(async () => {
    app = await startApp();
    const active = (await call<AgencyListRow[]>(app, 'agencies.list')).filter((a) => a.active);
    // Two agencies from different sectors, so the case has two returns.
    agencies = [active[0]!, active.find((a) => a.sectorId !== active[0]!.sectorId)!];
  });
  afterAll(() => app?.close());

  const audit = () => call<CaseAuditDetail>(app, 'caseAudits.get', { id: auditId });

  it('shows the programme with the demo year and creates an urgent audit from the form', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Main navigation' }).getByText('Case audits').click();
    const demo = await call<CaseAuditSummary[]>(app, 'caseAudits.list');
    expect(demo.some((a) => a.status === 'complete')).toBe(true);
    await see(gridRows(page, 'Case-file audit programme').first()).toBeVisible();
    await see(page.getByRole('grid', { name: 'Case-file audit programme' })).toContainText(demo.find((a) => a.status === 'complete')!.title);
    await app.screenshot('case-audits-programme');

    await page.getByRole('button', { name: 'New audit' }).click();
    const dialog = page.getByRole('dialog', { name: 'New case-file audit' });
    await dialog.getByRole('button', { name: 'Create audit' }).click();
    await see(dialog.getByText('Give the theme, e.g. neglect')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Theme' }).fill('Domestic abuse');
    await dialog.getByRole('textbox', { name: 'Title' }).fill(TITLE);
    await dialog.getByRole('checkbox', { name: 'Urgent mid-year addition' }).check();
    await dialog.getByRole('textbox', { name: 'Practice from' }).fill('01/01/2025');
    await dialog.getByRole('textbox', { name: 'Practice to' }).fill('30/06/2025');
    await see(dialog.getByText('1 January 2025')).toBeVisible();
    await dialog.getByRole('button', { name: 'Create audit' }).click();
    await see(page.getByRole('heading', { name: TITLE })).toBeVisible();
    const made = (await call<CaseAuditSummary[]>(app, 'caseAudits.list')).find((a) => a.title === TITLE)!;
    expect(made).toMatchObject({ theme: 'Domestic abuse', urgent: true, practiceFrom: '2025-01-01', practiceTo: '2025-06-30', status: 'planned' });
    auditId = made.id;
    expect(page.url()).toContain(`#/case-audits/${auditId}/overview`);
  });

  it('refuses an NHS number next to the field, warns about a name, then adds the case', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Cases' }).click();
    await page.getByRole('button', { name: 'Add case' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a case to the sample' });
    const nhs = `943476591${nhsCheckDigit('943476591')}`;
    expect(isValidNhsNumber(nhs)).toBe(true);
    await dialog.getByRole('textbox', { name: 'Case reference' }).fill('DA-26-01-C1');
    const summary = dialog.getByRole('textbox', { name: 'Why it is in the sample' });
    await summary.fill(`Referred by the health visitor, NHS ${nhs.slice(0, 3)} ${nhs.slice(3, 6)} ${nhs.slice(6)}.`);
    // Checked as it is typed: the message sits under the summary box, which is marked invalid.
    await see(dialog.getByText(/This field holds what looks like an NHS number \(ending \d{4}\)/)).toBeVisible();
    await see(summary).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByRole('button', { name: 'Add case' }).click();
    await see(dialog.getByText(/Summary holds what looks like an NHS number/)).toBeVisible();
    expect((await audit()).cases).toHaveLength(0);

    await summary.fill('Child on a plan for domestic abuse; Jane Smith attended the strategy meeting.');
    await see(dialog.getByText(/"Jane Smith" looks like a person's name/)).toBeVisible();
    const picker = dialog.getByRole('combobox', { name: 'Add an agency involved' });
    for (const a of agencies) {
      await picker.click();
      await picker.pressSequentially(a.name);
      await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(a.name)}`) }).first().click();
      await see(dialog.getByRole('list', { name: 'Agencies involved' })).toContainText(a.name);
    }
    await dialog.getByRole('button', { name: 'Add case' }).click();
    await see(page.getByRole('table', { name: 'Cases in the sample' })).toContainText('DA-26-01-C1');
    const warning = page.getByRole('list', { name: 'Name warnings' });
    await see(warning).toContainText('Jane Smith');
    const saved = await audit();
    expect(saved.cases).toHaveLength(1);
    expect(saved.cases[0]!.returns.map((r) => r.agencyName).sort()).toEqual(agencies.map((a) => a.name).sort());
    await app.screenshot('case-audits-cases');
  });

  it('types a return in, marks it returned, sends it back with a reason, then accepts it', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Returns' }).click();
    await expect.poll(() => gridStatus(page, 'case-returns').textContent()).toBe('Showing 2 of 2 returns');
    const agency = agencies[0]!;
    // Read the row before the drawer opens: the modal drawer hides the grid from role queries.
    const row = gridRows(page, 'Case returns').filter({ hasText: agency.name });
    await see(row).toContainText('Not issued');
    await row.click();
    const drawer = page.getByRole('dialog', { name: `Return: ${agency.name}: case DA-26-01-C1` });
    await see(drawer.getByRole('list', { name: 'Rating guidance' })).toContainText('Requires improvement');
    const questions = (await audit()).tool.questions;
    for (const q of questions) await drawer.getByRole('combobox', { name: `Rating, ${q.ref}` }).selectOption({ label: 'Good (G)' });
    await see(drawer.getByLabel(`Guidance for the rating of ${questions[0]!.ref}`)).toContainText("Practice met the child's needs");
    await drawer.getByRole('textbox', { name: /^Narrative/ }).fill('Visits were regular and the plan was reviewed on time.');
    await drawer.getByRole('textbox', { name: 'Good practice' }).fill('The school shared concerns the same day.');
    await drawer.getByRole('textbox', { name: 'Gaps and learning' }).fill('The father was not contacted.');
    await see(drawer.getByRole('button', { name: 'Mark returned' })).toHaveAttribute('disabled', '');
    await see(drawer).toContainText(`0 of ${questions.length} rated`);
    await drawer.getByRole('button', { name: 'Save return' }).click();
    await see(drawer).toContainText(`${questions.length} of ${questions.length} rated`);
    await app.screenshot('case-audits-return-drawer');
    const returnId = (await audit()).cases[0]!.returns.find((r) => r.agencyId === agency.id)!.id;
    const typed = await call<CaseReturnDetail>(app, 'caseAudits.getReturn', { returnId });
    expect(typed.row.status).toBe('not_issued');
    expect(typed.ratings.every((r) => r.level?.code === 'G')).toBe(true);

    await drawer.getByRole('button', { name: 'Mark returned' }).click();
    await see(drawer.getByRole('button', { name: 'Send back…' })).toBeVisible();
    expect((await call<CaseReturnDetail>(app, 'caseAudits.getReturn', { returnId })).row.status).toBe('returned');

    await drawer.getByRole('button', { name: 'Send back…' }).click();
    const back = page.getByRole('dialog', { name: 'Send the return back' });
    await back.getByRole('button', { name: 'Send back' }).click();
    await see(back.getByText('Say whether it is not robust or not comprehensive.')).toBeVisible();
    await back.getByRole('radio', { name: 'Not robust' }).check();
    await back.getByRole('textbox', { name: 'What the agency needs to add' }).fill('Say what the child told the school nurse, and what was done.');
    await back.getByRole('button', { name: 'Send back' }).click();
    await see(drawer.getByTestId('sent-back-reason')).toContainText('as not robust: Say what the child told the school nurse');
    const sent = await call<CaseReturnDetail>(app, 'caseAudits.getReturn', { returnId });
    expect(sent.row).toMatchObject({ status: 'sent_back', sendBackReason: 'not_robust' });
    expect(sent.row.resubmitBy).not.toBeNull();

    await drawer.getByRole('button', { name: 'Mark revised return received' }).click();
    await drawer.getByRole('button', { name: 'Accept' }).click();
    await see(drawer.getByRole('button', { name: 'Reopen' })).toBeVisible();
    expect((await call<CaseReturnDetail>(app, 'caseAudits.getReturn', { returnId })).row.status).toBe('accepted');
  });

  it('raises a risk flag from the return and shows it prominently on the programme', async () => {
    const { page } = app;
    const drawer = page.getByRole('dialog', { name: /^Return: / });
    await drawer.getByRole('button', { name: 'Raise a risk flag…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Raise a risk flag' });
    await dialog.getByRole('textbox', { name: 'The concern' }).fill('Younger sibling still living with the perpetrator; no safety plan recorded.');
    await dialog.getByRole('textbox', { name: 'Escalated to' }).fill('MASH duty manager');
    await dialog.getByRole('button', { name: 'Raise risk flag' }).click();
    await see(drawer.getByRole('list', { name: 'Risk flags on this return' })).toContainText('no safety plan recorded');
    await drawer.getByRole('button', { name: 'Close' }).last().click();
    await see(page.getByRole('tab', { name: /Risks \(1 open\)/ })).toBeVisible();
    const row = gridRows(page, 'Case returns').filter({ hasText: agencies[0]!.name });
    await see(row).toContainText('Accepted');
    await see(row.getByLabel('1 open risk flag')).toBeVisible();
    await app.screenshot('case-audits-returns');
    const flags = await call<RiskFlag[]>(app, 'caseAudits.risks', { auditId });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ status: 'raised', kind: 'immediate_risk', agencyId: agencies[0]!.id, escalatedTo: 'MASH duty manager' });

    await page.getByRole('link', { name: 'Case-file audits' }).click();
    const panel = page.getByRole('region', { name: 'Open risk flags' });
    await see(panel).toContainText('no safety plan recorded');
    await see(panel).toContainText(TITLE);
    await see(panel).toContainText('Raised');
    await app.screenshot('case-audits-programme-risk');
    await panel.getByRole('link', { name: TITLE }).click();
    await see(page.getByRole('region', { name: /^Risk flag: Concern about immediate risk to a child/ })).toBeVisible();
  });

  it('records findings and a recommendation, and makes an action of it', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Moderation' }).click();
    await page.getByRole('textbox', { name: 'Meeting date' }).fill('15/12/2026');
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await see(page.getByRole('button', { name: 'Save meeting' })).toBeVisible();
    expect((await audit()).moderation).toMatchObject({ start: '2026-12-15T10:00', end: '2026-12-15T12:30' });

    const wellGroup = page.getByRole('group', { name: 'What is working well' });
    await wellGroup.getByRole('button', { name: 'Add' }).click();
    await page.getByRole('textbox', { name: 'What is working well 1' }).fill('Schools shared concerns quickly and were part of every plan.');
    await page.getByRole('group', { name: 'Emerging concerns' }).getByRole('button', { name: 'Add' }).click();
    await page.getByRole('textbox', { name: 'Emerging concerns 1' }).fill('Fathers and new partners were rarely seen or assessed.');
    await page.getByRole('combobox', { name: 'Judgement, case DA-26-01-C1' }).selectOption({ label: 'Requires improvement (RI)' });
    await page.getByRole('combobox', { name: 'Theme judgement' }).selectOption({ label: 'Requires improvement (RI)' });
    await page.getByRole('button', { name: 'Save findings' }).click();
    await expect.poll(async () => (await audit()).findings.length).toBe(2);
    const judged = await audit();
    expect(judged.findings.map((f) => f.kind)).toEqual(['working_well', 'emerging_concern']);
    expect(judged.themeJudgement?.code).toBe('RI');
    expect(judged.cases[0]!.judgement?.code).toBe('RI');

    await page.getByRole('button', { name: 'Add recommendation' }).click();
    const rec = page.getByRole('group', { name: 'Recommendation 1' });
    await rec.getByRole('textbox', { name: 'Recommendation 1', exact: true }).fill('Every agency to record and assess the significant adults in a child’s household.');
    await rec.getByRole('combobox', { name: 'Group, Recommendation 1' }).selectOption({ index: 1 });
    await rec.getByRole('textbox', { name: 'Due, Recommendation 1' }).fill('31/03/2027');
    await see(page.getByRole('button', { name: 'Make actions (0)' })).toBeDisabled();
    const makeActions = page.getByRole('button', { name: 'Make actions (1)' });
    await page.getByRole('button', { name: 'Save recommendations' }).click();
    await see(makeActions).toBeEnabled();
    await app.screenshot('case-audits-moderation');
    await makeActions.click();
    await see(rec).toContainText('Action made');
    const made = (await audit()).recommendations[0]!;
    expect(made.actionId).not.toBeNull();
    await see(rec.getByRole('link', { name: made.actionReference! })).toBeVisible();

    await app.goto('actions?bucket=all');
    const all = await call<ActionRow[]>(app, 'actions.list', { bucket: 'all' });
    const action = all.find((x) => x.id === made.actionId)!;
    expect(action).toMatchObject({ kind: 'partnership', dueDate: '2027-03-31', theme: 'Case-file audit: Domestic abuse' });
    await expect.poll(() => gridStatus(page, 'actions').textContent()).toBe(`Showing ${all.length} of ${all.length} actions`);
    await page.getByRole('searchbox', { name: 'Search actions' }).fill(made.actionReference!);
    await see(gridRows(page, 'Actions').first()).toContainText('significant adults');
  });

  it('downloads the summary report as a Word document', async () => {
    const { page } = app;
    await app.goto(`case-audits/${auditId}/report`);
    await see(page.getByLabel('What the report covers')).toContainText('Domestic abuse');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Summary report (Word)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const path = join(app.dataDir, download.suggestedFilename());
    await download.saveAs(path);
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
  });
});

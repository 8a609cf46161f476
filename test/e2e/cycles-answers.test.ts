import { addDays, format } from 'date-fns';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyListRow } from '../../shared/domain/agency';
import type { CycleDetail, CycleSummary, ReturnDetail, ReturnRow } from '../../shared/domain/cycle';
import type { FrameworkSummary } from '../../shared/domain/framework';
import { browserAvailable, call, gridStatus, startApp, type App } from './fixture';
import { see } from './see';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

describe.skipIf(!browserAvailable())('typing answers, statuses, analysis, scope and settings', () => {
  let app: App;
  let cycle: CycleDetail;
  let first: ReturnRow;
  beforeAll(async () => {
    app = await startApp();
    const fw = (await call<FrameworkSummary[]>(app, 'frameworks.list')).find((f) => f.familyKey === 'compact-audit' && f.status === 'published')!;
    const agencies = (await call<AgencyListRow[]>(app, 'agencies.list', {})).filter((a) => a.active && a.duties.includes('s11'));
    const today = new Date();
    cycle = await call<CycleDetail>(app, 'cycles.create', {
      // A partnership's own audit type: the demo has no earlier cycle of it, so comparison starts empty.
      cycle: { name: 'Typed answers e2e', cycleType: 'custom', typeLabel: null, frameworkId: fw.id, periodLabel: '2026/27', initialDeadline: iso(addDays(today, 10)), finalDeadline: iso(addDays(today, 30)) },
      agencyIds: agencies.slice(0, 3).map((a) => a.id),
    });
    first = (await call<ReturnRow[]>(app, 'returns.list', { cycleId: cycle.id }))[0]!;
  });
  afterAll(() => app?.close());

  it('refuses N/A without a reason, shows the problem on the item and saves nothing; then saves', async () => {
    const { page } = app;
    await app.goto(`returns/${first.cycleAgencyId}`);
    const item = page.getByRole('group', { name: 'Item 1.1' });
    await item.getByRole('combobox', { name: 'Self-rating, Item 1.1' }).selectOption({ label: 'Not applicable' });
    await see(page.getByRole('status').filter({ hasText: 'Unsaved changes' })).toBeVisible();
    await page.getByRole('button', { name: 'Save answers (1)' }).click();
    await see(item.getByRole('list', { name: 'Problems with Item 1.1' })).toContainText('Item 1.1: give a reason');
    await see(page.getByRole('list', { name: 'Problems to fix' })).toContainText('Item 1.1');
    expect((await call<ReturnDetail>(app, 'returns.get', { cycleAgencyId: first.cycleAgencyId })).answers).toHaveLength(0);

    await item.getByRole('textbox', { name: 'Reason for not applicable' }).fill('We do not have a board.');
    await page.getByRole('group', { name: 'Item 1.2' }).getByRole('combobox', { name: 'Self-rating, Item 1.2' }).selectOption({ label: 'Outstanding (O)' });
    await page.getByRole('group', { name: 'Item 1.2' }).getByRole('textbox', { name: 'Evidence, Item 1.2' }).fill('Business plan 2026, section 4');
    await page.getByRole('button', { name: 'Save answers (2)' }).click();
    await see(page.getByText('2 answers saved.')).toBeVisible();
    await see(page.getByRole('list', { name: 'Problems to fix' })).toHaveCount(0);
    await see(page.getByRole('button', { name: 'Save answers' })).toBeDisabled();
    const saved = await call<ReturnDetail>(app, 'returns.get', { cycleAgencyId: first.cycleAgencyId });
    expect(saved.answers.map((a) => [a.notApplicable, a.naReason, a.self?.code ?? null, a.evidence]).sort()).toEqual(
      [
        [true, 'We do not have a board.', null, null],
        [false, null, 'O', 'Business plan 2026, section 4'],
      ].sort(),
    );
    expect(saved.row.status).toBe('in_progress');
  });

  it('sends a return back for more evidence with a reason', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Set status' }).click();
    await page.getByRole('menuitem', { name: 'Returned' }).click();
    await see(page.getByText(`${first.agencyName}: Returned.`)).toBeVisible();
    await page.getByRole('button', { name: 'Set status' }).click();
    await page.getByRole('menuitem', { name: 'Sent back for more evidence…' }).click();
    const ask = page.getByRole('dialog', { name: /back for more evidence/ });
    await ask.getByRole('textbox', { name: 'Reason' }).fill('Send the safer recruitment audit.');
    await ask.getByRole('button', { name: 'Send back' }).click();
    await see(page.getByText('Sent back for more evidence: Send the safer recruitment audit.')).toBeVisible();
    const detail = await call<ReturnDetail>(app, 'returns.get', { cycleAgencyId: first.cycleAgencyId });
    expect(detail.row.status).toBe('sent_back');
    expect(detail.sentBackReason).toBe('Send the safer recruitment audit.');
    await page.getByRole('tab', { name: 'History' }).click();
    await see(page.getByRole('list', { name: 'History' })).toContainText('e2e.tester');
  });

  it('shows the distribution, the comparison, the scope by sector, and saves settings', async () => {
    const { page } = app;
    await app.goto(`cycles/${cycle.id}/analysis`);
    await see(page.getByRole('list', { name: 'Ratings per standard' }).locator('li')).toHaveCount(12);
    // The bars are drawn with colour, and every count is also in words.
    const label = await page.getByRole('list', { name: 'Ratings per standard' }).locator('li').first().getAttribute('aria-label');
    expect(label).toMatch(/^Standard 1: Outstanding \d+, Good \d+, Requires improvement \d+, Inadequate \d+; not applicable \d+; no answer \d+$/);
    await see(page.getByText('There is no earlier cycle of this type to compare with', { exact: false })).toBeVisible();
    await app.screenshot('cycles-distribution');

    await page.getByRole('tab', { name: 'Scope' }).click();
    await expect.poll(() => gridStatus(page, 'cycle-scope').textContent()).toBe('Showing 3 of 3 agencies');
    await see(page.getByRole('table', { name: 'In scope by sector' })).toContainText('Total');

    await page.getByRole('tab', { name: 'Settings' }).click();
    const subject = page.getByRole('textbox', { name: 'Subject' });
    await subject.fill('Reminder: {cycle} is due on {deadline}');
    await page.getByLabel('Final deadline').fill(format(addDays(new Date(), 45), 'd MMMM yyyy'));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await see(page.getByText('Typed answers e2e has been saved.')).toBeVisible();
    const after = await call<CycleDetail>(app, 'cycles.get', { id: cycle.id });
    expect(after.chaserTemplate.subject).toBe('Reminder: {cycle} is due on {deadline}');
    expect(after.finalDeadline).toBe(iso(addDays(new Date(), 45)));
    await app.screenshot('cycles-settings');
  });

  it('imports past results from a spreadsheet, which then stand as the previous cycle for comparison', async () => {
    const { page } = app;
    const file = join(app.dataDir, 'results-2024.csv');
    writeFileSync(file, ['Agency,Standard,Self rating,Moderated rating,Date', `"${first.agencyName}",1,Good,Requires improvement,2024-11-18`, `"${first.agencyName}",2,Outstanding,,2024-11-18`].join('\r\n'));
    await app.goto('cycles');
    await page.getByRole('button', { name: 'Import past results…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import past results' });
    await see(dialog.getByRole('button', { name: 'Choose file…' })).toBeDisabled();
    await dialog.getByRole('combobox', { name: 'Framework version it used' }).selectOption({ label: 'Safeguarding and Early Help Compact Audit (2023)' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('S.11 audit 2024 (past results)');
    await dialog.getByRole('combobox', { name: 'Type of audit' }).selectOption({ label: 'Partnership audit' });
    await dialog.getByRole('textbox', { name: 'Period' }).fill('2024/25');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose file…' }).click()]);
    await chooser.setFiles(file);
    await see(dialog.getByLabel('Summary of rows')).toContainText('2 rows');
    await see(dialog.getByLabel('Summary of rows')).toContainText('0 with errors');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await see(page.getByRole('heading', { level: 1 })).toHaveText('S.11 audit 2024 (past results)');
    const past = (await call<CycleSummary[]>(app, 'cycles.list')).find((c) => c.name === 'S.11 audit 2024 (past results)')!;
    expect(past.historical).toBe(true);
    expect(past.inScope).toBe(1);

    await app.goto(`cycles/${cycle.id}/analysis`);
    await see(page.getByRole('heading', { name: 'Compared with S.11 audit 2024 (past results)' })).toBeVisible();
    await see(page.getByRole('grid', { name: 'Movement by agency and standard' })).toContainText(first.agencyName);
    await app.screenshot('cycles-comparison');
  });
});

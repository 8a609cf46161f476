import { addDays, format } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyListRow } from '../../shared/domain/agency';
import type { CycleSummary, ReturnRow } from '../../shared/domain/cycle';
import { browserAvailable, call, gridRows, gridStatus, startApp, type App } from './fixture';
import { see } from './see';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const long = (d: Date) => format(d, 'd MMMM yyyy');
/** As people type dates in England. */
const uk = (d: Date) => format(d, 'dd/MM/yyyy');

describe.skipIf(!browserAvailable())('opening a cycle', () => {
  let app: App;
  let s11: AgencyListRow[];
  beforeAll(async () => {
    app = await startApp();
    s11 = (await call<AgencyListRow[]>(app, 'agencies.list', {})).filter((a) => a.active && a.duties.includes('s11'));
    await app.goto('cycles');
    await gridStatus(app.page, 'cycles').waitFor();
  });
  afterAll(() => app?.close());

  it('opens a Section 11 cycle through the wizard, with inline errors first', async () => {
    const { page } = app;
    expect(s11.length).toBeGreaterThan(5);
    const today = new Date();
    await page.getByRole('button', { name: 'New cycle' }).click();
    await see(page.getByRole('heading', { level: 1 })).toHaveText('New audit cycle');

    // Nothing filled in: the schema's messages appear beside the fields and the wizard stays on step 1.
    await page.getByRole('button', { name: 'Next: agencies' }).click();
    await see(page.getByText('A cycle needs a name')).toBeVisible();
    await see(page.getByText('Choose a framework version.')).toBeVisible();
    await see(page.getByText('Give the period, e.g. 2024/25')).toBeVisible();

    await page.getByRole('textbox', { name: 'Name' }).fill('S.11 Self-Assessment Audit (test)');
    await page.getByRole('combobox', { name: 'Framework version' }).selectOption({ label: 'Safeguarding and Early Help Compact Audit (2023)' });
    await page.getByRole('textbox', { name: 'Period' }).fill('2026/27');
    const launch = addDays(today, -60);
    const initial = addDays(today, -10);
    const final = addDays(today, 20);
    await page.getByLabel('Launch date').fill('31/02/2026');
    await see(page.getByText('Not a date: type it as 18/11/2024.')).toBeVisible();
    await page.getByLabel('Launch date').fill(uk(launch));
    await page.getByLabel('Initial deadline').fill(uk(final));
    await page.getByLabel('Final deadline').fill(uk(initial));
    await page.getByRole('button', { name: 'Next: agencies' }).click();
    await see(page.getByText('the final deadline is before the initial deadline', { exact: false })).toBeVisible();
    await page.getByLabel('Initial deadline').fill(uk(initial));
    await page.getByLabel('Final deadline').fill(uk(final));
    await see(page.getByText('the final deadline is before the initial deadline', { exact: false })).toHaveCount(0);
    // Dates are written out en-GB under each box.
    await see(page.getByText(long(initial))).toBeVisible();
    await app.screenshot('cycles-new-wizard-details');
    await page.getByRole('button', { name: 'Next: agencies' }).click();

    await page.getByRole('button', { name: `Add s11 (${s11.length})` }).click();
    await see(page.getByTestId('scope-count')).toHaveText(`${s11.length} agencies in scope`);
    const health = s11.filter((a) => a.sectorName === 'Health').length;
    const all = (await call<AgencyListRow[]>(app, 'agencies.list', {})).filter((a) => a.active && a.sectorName === 'Health').length;
    await see(page.getByRole('table', { name: 'Agencies in scope by sector' }).getByRole('row', { name: /Health/ })).toContainText(`${health} of ${all}`);
    await app.screenshot('cycles-new-wizard');

    await page.getByRole('button', { name: 'Create cycle' }).click();
    await see(page.getByRole('heading', { level: 1 })).toHaveText('S.11 Self-Assessment Audit (test)');
    await expect.poll(() => page.url()).toMatch(/#\/cycles\/\d+$/);
    const cycles = await call<CycleSummary[]>(app, 'cycles.list');
    const made = cycles.find((c) => c.name === 'S.11 Self-Assessment Audit (test)')!;
    expect(made.inScope).toBe(s11.length);
    expect(made.initialDeadline).toBe(iso(initial));
  });

  it('shows the returns board with counts and 0% returned', async () => {
    const { page } = app;
    await see(page.getByTestId('tile-in-scope')).toContainText(String(s11.length));
    await see(page.getByTestId('tile-returned')).toContainText('0%');
    await see(page.getByTestId('tile-returned')).toContainText(`0 of ${s11.length}`);
    await see(page.getByRole('table', { name: 'Returns by status' })).toContainText('Not issued');
    await see(page.getByRole('table', { name: 'Returned by sector' })).toContainText('Health');
    // The initial deadline has passed and nothing is in, so everyone is overdue.
    await see(page.getByTestId('tile-overdue')).toContainText(String(s11.length));
    await see(page.getByRole('table', { name: 'Overdue returns' }).locator('tbody tr')).toHaveCount(s11.length);
    await app.screenshot('cycles-returns-board');
  });

  it('lists the returns in the grid and selects the overdue ones', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Returns', exact: true }).click();
    await expect.poll(() => gridStatus(page, 'returns').textContent()).toBe(`Showing ${s11.length} of ${s11.length} returns`);
    await page.getByRole('button', { name: 'Select overdue' }).click();
    await see(page.getByRole('button', { name: `Clear (${s11.length})` })).toBeVisible();
    await expect.poll(() => gridRows(page, 'Returns').first().getByRole('checkbox').isChecked()).toBe(true);
    await see(gridRows(page, 'Returns').first()).toContainText('Not issued');
    await app.screenshot('cycles-returns-grid');
    const rows = await call<ReturnRow[]>(app, 'returns.list', { cycleId: Number(/cycles\/(\d+)/.exec(page.url())![1]) });
    expect(rows.every((r) => r.status === 'not_issued')).toBe(true);
  });
});

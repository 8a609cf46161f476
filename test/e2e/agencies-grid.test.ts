import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyListRow } from '../../shared/domain/agency';
import { browserAvailable, call, gridRows, gridStatus, startApp, type App } from './fixture';
import { see } from './see';

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

describe.skipIf(!browserAvailable())('agency grid', () => {
  let app: App;
  let agencies: AgencyListRow[];
  beforeAll(async () => {
    app = await startApp();
    agencies = await call<AgencyListRow[]>(app, 'agencies.list', {});
    await app.goto('agencies');
    await gridStatus(app.page, 'agencies').waitFor();
  });
  afterAll(() => app?.close());

  it('shows the demo agencies', async () => {
    const { page } = app;
    expect(agencies.length).toBeGreaterThan(10);
    await expect.poll(() => gridStatus(page, 'agencies').textContent()).toBe(`Showing ${agencies.length} of ${agencies.length} agencies`);
    const first = [...agencies].sort((a, b) => collator.compare(a.name, b.name))[0]!;
    await expect.poll(() => gridRows(page, 'Agencies').first().locator('td').first().textContent()).toBe(first.name);
    await app.screenshot('agency-grid');
  });

  it('filters by the search box and by a column filter', async () => {
    const { page } = app;
    const target = agencies.find((a) => a.schoolUrn)!;
    const search = page.getByRole('searchbox', { name: 'Search agencies' });
    await search.fill(target.schoolUrn!);
    await expect.poll(() => gridStatus(page, 'agencies').textContent()).toBe(`Showing 1 of ${agencies.length} agencies`);
    await see(gridRows(page, 'Agencies')).toHaveCount(1);
    await see(gridRows(page, 'Agencies').first()).toContainText(target.name);
    await search.fill('');

    const health = agencies.filter((a) => a.sectorName === 'Health').length;
    expect(health).toBeGreaterThan(0);
    await page.getByRole('combobox', { name: 'Filter Sector' }).selectOption('Health');
    await expect.poll(() => gridStatus(page, 'agencies').textContent()).toBe(`Showing ${health} of ${agencies.length} agencies`);
    const sectors = await gridRows(page, 'Agencies').locator('td:nth-child(2)').allTextContents();
    expect(new Set(sectors)).toEqual(new Set(['Health']));
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect.poll(() => gridStatus(page, 'agencies').textContent()).toBe(`Showing ${agencies.length} of ${agencies.length} agencies`);
  });

  it('sorts when a column heading is clicked', async () => {
    const { page } = app;
    const nameHeader = page.getByRole('columnheader', { name: 'Name' });
    await see(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    await nameHeader.getByRole('button').click();
    await see(nameHeader).toHaveAttribute('aria-sort', 'descending');
    const last = [...agencies].sort((a, b) => collator.compare(b.name, a.name))[0]!;
    await expect.poll(() => gridRows(page, 'Agencies').first().locator('td').first().textContent()).toBe(last.name);

    const postcodeHeader = page.getByRole('columnheader', { name: 'Postcode' });
    await postcodeHeader.getByRole('button').click();
    await see(postcodeHeader).toHaveAttribute('aria-sort', 'ascending');
    await see(nameHeader).toHaveAttribute('aria-sort', 'none');
    const lowest = agencies.map((a) => a.postcode).filter((p): p is string => Boolean(p)).sort(collator.compare)[0]!;
    const postcodeIndex = await page.getByRole('columnheader').evaluateAll((hs) => hs.findIndex((h) => h.textContent?.trim() === 'Postcode'));
    await expect.poll(() => gridRows(page, 'Agencies').first().locator('td').nth(postcodeIndex).textContent()).toBe(lowest);
  });

  it('hides a column from the column chooser and remembers it', async () => {
    const { page } = app;
    await see(page.getByRole('columnheader', { name: 'Town' })).toHaveCount(1);
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Town' }).click();
    await page.keyboard.press('Escape');
    await see(page.getByRole('columnheader', { name: 'Town' })).toHaveCount(0);
    await page.reload();
    await gridStatus(page, 'agencies').waitFor();
    await see(page.getByRole('columnheader', { name: 'Postcode' })).toHaveCount(1);
    await see(page.getByRole('columnheader', { name: 'Town' })).toHaveCount(0);
  });

  it('opens an agency with the keyboard', async () => {
    const { page } = app;
    const rows = gridRows(page, 'Agencies');
    // Read the name first: once the modal drawer opens, the grid is hidden from role queries.
    const firstName = await rows.first().locator('td').first().textContent();
    await rows.first().click();
    await page.getByRole('dialog', { name: firstName! }).getByRole('button', { name: 'Close' }).first().click();
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    const second = await rows.nth(1).locator('td').first().textContent();
    await page.keyboard.press('Enter');
    await see(page.getByRole('dialog', { name: second! })).toBeVisible();
    await page.keyboard.press('Escape');
    await see(page.getByRole('dialog')).toHaveCount(0);
  });

  it('keeps only the visible rows of a long register in the page', async () => {
    const { page } = app;
    const lines = ['Name,Sector,Town'];
    for (let i = 1; i <= 2000; i++) lines.push(`Bulk Test Setting ${String(i).padStart(4, '0')},Voluntary and community,Northmoor`);
    const file = { fileName: 'bulk.csv', contentBase64: Buffer.from(lines.join('\n')).toString('base64') };
    const result = await call<{ created: number }>(app, 'agencies.importCommit', file);
    expect(result.created).toBe(2000);
    await page.reload();
    const total = agencies.length + 2000;
    await expect.poll(() => gridStatus(page, 'agencies').textContent(), { timeout: 20_000 }).toBe(`Showing ${total} of ${total} agencies`);
    const inDom = await gridRows(page, 'Agencies').count();
    expect(inDom).toBeGreaterThan(5);
    expect(inDom).toBeLessThan(100);
    await page.getByRole('grid', { name: 'Agencies' }).locator('xpath=..').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    // The last row in the page is now the last row of the register (2 header rows: headings and filters).
    await see(gridRows(page, 'Agencies').last()).toHaveAttribute('aria-rowindex', String(total + 2));
    expect(await gridRows(page, 'Agencies').count()).toBeLessThan(100);
  });
});

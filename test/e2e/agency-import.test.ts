import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyListRow } from '../../shared/domain/agency';
import { browserAvailable, call, gridRows, gridStatus, startApp, type App } from './fixture';
import { see } from './see';

const HEADINGS = 'Agency name,Sector,Address,Town,Postcode,Safeguarding lead,Email';
const GOOD_1 = 'Riverside Youth Project,Voluntary and community,1 Quay Street,Northmoor,NM1 4QT,Dana Okafor,dana.okafor@riverside.example';
const GOOD_2 = 'Little Owls Pre-School,Early years,Church Hall,Kelby,NM7 2LW,Sam Pryce,sam.pryce@littleowls.example';
const BAD_2 = 'Little Owls Pre-School,Early years,Church Hall,Kelby,NM7 2LW,Sam Pryce,sam.pryce at littleowls';

describe.skipIf(!browserAvailable())('agency import', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
    await app.goto('agencies');
    await gridStatus(app.page, 'agencies').waitFor();
  });
  afterAll(() => app?.close());

  const chooseFile = async (button: string, path: string) => {
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.page.getByRole('button', { name: button }).click()]);
    await chooser.setFiles(path);
  };

  it('shows row errors, refuses to import, then imports the corrected file', async () => {
    const { page } = app;
    const before = (await call<AgencyListRow[]>(app, 'agencies.list', {})).length;
    const badFile = join(app.dataDir, 'new-agencies.csv');
    writeFileSync(badFile, [HEADINGS, GOOD_1, BAD_2].join('\r\n'));

    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import agencies' });
    await see(dialog).toBeVisible();
    await see(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    await chooseFile('Choose file…', badFile);

    const rowErrors = dialog.getByRole('list', { name: 'Row errors' });
    await see(rowErrors).toContainText('Row 3, column Email: not an email address');
    await see(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    await see(dialog.getByTestId('import-blocked-reason')).toContainText('1 row has errors');
    await see(dialog.getByLabel('Summary of rows')).toContainText('1 new');
    await see(dialog.getByLabel('Summary of rows')).toContainText('1 with errors');
    // The mapping found the headings on its own, and the preview shows what will happen to each row.
    await see(dialog.getByRole('combobox', { name: 'Name' })).toHaveValue('Agency name');
    await see(gridRows(page, 'Rows in the file')).toHaveCount(2);
    await see(gridRows(page, 'Rows in the file').nth(1)).toContainText('Error');
    await app.screenshot('import-preview-errors');

    const goodFile = join(app.dataDir, 'new-agencies-fixed.csv');
    writeFileSync(goodFile, [HEADINGS, GOOD_1, GOOD_2].join('\r\n'));
    await chooseFile('Choose a different file…', goodFile);
    await see(dialog.getByLabel('Summary of rows')).toContainText('2 new');
    await see(dialog.getByRole('list', { name: 'Row errors' })).toHaveCount(0);
    const importButton = dialog.getByRole('button', { name: 'Import', exact: true });
    await see(importButton).toBeEnabled();
    await importButton.click();

    await see(page.getByText('Imported: 2 new, 0 updated')).toBeVisible();
    await see(dialog).toHaveCount(0);
    await expect.poll(() => gridStatus(page, 'agencies').textContent()).toBe(`Showing ${before + 2} of ${before + 2} agencies`);
    await page.getByRole('searchbox', { name: 'Search agencies' }).fill('Little Owls');
    await see(gridRows(page, 'Agencies')).toHaveCount(1);
    await see(gridRows(page, 'Agencies').first()).toContainText('Sam Pryce');
  });

  it('re-runs the preview when a column mapping changes', async () => {
    const { page } = app;
    const file = join(app.dataDir, 'odd-headings.csv');
    writeFileSync(file, ['Setting,Kind,Where,PC', 'Tiny Steps Nursery,Early years,Kelby,NM7 5TS'].join('\n'));
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import agencies' });
    await chooseFile('Choose file…', file);
    await see(dialog.getByRole('combobox', { name: 'Town' })).toHaveValue('');
    await dialog.getByRole('combobox', { name: 'Town' }).selectOption('Where');
    await see(gridRows(page, 'Rows in the file').first()).toContainText('Kelby');
    await see(dialog.getByRole('columnheader', { name: 'Town' })).toHaveCount(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await see(dialog).toHaveCount(0);
  });
});

import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionDetail, ActionGroup, ActionRow } from '../../shared/domain/action';
import { browserAvailable, call, gridRows, gridStatus, startApp, type App } from './fixture';
import { saveDownload } from './kit';
import { see } from './see';

describe.skipIf(!browserAvailable())('action groups, the new action form, and the files the board makes', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.close());


  it('adds, renames and deactivates an action group in Settings', async () => {
    const { page } = app;
    await app.goto('settings');
    const table = page.getByRole('table', { name: 'Action groups' });
    await see(table.getByRole('textbox', { name: 'Name of group Executive' })).toHaveValue('Executive');
    await page.getByRole('textbox', { name: 'New group' }).fill('Education subgroup');
    await page.getByRole('button', { name: 'Add group' }).click();
    await see(page.getByText('Education subgroup added.')).toBeVisible();
    const name = table.getByRole('textbox', { name: 'Name of group Education subgroup' });
    await see(name).toHaveValue('Education subgroup');
    await name.fill('Education and Early Years subgroup');
    await table.getByRole('button', { name: 'Save name of Education subgroup' }).click();
    await see(page.getByText('Renamed to Education and Early Years subgroup.')).toBeVisible();
    const row = table.getByRole('row').filter({ has: page.getByRole('textbox', { name: 'Name of group Education and Early Years subgroup' }) });
    await row.getByRole('button', { name: 'Deactivate' }).click();
    await see(row).toContainText('Inactive');
    const groups = await call<ActionGroup[]>(app, 'actionGroups.list', { includeInactive: true });
    expect(groups.find((g) => g.name === 'Education and Early Years subgroup')).toMatchObject({ active: false });
  });

  it('shows each missing field next to it, then creates a partnership action', async () => {
    const { page } = app;
    await app.goto('actions?bucket=all');
    const before = await call<ActionRow[]>(app, 'actions.list', { bucket: 'all' });
    await expect.poll(() => gridStatus(page, 'actions').textContent()).toBe(`Showing ${before.length} of ${before.length} actions`);
    await page.getByRole('button', { name: 'New action' }).click();
    const drawer = page.getByRole('dialog', { name: 'New action' });
    await drawer.getByRole('button', { name: 'Create action' }).click();
    await see(drawer.getByText('Choose the agency whose action this is.')).toBeVisible();
    await see(drawer.getByText('Enter the due date, for example 31/03/2027.')).toBeVisible();
    await see(drawer.getByRole('textbox', { name: 'Description' })).toHaveAttribute('aria-invalid', 'true');

    await drawer.getByRole('radio', { name: 'Partnership action (owned by a group)' }).check();
    await drawer.getByRole('button', { name: 'Create action' }).click();
    await see(drawer.getByText('Choose the group that owns this partnership action.')).toBeVisible();
    await drawer.getByRole('combobox', { name: 'Group' }).selectOption({ label: 'Executive' });
    await drawer.getByRole('textbox', { name: 'Description' }).fill('Write to every agency about the audit timetable for next year.');
    await drawer.getByRole('textbox', { name: 'Multi-agency theme' }).fill('Audit timetable');
    await drawer.getByRole('combobox', { name: 'Owner' }).fill('Partnership Business Manager');
    await drawer.getByRole('textbox', { name: 'Due date' }).fill('31/03/2027');
    await drawer.getByRole('button', { name: 'Create action' }).click();
    await see(page.getByText('has been saved.')).toBeVisible();

    const after = await call<ActionRow[]>(app, 'actions.list', { bucket: 'all' });
    const made = after.find((a) => !before.some((b) => b.id === a.id))!;
    expect(made).toMatchObject({ kind: 'partnership', groupName: 'Executive', dueDate: '2027-03-31', owner: 'Partnership Business Manager', theme: 'Audit timetable' });
    const opened = page.getByRole('dialog', { name: new RegExp(`^${made.reference}`) });
    await see(opened).toBeVisible();
    await opened.getByRole('button', { name: 'Close' }).first().click();
    await expect.poll(() => gridStatus(page, 'actions').textContent()).toBe(`Showing ${after.length} of ${after.length} actions`);
    await page.getByRole('searchbox', { name: 'Search actions' }).fill(made.reference);
    await see(gridRows(page, 'Actions').first()).toContainText('Executive (partnership)');
    await page.getByRole('searchbox', { name: 'Search actions' }).fill('');
  });

  it('exports the filtered tracker and downloads the meeting pack as one zip', async () => {
    const { page } = app;
    await app.goto('actions?bucket=overdue');
    await see(page.getByTestId('bucket-overdue')).toHaveAttribute('aria-pressed', 'true');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to Excel' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(readFileSync(await saveDownload(app, xlsx)).subarray(0, 2).toString()).toBe('PK');

    await page.getByRole('button', { name: 'Meeting pack…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Assurance meeting pack' });
    await dialog.getByRole('textbox', { name: 'Meeting name' }).fill('March assurance meeting');
    await dialog.getByRole('button', { name: 'Build the pack' }).click();
    await see(dialog.getByText('Enter the meeting date, for example 18/03/2027.')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Meeting date' }).fill('18/03/2027');
    const [zip] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Build the pack' }).click()]);
    expect(zip.suggestedFilename()).toMatch(/^March assurance meeting 2027-03-18\.zip$/);
    const files = Object.keys((await JSZip.loadAsync(readFileSync(await saveDownload(app, zip)))).files);
    expect(files.some((f) => f.endsWith('.docx'))).toBe(true);
    expect(files.some((f) => f.endsWith('.xlsx'))).toBe(true);
    await see(dialog.getByRole('list', { name: 'Files in the pack' }).locator('li')).toHaveCount(files.length);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('imports a plan sent back: a row with a reference records its progress; nothing before Import', async () => {
    const { page } = app;
    const action = (await call<ActionRow[]>(app, 'actions.list', { bucket: 'open', kind: 'agency' })).find((a) => a.status !== 'at_risk')!;
    const file = join(app.dataDir, 'plan-back.csv');
    writeFileSync(file, ['Reference,Progress update,New RAG,New status', `${action.reference},All staff trained; the matrix is up to date.,Green,Complete`].join('\r\n'));
    await app.goto('actions');
    await page.getByRole('button', { name: 'Import plan…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import an action plan' });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose file…' }).click()]);
    await chooser.setFiles(file);
    await see(dialog.getByLabel('Summary of rows')).toContainText('1 rows');
    await see(dialog.getByLabel('Summary of rows')).toContainText('1 updates');
    await see(dialog.getByLabel('Summary of rows')).toContainText('0 with errors');
    expect((await call<ActionDetail>(app, 'actions.get', { id: action.id })).status).toBe(action.status);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await see(page.getByText('Action plan imported')).toBeVisible();
    const after = await call<ActionDetail>(app, 'actions.get', { id: action.id });
    expect(after.status).toBe('complete');
    expect(after.updates[0]).toMatchObject({ text: 'All staff trained; the matrix is up to date.', rag: 'green', status: 'complete' });
  });

  it('requests updates from agencies with actions due: previews each, then downloads the .eml drafts', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Request updates…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Request updates on actions' });
    const previews = dialog.getByRole('list', { name: 'Requests for updates' });
    await see(previews).toBeVisible();
    await see(previews).toContainText('Subject');
    const create = dialog.getByRole('button', { name: /^Create \d+ Outlook drafts?$/ });
    const n = Number(/\d+/.exec((await create.textContent()) ?? '')?.[0]);
    expect(n).toBeGreaterThan(0);
    const [zip] = await Promise.all([page.waitForEvent('download'), create.click()]);
    expect(zip.suggestedFilename()).toBe('Requests for action updates.zip');
    const names = Object.keys((await JSZip.loadAsync(readFileSync(await saveDownload(app, zip)))).files);
    expect(names.filter((f) => f.endsWith('.eml'))).toHaveLength(n);
    await see(dialog).toContainText(`${n} email ${n === 1 ? 'draft' : 'drafts'} created and recorded.`);
    await see(previews).toContainText('last asked');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });
});

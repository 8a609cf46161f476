import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameworkDetail, FrameworkSummary } from '../../shared/domain/framework';
import { browserAvailable, call, gridRows, gridStatus, startApp, type App } from './fixture';
import { see } from './see';

const READ_ONLY = 'This version is used by a cycle and cannot be changed. Duplicate it to make a new version.';

describe.skipIf(!browserAvailable())('framework editor', () => {
  let app: App;
  let original: FrameworkSummary;
  beforeAll(async () => {
    app = await startApp();
    const list = await call<FrameworkSummary[]>(app, 'frameworks.list');
    original = list.find((f) => f.builtIn && f.familyKey === 'compact-audit')!;
    await app.goto('frameworks');
    await gridStatus(app.page, 'frameworks').waitFor();
  });
  afterAll(() => app?.close());

  it('duplicates the built-in Compact Audit, edits an item and a level, and keeps the changes', async () => {
    const { page } = app;
    expect(original).toBeTruthy();
    const title = `${original.name} (${original.versionLabel})`;
    await gridRows(page, 'Frameworks').filter({ hasText: original.versionLabel }).getByRole('button', { name: `Actions for ${title}` }).click();
    await page.getByRole('menuitem', { name: 'Duplicate as new version…' }).click();
    const ask = page.getByRole('dialog', { name: `Duplicate ${title} as a new version` });
    await ask.getByRole('textbox', { name: 'Version label' }).fill('2027 consultation');
    await ask.getByRole('button', { name: 'Create new version' }).click();

    await see(page.getByRole('heading', { level: 1 })).toHaveText(`${original.name} (2027 consultation)`);
    await expect.poll(() => page.url()).toMatch(/#\/frameworks\/\d+$/);
    const id = Number(/frameworks\/(\d+)$/.exec(page.url())![1]);
    expect(id).not.toBe(original.id);
    await see(page.getByText(READ_ONLY)).toHaveCount(0);

    const item = page.getByRole('group', { name: 'Item 1.1' });
    const newText = 'The board has named a senior lead for safeguarding children, and every member of staff can say who it is.';
    await item.getByRole('textbox', { name: 'Item text', exact: true }).fill(newText);
    await see(page.getByRole('status').filter({ hasText: 'Unsaved changes' })).toBeVisible();

    await page.getByRole('tab', { name: 'Rating scale' }).click();
    await page.getByRole('textbox', { name: 'Level 2 label' }).fill('Good – meets the standard');
    await see(page.getByLabel('How the scale looks')).toContainText('Good – meets the standard');
    await app.screenshot('framework-editor-scale');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await see(page.getByText(`${original.name} (2027 consultation) has been saved.`)).toBeVisible();
    await see(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();

    const stored = await call<FrameworkDetail>(app, 'frameworks.get', { id });
    expect(stored.doc.standards[0]!.items[0]!.text).toBe(newText);
    expect(stored.doc.scale.levels[1]!.label).toBe('Good – meets the standard');

    await page.reload();
    await see(page.getByRole('heading', { level: 1 })).toHaveText(`${original.name} (2027 consultation)`);
    await see(page.getByRole('group', { name: 'Item 1.1' }).getByRole('textbox', { name: 'Item text', exact: true })).toHaveValue(newText);
    await app.screenshot('framework-editor');
    await page.getByRole('tab', { name: 'Rating scale' }).click();
    await see(page.getByRole('textbox', { name: 'Level 2 label' })).toHaveValue('Good – meets the standard');
  });

  it('explains a duplicate item number in words', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /Standards and items/ }).click();
    await page.getByRole('navigation', { name: 'Standards' }).getByRole('button').nth(3).click();
    const items = page.getByRole('group', { name: /^Item / });
    const second = await items.nth(1).getByRole('textbox', { name: 'Number', exact: true }).inputValue();
    await items.nth(2).getByRole('textbox', { name: 'Number', exact: true }).fill(second);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await see(page.getByRole('list', { name: 'Problems to fix' })).toContainText(`Standard 4, item 3: item number ${second} is used twice`);
  });

  it('shows the original published version as read-only', async () => {
    const { page } = app;
    await app.goto(`frameworks/${original.id}`);
    await see(page.getByRole('heading', { level: 1 })).toHaveText(`${original.name} (${original.versionLabel})`);
    await see(page.getByText(READ_ONLY)).toBeVisible();
    await see(page.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
    const text = page.getByRole('group', { name: 'Item 1.1' }).getByRole('textbox', { name: 'Item text', exact: true });
    await see(text).toHaveAttribute('readonly', '');
    await see(text).notToHaveValue(/every member of staff can say who it is/);
    await see(page.getByRole('button', { name: 'Add item' })).toHaveCount(0);
    await app.screenshot('framework-editor-read-only');
  });

  it('exports a version as JSON and imports it back as a new draft', async () => {
    const { page } = app;
    await app.goto('frameworks');
    await gridStatus(page, 'frameworks').waitFor();
    const title = `${original.name} (${original.versionLabel})`;
    await gridRows(page, 'Frameworks').filter({ hasText: original.versionLabel }).getByRole('button', { name: `Actions for ${title}` }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Export JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const path = await download.path();
    const exported = JSON.parse(readFileSync(path, 'utf8')) as { familyKey: string; standards: unknown[] };
    expect(exported.familyKey).toBe(original.familyKey);
    expect(exported.standards).toHaveLength(original.standardCount);

    const before = (await call<FrameworkSummary[]>(app, 'frameworks.list')).length;
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import (JSON or Excel)…' }).click()]);
    await chooser.setFiles(path);
    await expect.poll(() => page.url()).not.toMatch(/#\/frameworks$/);
    await see(page.getByRole('heading', { level: 1 })).toContainText(original.name);
    await see(page.getByText(READ_ONLY)).toHaveCount(0);
    expect((await call<FrameworkSummary[]>(app, 'frameworks.list')).length).toBe(before + 1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../shared/domain/settings';
import { join } from 'node:path';
import { REPO, browserAvailable, call, startApp, type App } from './fixture';
import { see } from './see';

describe.skipIf(!browserAvailable())('launch token and settings', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.close());

  it('takes the token out of the address bar and refuses API calls without it', async () => {
    const { page } = app;
    expect(page.url()).not.toContain('token=');
    const stored = await page.evaluate(() => sessionStorage.getItem('auditDesk.launchToken'));
    expect(stored).toBe(app.harness.token);

    const statuses = await page.evaluate(async (token) => {
      const post = (headers: Record<string, string>) =>
        fetch('/api/app.info', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' }).then(async (r) => ({
          status: r.status,
          body: (await r.json()) as { ok: boolean; error?: { code: string } },
        }));
      return {
        none: await post({}),
        wrong: await post({ 'x-audit-desk-token': 'not-the-token' }),
        right: await post({ 'x-audit-desk-token': token }),
      };
    }, app.harness.token);
    expect(statuses.none.status).toBe(401);
    expect(statuses.none.body.error?.code).toBe('unauthorised');
    expect(statuses.wrong.status).toBe(401);
    expect(statuses.right.status).toBe(200);
    expect(statuses.right.body.ok).toBe(true);
  });

  it('saves the partnership name and shows it in the header', async () => {
    const { page } = app;
    await app.goto('settings');
    await see(page.getByText(app.dataDir, { exact: true })).toBeVisible();
    await see(page.getByText('Browser (local service)')).toBeVisible();
    const name = page.getByRole('textbox', { name: 'Partnership name' });
    await name.fill('Northmoor and Westvale Safeguarding Children Partnership');
    await page.getByRole('textbox', { name: 'Brand colour code' }).fill('#8A1538');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose logo…' }).click()]);
    await chooser.setFiles(join(REPO, 'resources', 'icons', 'icon.png'));
    await see(page.getByRole('img', { name: 'Partnership logo' })).toBeVisible();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await see(page.getByText('Settings have been saved.')).toBeVisible();
    await see(page.getByTestId('partnership-name')).toHaveText('Northmoor and Westvale Safeguarding Children Partnership');
    const saved = await call<Settings>(app, 'settings.get');
    expect(saved.partnershipName).toBe('Northmoor and Westvale Safeguarding Children Partnership');
    expect(saved.brandColour).toBe('#8A1538');
    expect(saved.logoMimeType).toBe('image/png');
    expect(saved.logoBase64?.length).toBeGreaterThan(1000);
    await page.getByRole('textbox', { name: 'Short name' }).fill('');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await see(page.getByText('Must be filled in', { exact: true })).toBeVisible();
    // The Documents card has its own Undo changes (disabled, nothing changed there); this is the one beside Save settings.
    await page.getByRole('button', { name: 'Undo changes', disabled: false }).click();
    await see(page.getByRole('textbox', { name: 'Short name' })).toHaveValue(saved.partnershipShortName);
    await app.screenshot('settings');
  });

  it('renames, adds and retires sectors, and refuses to retire one still in use', async () => {
    const { page } = app;
    await app.goto('settings');
    const sectors = page.getByRole('table', { name: 'Sectors' });
    await sectors.getByRole('textbox', { name: 'Name of sector Sport and leisure' }).fill('Sport, leisure and culture');
    await sectors.getByRole('button', { name: 'Save name of Sport and leisure' }).click();
    await see(page.getByText('Renamed to Sport, leisure and culture.')).toBeVisible();
    await page.getByRole('textbox', { name: 'New sector' }).fill('Faith groups');
    await page.getByRole('button', { name: 'Add sector' }).click();
    await see(sectors.getByRole('textbox', { name: 'Name of sector Faith groups' })).toBeVisible();
    const row = sectors.getByRole('row').filter({ has: page.getByRole('textbox', { name: 'Name of sector Faith groups' }) });
    await row.getByRole('button', { name: 'Retire' }).click();
    await see(row.getByText('Retired')).toBeVisible();
    // Police still has active agencies: retiring it is refused with the reason.
    const police = sectors.getByRole('row').filter({ has: page.getByRole('textbox', { name: 'Name of sector Police' }) });
    await police.getByRole('button', { name: 'Retire' }).click();
    await see(police.getByText('In use')).toBeVisible();
    const list = await call<Array<{ name: string; active: boolean }>>(app, 'sectors.list');
    expect(list.find((x) => x.name === 'Sport, leisure and culture')).toBeTruthy();
    expect(list.find((x) => x.name === 'Faith groups')?.active).toBe(false);
    expect(list.find((x) => x.name === 'Police')?.active).toBe(true);
    await app.goto('agencies');
    await see(page.getByRole('gridcell', { name: 'Sport, leisure and culture' }).first()).toBeVisible();
    await app.goto('settings');
    await page.getByRole('table', { name: 'Sectors' }).scrollIntoViewIfNeeded();
    await app.screenshot('settings-sectors');
  });
});

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyListRow } from '../../shared/domain/agency';
import { browserAvailable, call, gridRows, gridStatus, startApp, type App } from './fixture';
import { see } from './see';

describe.skipIf(!browserAvailable())('editing agencies', () => {
  let app: App;
  let agencies: AgencyListRow[];
  beforeAll(async () => {
    app = await startApp();
    agencies = await call<AgencyListRow[]>(app, 'agencies.list', {});
    await app.goto('agencies');
    await gridStatus(app.page, 'agencies').waitFor();
  });
  afterAll(() => app?.close());

  const openAgency = async (name: string) => {
    await app.page.getByRole('searchbox', { name: 'Search agencies' }).fill(name);
    await gridRows(app.page, 'Agencies').filter({ hasText: name }).first().click();
    const drawer = app.page.getByRole('dialog', { name });
    await see(drawer).toBeVisible();
    return drawer;
  };

  it('saves a postcode, shows the change in History, and deactivates with a reason', async () => {
    const { page } = app;
    const agency = agencies.find((a) => a.postcode && a.postcode !== 'NM1 9ZZ')!;
    const drawer = await openAgency(agency.name);
    const postcode = drawer.getByRole('textbox', { name: 'Postcode' });
    await see(postcode).toHaveValue(agency.postcode!);

    // A wrong postcode is caught next to the field, before anything is sent.
    await postcode.fill('ZZZ');
    await see(drawer.getByText('● Unsaved changes')).toBeVisible();
    await drawer.getByRole('button', { name: 'Save', exact: true }).click();
    await see(drawer.getByText('Not a UK postcode')).toBeVisible();

    await postcode.fill('nm1 9zz');
    await drawer.getByRole('button', { name: 'Save', exact: true }).click();
    await see(page.getByText(`${agency.name} has been saved.`)).toBeVisible();
    await see(postcode).toHaveValue('NM1 9ZZ');
    await see(drawer.getByText('● Unsaved changes')).toHaveCount(0);
    const saved = await call<{ postcode: string; duties: string[] }>(app, 'agencies.get', { id: agency.id });
    expect(saved.postcode).toBe('NM1 9ZZ');
    expect(saved.duties).toEqual(agency.duties);

    await drawer.getByRole('tab', { name: 'History' }).click();
    const history = drawer.getByRole('list', { name: 'History' });
    await see(history).toContainText(`Postcode: ${agency.postcode} → NM1 9ZZ`);
    await see(history).toContainText('by e2e.tester');
    await see(history.locator('li').first()).toContainText(/\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}/);

    await drawer.getByRole('button', { name: 'Deactivate…' }).click();
    const ask = page.getByRole('dialog', { name: `Deactivate ${agency.name}?` });
    await ask.getByRole('button', { name: 'Deactivate' }).click();
    await see(ask.getByText('Enter reason.')).toBeVisible();
    await ask.getByRole('textbox', { name: 'Reason' }).fill('Merged into Northmoor Academy Trust');
    await ask.getByRole('button', { name: 'Deactivate' }).click();
    await see(drawer.getByText('This agency is inactive: Merged into Northmoor Academy Trust')).toBeVisible();
    await drawer.getByRole('button', { name: 'Close' }).first().click();

    const total = agencies.length;
    await expect.poll(() => gridStatus(page, 'agencies').textContent()).toBe(`Showing 0 of ${total - 1} agencies`);
    await page.getByRole('switch', { name: 'Include inactive' }).click();
    await expect.poll(() => gridStatus(page, 'agencies').textContent()).toBe(`Showing 1 of ${total} agencies`);
    await see(gridRows(page, 'Agencies').first()).toContainText('Inactive');
    await page.getByRole('switch', { name: 'Include inactive' }).click();
    await page.getByRole('searchbox', { name: 'Search agencies' }).fill('');
  });

  it('adds a new agency and a new safeguarding lead for it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New agency' }).click();
    const drawer = page.getByRole('dialog', { name: 'New agency' });
    await drawer.getByRole('button', { name: 'Create agency' }).click();
    await see(drawer.getByText('A name is required')).toBeVisible();
    await see(drawer.getByText('Choose a sector.')).toBeVisible();

    await drawer.getByRole('textbox', { name: 'Name' }).fill('Westvale Boxing Club');
    await drawer.getByRole('combobox', { name: 'Sector' }).selectOption({ label: 'Sport and leisure' });
    await drawer.getByRole('checkbox', { name: 'Section 11 (Children Act 2004)' }).check();
    await drawer.getByRole('textbox', { name: 'Town' }).fill('Westvale');
    await see(drawer.getByText('● Unsaved changes')).toBeVisible();
    await drawer.getByRole('button', { name: 'Create agency' }).click();
    await see(page.getByText('Westvale Boxing Club has been saved.')).toBeVisible();

    const created = page.getByRole('dialog', { name: 'Westvale Boxing Club' });
    await created.getByRole('tab', { name: /Contacts/ }).click();
    await see(created.getByText('No one is linked to this agency yet.')).toBeVisible();
    await created.getByRole('button', { name: 'New contact…' }).click();
    const add = page.getByRole('dialog', { name: 'New contact at Westvale Boxing Club' });
    await add.getByRole('textbox', { name: 'Full name' }).fill('Kieran Walsh');
    await add.getByRole('textbox', { name: 'Email' }).fill('kieran.walsh@westvaleboxing.example');
    await see(add.getByRole('combobox', { name: 'Role at this agency' })).toHaveValue('safeguarding_lead');
    await add.getByRole('button', { name: 'Add contact' }).click();
    await see(add).toHaveCount(0);

    const linked = created.getByRole('table', { name: 'Contacts at Westvale Boxing Club' });
    await see(linked.getByRole('row', { name: /Kieran Walsh/ })).toContainText('Safeguarding lead');
    await see(created.getByRole('tab', { name: 'Contacts (1)' })).toBeVisible();
    await created.getByRole('button', { name: 'Close' }).first().click();

    await page.getByRole('searchbox', { name: 'Search agencies' }).fill('Westvale Boxing');
    const row = gridRows(page, 'Agencies').first();
    await see(gridRows(page, 'Agencies')).toHaveCount(1);
    const leadIndex = await page.getByRole('columnheader').evaluateAll((hs) => hs.findIndex((h) => h.textContent?.trim() === 'Safeguarding lead'));
    expect(leadIndex).toBeGreaterThan(0);
    await see(row.locator('td').nth(leadIndex)).toHaveText('Kieran Walsh');
    await app.screenshot('agency-grid-new-lead');
  });

  it('downloads the register as a Word document in the browser', async () => {
    const { page } = app;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Register (Word)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Agency register .*\.docx$/);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await see(page.getByText('Agency register ready')).toBeVisible();
  });
});

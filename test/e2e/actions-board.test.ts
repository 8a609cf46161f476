import { addDays, format, parseISO } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionDetail, ActionRow, HomeTiles } from '../../shared/domain/action';
import type { CycleSummary, ReturnDetail, ReturnRow } from '../../shared/domain/cycle';
import { browserAvailable, call, gridRows, gridStatus, startApp, type App } from './fixture';
import { see } from './see';

/** What a user types in a date box: 18/11/2026. */
const typed = (iso: string, days = 0) => format(addDays(parseISO(iso), days), 'dd/MM/yyyy');

describe.skipIf(!browserAvailable())('the actions board, an action’s updates, and actions from weak ratings', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.close());

  it('opens the overdue actions from the home tile: the list holds exactly the tile’s number, each overdue', async () => {
    const { page } = app;
    await app.goto('home');
    const count = page.getByTestId('home-overdue-count');
    await expect.poll(() => count.textContent()).toMatch(/^\d+$/);
    const n = Number(await count.textContent());
    const tiles = await call<HomeTiles>(app, 'home.tiles');
    expect(n).toBe(tiles.actionsOverdue);
    // The demo partnership has overdue actions, so the check below is about real rows.
    expect(n).toBeGreaterThan(0);
    await app.screenshot('actions-home');

    await page.getByTestId('home-overdue').click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/actions?bucket=overdue');
    await see(page.getByTestId('bucket-overdue')).toHaveAttribute('aria-pressed', 'true');
    await see(page.getByTestId('bucket-open')).toHaveAttribute('aria-pressed', 'false');
    await see(page.getByTestId('bucket-overdue-count')).toHaveText(String(n));
    await expect.poll(() => gridStatus(page, 'actions').textContent()).toBe(`Showing ${n} of ${n} ${n === 1 ? 'action' : 'actions'}`);
    const rows = gridRows(page, 'Actions');
    await see(rows.first()).toBeVisible();
    const texts = await rows.allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).toMatch(/overdue by \d+ days?/);
    // The rows in view are the overdue ones the backend counts, and no others.
    const overdue = await call<ActionRow[]>(app, 'actions.list', { bucket: 'overdue' });
    expect(overdue).toHaveLength(n);
    const refs = new Set(overdue.map((a) => a.reference));
    for (const t of texts) expect(refs.has(/A-\d+/.exec(t)?.[0] ?? '')).toBe(true);
    await app.screenshot('actions-board');

    // Another tile filters again, keyboard first.
    await page.getByTestId('bucket-all').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/actions?bucket=all');
    await see(page.getByTestId('bucket-all')).toHaveAttribute('aria-pressed', 'true');
    const all = await call<ActionRow[]>(app, 'actions.list', { bucket: 'all' });
    await expect.poll(() => gridStatus(page, 'actions').textContent()).toBe(`Showing ${all.length} of ${all.length} actions`);
  });

  it('asks for the reason when an update moves the due date, keeps the update, and flags a date moved twice', async () => {
    const { page } = app;
    const open = await call<ActionRow[]>(app, 'actions.list', { bucket: 'open', kind: 'agency' });
    const action = open.find((a) => a.dueDateMoves === 0 && !a.slipping)!;
    expect(action).toBeDefined();
    await app.goto('actions?bucket=all');
    await page.getByRole('searchbox', { name: 'Search actions' }).fill(action.reference);
    // Read the grid before the drawer opens: the modal drawer hides it from role queries.
    const row = gridRows(page, 'Actions').filter({ hasText: action.reference });
    await see(row).toHaveCount(1);
    await see(row).notToContainText(/Slipping/);
    await row.click();
    const drawer = page.getByRole('dialog', { name: new RegExp(`^${action.reference}`) });
    await see(drawer).toBeVisible();
    await see(drawer.getByRole('group', { name: 'Status and due date' })).toContainText('Due date');

    const moveDate = async (days: number, reason: string | null) => {
      await drawer.getByRole('button', { name: 'Add update…' }).first().click();
      const dialog = page.getByRole('dialog', { name: `Add an update to ${action.reference}` });
      await see(dialog).toBeVisible();
      const current = (await call<ActionDetail>(app, 'actions.get', { id: action.id })).dueDate;
      await dialog.getByRole('textbox', { name: 'New due date' }).fill(typed(current, days));
      await dialog.getByRole('textbox', { name: 'Progress' }).fill(`Moved by ${days} days`);
      if (reason) await dialog.getByRole('textbox', { name: 'Reason the due date moved' }).fill(reason);
      await dialog.getByRole('button', { name: 'Add update' }).click();
      return { dialog, current };
    };

    // Without a reason: refused next to the reason's own box, and nothing is saved.
    const first = await moveDate(30, null);
    const reason = first.dialog.getByRole('textbox', { name: 'Reason the due date moved' });
    await see(reason).toHaveAttribute('aria-invalid', 'true');
    await see(first.dialog.getByText('Give the reason the due date has moved')).toBeVisible();
    expect((await call<ActionDetail>(app, 'actions.get', { id: action.id })).updates).toHaveLength(0);

    await reason.fill('Training provider cancelled the March sessions.');
    await first.dialog.getByRole('button', { name: 'Add update' }).click();
    await see(first.dialog).toHaveCount(0);
    const timeline = drawer.getByRole('list', { name: 'Progress updates' });
    await see(timeline).toContainText('Due date moved from');
    await see(timeline).toContainText('Training provider cancelled the March sessions.');
    await see(drawer.getByRole('tab', { name: 'Progress (1)' })).toBeVisible();
    let saved = await call<ActionDetail>(app, 'actions.get', { id: action.id });
    expect(saved.dueDate).toBe(format(addDays(parseISO(first.current), 30), 'yyyy-MM-dd'));
    expect(saved.slipping).toBe(false);

    await drawer.getByRole('tab', { name: 'Details' }).click();
    const second = await moveDate(14, 'New guidance published; the policy must follow it.');
    await see(second.dialog).toHaveCount(0);
    await see(timeline.locator('li')).toHaveCount(2);
    // Newest first.
    await see(timeline.locator('li').first()).toContainText('New guidance published');
    await drawer.getByRole('tab', { name: 'Details' }).click();
    await see(drawer.getByRole('group', { name: 'Status and due date' })).toContainText('Slipping: due date moved 2 times');
    saved = await call<ActionDetail>(app, 'actions.get', { id: action.id });
    expect(saved.dueDateMoves).toBe(2);
    expect(saved.slipping).toBe(true);
    await app.screenshot('actions-drawer');

    // An action with updates cannot be deleted: the app says why and offers to drop it.
    await drawer.getByRole('button', { name: 'Delete…' }).click();
    const refuse = page.getByRole('dialog', { name: `${action.reference} cannot be deleted` });
    await see(refuse).toContainText('drop it with the reason');
    await refuse.getByRole('button', { name: 'Cancel' }).click();

    await drawer.getByRole('button', { name: 'Close' }).first().click();
    await see(drawer).toHaveCount(0);
    await see(gridRows(page, 'Actions').filter({ hasText: action.reference })).toContainText('Slipping');
  });

  it('creates an action from a weak rating on a return, and the agency’s own view lists it', async () => {
    const { page } = app;
    const cycle = (await call<CycleSummary[]>(app, 'cycles.list')).find((c) => c.status === 'open' && !c.historical)!;
    const returns = await call<ReturnRow[]>(app, 'returns.list', { cycleId: cycle.id });
    // A weak rating with no open action yet (the demo covers many of them); any weak one will do otherwise.
    let weak: { ret: ReturnRow; key: string; covered: boolean } | null = null;
    for (const ret of returns.filter((r) => r.weak > 0)) {
      const detail = await call<ReturnDetail>(app, 'returns.get', { cycleAgencyId: ret.cycleAgencyId });
      const open = await call<ActionRow[]>(app, 'actions.list', { bucket: 'open', agencyId: ret.agencyId, cycleId: cycle.id });
      const answer = detail.answers.find((a) => a.weak && !open.some((o) => o.targetKey === a.targetKey));
      if (answer) {
        weak = { ret, key: answer.targetKey, covered: false };
        break;
      }
      const any = detail.answers.find((a) => a.weak);
      if (any && !weak) weak = { ret, key: any.targetKey, covered: true };
    }
    expect(weak).not.toBeNull();
    const { ret, key, covered } = weak!;
    const before = await call<ActionRow[]>(app, 'actions.list', { bucket: 'all', agencyId: ret.agencyId });

    await app.goto(`returns/${ret.cycleAgencyId}`);
    await page.getByRole('button', { name: 'Expand all' }).click();
    const answerRow = page.locator(`[data-target="${key}"]`);
    await answerRow.getByRole('button', { name: /^Create action for (Standard|Item) / }).click();
    const drawer = page.getByRole('dialog', { name: 'New action' });
    await see(drawer).toBeVisible();
    await see(drawer).toContainText('rated');
    // An action already open on the same rating is named, so a duplicate is a choice, not an accident.
    if (covered) await see(drawer).toContainText('Already open for this');
    const description = drawer.getByRole('textbox', { name: 'Description' });
    await see(description).notToHaveValue(/^$/);
    await description.fill('Re-audit safer recruitment files and report to the partnership.');
    await drawer.getByRole('button', { name: 'Create action' }).click();
    await see(page.getByText('has been saved.')).toBeVisible();

    const after = await call<ActionRow[]>(app, 'actions.list', { bucket: 'all', agencyId: ret.agencyId });
    expect(after).toHaveLength(before.length + 1);
    const made = after.find((a) => !before.some((b) => b.id === a.id))!;
    expect(made).toMatchObject({ targetKey: key, cycleId: cycle.id, source: 'rating', description: 'Re-audit safer recruitment files and report to the partnership.' });
    // The drawer now shows the saved action.
    await see(page.getByRole('dialog', { name: new RegExp(`^${made.reference}`) })).toBeVisible();
    await page.getByRole('dialog', { name: new RegExp(`^${made.reference}`) }).getByRole('button', { name: 'Close' }).first().click();

    await app.goto(`agencies/${ret.agencyId}`);
    const agencyDrawer = page.getByRole('dialog', { name: ret.agencyName });
    await see(agencyDrawer.getByRole('group', { name: 'Actions summary' })).toContainText(`${after.filter((a) => a.status !== 'complete' && a.status !== 'dropped').length} open`);
    await agencyDrawer.getByRole('button', { name: 'Show the list' }).click();
    const list = agencyDrawer.getByRole('table', { name: `Actions for ${ret.agencyName}` });
    await see(list).toContainText(made.reference);
    await see(list).toContainText('Re-audit safer recruitment files');
    await app.screenshot('actions-agency');
    await agencyDrawer.getByRole('link', { name: 'Open in the actions board' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/actions?bucket=all&agency=${ret.agencyId}`);
    await expect.poll(() => gridStatus(page, 'actions').textContent()).toBe(`Showing ${after.length} of ${after.length} ${after.length === 1 ? 'action' : 'actions'}`);
  });
});

import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CycleSummary } from '../../shared/domain/cycle';
import type { BoardPaperDraft } from '../../shared/domain/report';
import type { Settings } from '../../shared/domain/settings';
import { paragraphTexts } from '../helpers/docx';
import { SCREENSHOTS, browserAvailable, call, startApp, type App } from './fixture';
import { saveDownload } from './kit';
import { see } from './see';

describe.skipIf(!browserAvailable())('document settings, the header table and the annual extract', () => {
  let app: App;
  let cycle: CycleSummary;
  let older: CycleSummary;
  const settings = () => call<Settings>(app, 'settings.get');
  const card = () => app.page.getByRole('region', { name: 'Documents' });

  beforeAll(async () => {
    app = await startApp();
    const cycles = await call<CycleSummary[]>(app, 'cycles.list');
    cycle = cycles.find((c) => c.status !== 'closed' && !c.historical && c.name.startsWith('S.11 Self-Assessment Audit'))!;
    older = cycles.find((c) => c.status === 'closed' && c.name.startsWith('S.11 Self-Assessment Audit'))!;
    expect(cycle).toBeDefined();
    expect(older).toBeDefined();
  });
  afterAll(() => app?.close());

  it('edits the header rows and the font in settings, refusing a label used twice', async () => {
    const { page } = app;
    await app.goto('settings');
    const c = card();
    await see(c.getByRole('table', { name: 'Header table rows' }).locator('tbody tr')).toHaveCount(5);
    await see(c.getByRole('textbox', { name: 'Label of row 1' })).toHaveValue('Meeting');

    // A sixth row, for the agenda item, moved above the status row.
    await c.getByRole('button', { name: 'Add row' }).click();
    await c.getByRole('textbox', { name: 'Label of row 6' }).fill('Agenda item');
    await c.getByRole('combobox', { name: 'Source of Agenda item' }).selectOption('agendaItem');
    await c.getByRole('button', { name: 'Move Agenda item up' }).click();
    await see(c.getByRole('textbox', { name: 'Label of row 5' })).toHaveValue('Agenda item');

    // A label used twice is refused before anything is saved.
    await c.getByRole('button', { name: 'Add row' }).click();
    await c.getByRole('textbox', { name: 'Label of row 7' }).fill('Meeting');
    await see(c.getByRole('alert')).toHaveText('Meeting: another row has this label');
    await c.getByRole('button', { name: 'Save document settings' }).click();
    expect((await settings()).boardPaperHeaderFields ?? null).toBeNull();
    await c.getByRole('button', { name: 'Remove Meeting' }).last().click();
    await see(c.getByRole('alert')).toHaveCount(0);

    await c.getByRole('radio', { name: 'Arial' }).check();
    await c.scrollIntoViewIfNeeded();
    await c.screenshot({ path: join(SCREENSHOTS, 'settings-documents-card.png') });
    await c.getByRole('button', { name: 'Save document settings' }).click();
    await see(page.getByText('Document settings have been saved.')).toBeVisible();
    const s = await settings();
    expect(s.documentFont).toBe('Arial');
    expect(s.boardPaperHeaderFields?.map((f) => `${f.label}=${f.source}`)).toEqual([
      'Meeting=meeting',
      'Date of meeting=date',
      'Subject/Report title=title',
      'Author=author',
      'Agenda item=agendaItem',
      'Status of report=status',
    ]);
  });

  it('sets header values for one paper, and the paper carries them in the chosen font', async () => {
    const { page } = app;
    await app.goto(`board-paper/${cycle.id}`);
    await page.getByRole('heading', { level: 1, name: `Board paper: ${cycle.name}` }).waitFor();
    await page.getByRole('list', { name: 'Sections' }).getByRole('button', { name: 'Header table' }).click();
    const panel = page.getByRole('region', { name: 'Header table' });
    const rows = panel.getByRole('table', { name: 'Header rows' }).locator('tbody tr');
    await see(rows).toHaveCount(6);
    await see(rows.nth(4)).toContainText('Agenda item');
    await panel.getByRole('textbox', { name: 'Agenda item (value)' }).fill('Item 7');
    await panel.getByRole('textbox', { name: 'Date of meeting (value)' }).fill('18/11/2026');
    await see(panel).toContainText('18 November 2026');
    await panel.getByRole('button', { name: 'Save header' }).click();
    await see(panel.getByRole('button', { name: 'Save header' })).toBeDisabled();
    const header = (await call<BoardPaperDraft>(app, 'boardPapers.get', { cycleId: cycle.id })).header;
    expect(header.find((h) => h.label === 'Agenda item')).toMatchObject({ value: 'Item 7', edited: true });
    expect(header.find((h) => h.label === 'Date of meeting')).toMatchObject({ value: '2026-11-18', edited: true });
    await app.screenshot('board-paper-header');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Generate board paper' }).click()]);
    const zip = await JSZip.loadAsync(readFileSync(await saveDownload(app, download)));
    const paras = paragraphTexts(await zip.file('word/document.xml')!.async('string'));
    const at = paras.indexOf('Agenda item');
    expect(at).toBeGreaterThan(-1);
    expect(paras[at + 1]).toBe('Item 7');
    expect(paras[paras.indexOf('Date of meeting') + 1]).toBe('18 November 2026');
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('w:ascii="Arial"');
  });

  it('goes back to the default rows', async () => {
    await app.goto('settings');
    const c = card();
    await c.getByRole('button', { name: 'Reset to the default rows' }).click();
    await see(c.getByRole('table', { name: 'Header table rows' }).locator('tbody tr')).toHaveCount(5);
    await c.getByRole('radio', { name: 'Lato' }).check();
    await c.getByRole('button', { name: 'Save document settings' }).click();
    await see(c.getByRole('button', { name: 'Save document settings' })).toBeDisabled();
    const s = await settings();
    expect(s.boardPaperHeaderFields ?? null).toBeNull();
    expect(s.documentFont ?? null).toBeNull();
  });

  it('makes the annual report extract for the cycles chosen', async () => {
    const { page } = app;
    await app.goto(`board-paper/${cycle.id}`);
    await page.getByRole('heading', { level: 1, name: `Board paper: ${cycle.name}` }).waitFor();
    await page.getByRole('button', { name: 'Annual report extract…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Annual report extract' });
    await dialog.getByRole('radio', { name: 'Cycles I choose' }).check();
    const list = dialog.getByRole('group', { name: 'Cycles' });
    // The cycle of the page is ticked to start with.
    expect(await list.getByRole('checkbox', { name: new RegExp(`^${cycle.name}`) }).isChecked()).toBe(true);
    await list.getByRole('checkbox', { name: new RegExp(`^${older.name}`) }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Create extract' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Annual report extract - \d{4}-\d{2}-\d{2}\.docx$/);
    const zip = await JSZip.loadAsync(readFileSync(await saveDownload(app, download)));
    const text = paragraphTexts(await zip.file('word/document.xml')!.async('string')).join('\n');
    expect(text).toContain(cycle.name);
    expect(text).toContain(older.name);
    await see(page.getByTestId('document-saved')).toContainText('has been downloaded.');
  });
});

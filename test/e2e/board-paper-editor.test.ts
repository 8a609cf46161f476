import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CycleSummary, ReturnRow } from '../../shared/domain/cycle';
import type { BoardPaperDraft } from '../../shared/domain/report';
import { paragraphTexts } from '../helpers/docx';
import { browserAvailable, call, startApp, type App } from './fixture';
import { currentS11Cycle, saveDownload } from './kit';
import { see } from './see';

/** The Barnsley S.11 report's sections, in its order (the scrutineer's report is a part under Scrutiny). */
const BARNSLEY = [
  'Purpose of the report',
  'Proposals, recommendations and action required',
  'Background',
  'Methodology',
  'Scrutiny',
  "Independent scrutineer's report",
  'Findings: strengths',
  'Areas for development',
  'Next steps',
  'Attachments',
  'Contacts',
];

const SCRUTINEER = 'As independent scrutineer I found the returns candid and the moderation fair.';
const EDITED = 'Edited background: the partnership asked every agency with a section 11 duty to take part this year.';

/** Text of the Heading 1 paragraphs, in order. */
const headings = (xml: string): string[] =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].filter((m) => m[0].includes('<w:pStyle w:val="Heading1"/>')).flatMap((m) => paragraphTexts(m[0]));

describe.skipIf(!browserAvailable())('the board paper editor', () => {
  let app: App;
  let cycle: CycleSummary;
  let generatedBefore = '';
  const draft = () => call<BoardPaperDraft>(app, 'boardPapers.get', { cycleId: cycle.id });
  const outline = () => app.page.getByRole('list', { name: 'Sections' });
  const item = (title: string) => outline().getByRole('button', { name: new RegExp(`^(\\d+\\. )?${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(|$)`) });

  beforeAll(async () => {
    app = await startApp();
    cycle = (await currentS11Cycle(app))!;
    expect(cycle).toBeDefined();
  });
  afterAll(() => app?.close());

  it('opens from the cycle page with the Barnsley sections in order', async () => {
    const { page } = app;
    await app.goto(`cycles/${cycle.id}`);
    await page.getByRole('heading', { level: 1, name: cycle.name }).waitFor();
    await page.getByRole('link', { name: 'Board paper' }).click();
    await page.getByRole('heading', { level: 1, name: `Board paper: ${cycle.name}` }).waitFor();
    await see(outline().locator('li[data-section]')).toHaveCount(BARNSLEY.length);
    const titles = await outline().locator('li[data-section] button').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(titles.map((t) => t.replace(/^\d+\. /, '').replace(/ \(.*\)$/, ''))).toEqual(BARNSLEY);
    // Numbered as the document will be: the scrutineer's report is a part under Scrutiny, unnumbered.
    expect(titles[0]).toBe('1. Purpose of the report');
    expect(titles[5]).toBe("Independent scrutineer's report");
    expect(titles[6]).toBe('6. Findings: strengths');
    // The first section is open, with its generated text beside the text for the paper.
    const editor = page.getByRole('region', { name: 'Section: Purpose of the report' });
    await see(editor.getByRole('textbox', { name: /^Generated text/ })).notToHaveValue(/^$/);
    await app.screenshot('board-paper-editor');
  });

  it('keeps an edit of the Background after a reload, marked as edited', async () => {
    const { page } = app;
    await item('Background').click();
    const editor = page.getByRole('region', { name: 'Section: Background' });
    const text = editor.getByRole('textbox', { name: /^Text in the paper/ });
    const generated = await editor.getByRole('textbox', { name: /^Generated text/ }).inputValue();
    expect(generated).toContain('took part in the');
    generatedBefore = generated;
    await see(text).toHaveValue(generated);
    await text.fill(`${EDITED}\n\n${generated}`);
    await see(item('Background')).toHaveAttribute('aria-label', '3. Background (unsaved changes)');
    await editor.getByRole('button', { name: 'Save section' }).click();
    await see(item('Background')).toHaveAttribute('aria-label', '3. Background (edited)');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Board paper: ${cycle.name}` }).waitFor();
    await item('Background').click();
    await see(page.getByRole('region', { name: 'Section: Background' }).getByRole('textbox', { name: /^Text in the paper/ })).toHaveValue(`${EDITED}\n\n${generated}`);
    const saved = (await draft()).sections.find((s) => s.key === 'background')!;
    expect(saved.edited).toBe(true);
    expect(saved.stale).toBe(false);
  });

  it('shows the Background as stale when the data behind it changes', async () => {
    const { page } = app;
    // An agency that had not returned now has: the Background's "not returned" list moves on.
    const issued = (await call<ReturnRow[]>(app, 'returns.list', { cycleId: cycle.id })).find((r) => r.status === 'issued')!;
    await call(app, 'returns.setStatus', { cycleAgencyId: issued.cycleAgencyId, status: 'returned' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Board paper: ${cycle.name}` }).waitFor();
    await see(item('Background')).toHaveAttribute('aria-label', '3. Background (data changed since your edit)');
    await see(page.getByTestId('stale-summary')).toContainText('1 edited section has data that changed after the edit.');
    await item('Background').click();
    const editor = page.getByRole('region', { name: 'Section: Background' });
    const message = editor.getByTestId('stale-message');
    await see(message).toContainText('The data behind this section has changed since it was edited.');
    await see(message.getByRole('list', { name: 'What changed' })).toContainText('Not returned');
    // The new generated text is there to compare with, and the edit itself is untouched.
    const now = await editor.getByRole('textbox', { name: /^New generated text/ }).inputValue();
    expect(now).not.toBe(generatedBefore);
    expect(now).toContain('took part in the');
    await see(editor.getByRole('textbox', { name: /^Text in the paper/ })).toHaveValue(`${EDITED}\n\n${generatedBefore}`);
    await app.screenshot('board-paper-stale');
  });

  it('moves a section with the keyboard and with the toolbar, and hides one', async () => {
    const { page } = app;
    // Alt+Down on Methodology moves it past Scrutiny and the scrutineer's part under it.
    await item('Methodology').click();
    await item('Methodology').press('Alt+ArrowDown');
    await see(item('Methodology')).toHaveAttribute('aria-label', '5. Methodology');
    expect((await draft()).sections.map((s) => s.key).slice(2, 6)).toEqual(['background', 'scrutiny', 'scrutineer', 'methodology']);
    // Focus stays on the moved section, so it can be moved again.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe('methodology');

    await item('Contacts').click();
    await page.getByRole('toolbar', { name: 'Section commands' }).getByRole('button', { name: 'Move “Contacts” up' }).click();
    await see(outline().locator('li[data-section]').nth(9)).toHaveAttribute('data-section', 'contacts');

    await item('Next steps').click();
    await page.getByRole('toolbar', { name: 'Section commands' }).getByRole('button', { name: 'Hide' }).click();
    await see(item('Next steps')).toHaveAttribute('aria-label', 'Next steps (hidden)');
    const keys = (await draft()).sections.map((s) => `${s.key}${s.hidden ? ' (hidden)' : ''}`);
    expect(keys).toEqual(['purpose', 'recommendations', 'background', 'scrutiny', 'scrutineer', 'methodology', 'findings', 'development', 'nextSteps (hidden)', 'contacts', 'attachments']);
    // The hidden section is left out of the numbering: Contacts, moved up to ninth place, is numbered 8.
    await see(item('Contacts')).toHaveAttribute('aria-label', '8. Contacts');
  });

  it("adds a section of the user's own, takes the scrutineer's report pasted in, and removes an added section", async () => {
    const { page } = app;
    const commands = page.getByRole('toolbar', { name: 'Section commands' });
    await item('Findings: strengths').click();
    await commands.getByRole('button', { name: 'Add section' }).click();
    let dialog = page.getByRole('dialog', { name: 'Add a section' });
    await see(dialog).toContainText('It goes after “Findings: strengths”.');
    await dialog.getByRole('textbox', { name: 'Section title' }).fill('Financial implications');
    await dialog.getByRole('button', { name: 'Add section' }).click();
    await see(item('Financial implications')).toHaveAttribute('aria-label', '7. Financial implications (added)');
    const custom = page.getByRole('region', { name: 'Section: Financial implications' });
    await custom.getByRole('textbox', { name: /^Text/ }).fill('There are no financial implications.');
    await custom.getByRole('button', { name: 'Save section' }).click();
    await see(custom.getByRole('button', { name: 'Save section' })).toBeDisabled();

    await item("Independent scrutineer's report").click();
    const part = page.getByRole('region', { name: "Section: Independent scrutineer's report" });
    await part.getByRole('textbox', { name: /^The independent scrutineer's report/ }).fill(SCRUTINEER);
    await part.getByRole('button', { name: 'Save section' }).click();
    await see(part.getByRole('button', { name: 'Save section' })).toBeDisabled();

    // A second added section, removed again after a confirmation.
    await commands.getByRole('button', { name: 'Add section' }).click();
    dialog = page.getByRole('dialog', { name: 'Add a section' });
    await dialog.getByRole('textbox', { name: 'Section title' }).fill('Draft notes');
    await dialog.getByRole('button', { name: 'Add section' }).click();
    await see(item('Draft notes')).toBeVisible();
    await commands.getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('dialog', { name: 'Remove this section?' }).getByRole('button', { name: 'Remove section' }).click();
    await see(outline().getByRole('button', { name: /Draft notes/ })).toHaveCount(0);

    const sections = (await draft()).sections;
    expect(sections.map((s) => s.key)).not.toContain('custom-2');
    const added = sections.find((s) => s.title === 'Financial implications')!;
    expect(added).toMatchObject({ kind: 'custom', text: 'There are no financial implications.' });
    expect(sections.findIndex((s) => s.key === added.key)).toBe(sections.findIndex((s) => s.key === 'findings') + 1);
    expect(sections.find((s) => s.key === 'scrutineer')!.text).toBe(SCRUTINEER);
  });

  it('generates the paper as a .docx with the edit, the new order and without the hidden section', async () => {
    const { page } = app;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Generate board paper' }).click()]);
    expect(download.suggestedFilename()).toBe(`Board paper - ${cycle.name}.docx`);
    const zip = await JSZip.loadAsync(readFileSync(await saveDownload(app, download)));
    const xml = await zip.file('word/document.xml')!.async('string');
    const paras = paragraphTexts(xml);
    expect(paras).toContain(EDITED);
    const heads = headings(xml);
    expect(paras).toContain(SCRUTINEER);
    expect(paras).toContain('There are no financial implications.');
    const order = ['Purpose of the report', 'Background', 'Scrutiny', 'Methodology', 'Findings: strengths', 'Financial implications', 'Areas for development', 'Contacts', 'Attachments'];
    const at = order.map((t) => heads.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(heads).not.toContain('Next steps');
    // The stale edit is named among the things to check before sending.
    const bar = page.getByTestId('document-saved');
    await see(bar).toContainText(`Board paper - ${cycle.name}.docx has been downloaded.`);
    await see(bar.getByRole('list', { name: 'Things to check in the board paper' })).toContainText('"Background" was edited before its data changed');
  });

  it('goes back to the generated text, which follows the data again', async () => {
    const { page } = app;
    await item('Background').click();
    const editor = page.getByRole('region', { name: 'Section: Background' });
    await editor.getByTestId('stale-message').getByRole('button', { name: 'Use the new generated text' }).click();
    await see(item('Background')).toHaveAttribute('aria-label', '3. Background');
    await see(page.getByTestId('stale-summary')).toHaveCount(0);
    const bg = (await draft()).sections.find((s) => s.key === 'background')!;
    expect(bg.edited).toBe(false);
    await see(editor.getByRole('textbox', { name: /^Text in the paper/ })).toHaveValue(bg.generatedText);
  });

  it('writes a letter to each agency that has returned, with progress, as one zip', async () => {
    const { page } = app;
    const returned = (await call<ReturnRow[]>(app, 'returns.list', { cycleId: cycle.id })).filter((r) => ['returned', 'sent_back', 'accepted'].includes(r.status));
    expect(returned.length).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Letters to agencies…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Letters to agencies' });
    await see(dialog.getByRole('radio', { name: `Agencies that have returned their self-assessment (${returned.length})` })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      dialog.getByRole('button', { name: `Write ${returned.length} letters` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${cycle.name} feedback letters.zip`);
    const zip = await JSZip.loadAsync(readFileSync(await saveDownload(app, download)));
    const names = Object.keys(zip.files);
    expect(names).toHaveLength(returned.length);
    expect(names.every((n) => n.startsWith('Feedback letter - ') && n.endsWith('.docx'))).toBe(true);
    const progress = page.getByRole('alertdialog', { name: 'Writing the letters' });
    await see(progress.getByTestId('progress-summary')).toHaveText(`Finished. ${returned.length} of ${returned.length} letters written.`);
    // One letter, opened: it is addressed to its agency.
    const first = returned[0]!;
    const letterName = names.find((n) => n.includes(first.agencyName.replace(/[\\/:*?"<>|]/g, ' ').slice(0, 20)));
    expect(letterName).toBeDefined();
    const letter = await JSZip.loadAsync(await zip.file(letterName!)!.async('uint8array'));
    expect(paragraphTexts(await letter.file('word/document.xml')!.async('string')).join('\n')).toContain(first.agencyName);
    await progress.getByRole('button', { name: 'Close' }).click();
  });
});

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { addDays, format } from 'date-fns';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyListRow } from '../../shared/domain/agency';
import type { CycleDetail, ReturnDetail, ReturnRow } from '../../shared/domain/cycle';
import type { FrameworkSummary } from '../../shared/domain/framework';
import { browserAvailable, call, startApp, type App } from './fixture';
import { saveDownload } from './kit';
import { see } from './see';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/** Types answers into an issued workbook the way an agency would: columns found by their headings. */
async function fillWorkbook(bytes: Buffer, rating: (ref: string) => string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('Self-assessment')!;
  const col: Record<string, number> = {};
  ws.getRow(1).eachCell((c, n) => (col[String(c.value)] = n));
  ws.eachRow((row, n) => {
    const ref = String(row.getCell(col.Ref!).value ?? '');
    if (n === 1 || !ref) return;
    row.getCell(col.Rating!).value = rating(ref);
    row.getCell(col.Evidence!).value = `Evidence for ${ref}: policy approved by the board`;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The cycleAgencyId an issued workbook was made for, from its identity sheet. */
async function returnIdOf(bytes: Buffer): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  let id = 0;
  wb.getWorksheet('_auditdesk')!.eachRow((row) => {
    if (String(row.getCell(1).value) === 'cycleAgencyId') id = Number(row.getCell(2).value);
  });
  return id;
}

describe.skipIf(!browserAvailable())('issuing tools, taking returns in, moderating, chasing', () => {
  let app: App;
  let cycle: CycleDetail;
  let tools: Map<number, Buffer>;
  let good: number;
  let bad: number;
  const rows = () => call<ReturnRow[]>(app, 'returns.list', { cycleId: cycle.id });

  beforeAll(async () => {
    app = await startApp();
    const fw = (await call<FrameworkSummary[]>(app, 'frameworks.list')).find((f) => f.familyKey === 'compact-audit' && f.status === 'published')!;
    const s11 = (await call<AgencyListRow[]>(app, 'agencies.list', {})).filter((a) => a.active && a.duties.includes('s11') && a.safeguardingLead);
    const today = new Date();
    cycle = await call<CycleDetail>(app, 'cycles.create', {
      cycle: {
        name: 'S.11 Audit e2e',
        cycleType: 's11',
        frameworkId: fw.id,
        periodLabel: '2026/27',
        launchDate: iso(addDays(today, -40)),
        initialDeadline: iso(addDays(today, -7)),
        finalDeadline: iso(addDays(today, 14)),
      },
      agencyIds: s11.slice(0, 4).map((a) => a.id),
    });
    await app.goto(`cycles/${cycle.id}`);
    await app.page.getByRole('heading', { level: 1, name: 'S.11 Audit e2e' }).waitFor();
  });
  afterAll(() => app?.close());

  it('issues the tools in the browser as one zip of workbooks, with progress', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Issue tools…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Issue the self-assessment tool' });
    await dialog.getByRole('radio', { name: 'Excel workbook' }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Issue 4 tools' }).click()]);
    expect(download.suggestedFilename()).toBe('S.11 Audit e2e tools.zip');
    const zip = await JSZip.loadAsync(readFileSync(await saveDownload(app, download)));
    const names = Object.keys(zip.files);
    expect(names).toHaveLength(4);
    expect(names.every((n) => n.endsWith('.xlsx'))).toBe(true);
    await see(page.getByTestId('progress-summary')).toHaveText('Finished. 4 of 4 tools issued.');
    await page.getByRole('alertdialog', { name: 'Issuing the tools' }).getByRole('button', { name: 'Close' }).click();
    expect((await rows()).map((r) => r.status)).toEqual(['issued', 'issued', 'issued', 'issued']);

    tools = new Map();
    for (const n of names) {
      const bytes = Buffer.from(await zip.file(n)!.async('uint8array'));
      tools.set(await returnIdOf(bytes), bytes);
    }
    expect(tools.size).toBe(4);
  });

  it('imports a good return, lists a bad one with its problems and saves nothing of it', async () => {
    const { page } = app;
    const ids = [...tools.keys()];
    good = ids[0]!;
    bad = ids[1]!;
    const goodFile = join(app.dataDir, 'good-return.xlsx');
    const badFile = join(app.dataDir, 'bad-return.xlsx');
    writeFileSync(goodFile, await fillWorkbook(tools.get(good)!, () => 'Good'));
    writeFileSync(badFile, await fillWorkbook(tools.get(bad)!, (ref) => (ref === '2.3' ? 'Amber-ish' : 'Good')));

    await page.getByRole('button', { name: 'Import returns…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import returns' });
    // Both files in one go, as a user would select several in the file dialog.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Add files…' }).click()]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles([goodFile, badFile]);
    const table = dialog.getByRole('table', { name: 'Return files' });
    await see(table.locator('tbody tr')).toHaveCount(2);
    await see(table.locator('tr[data-file="good-return.xlsx"]')).toContainText('Ready');
    await see(table.locator('tr[data-file="bad-return.xlsx"]')).toContainText('Has problems');
    await see(dialog.getByRole('list', { name: 'Problems in bad-return.xlsx' })).toContainText('Amber-ish');
    await see(dialog.getByRole('list', { name: 'Problems in bad-return.xlsx' })).toContainText('bad-return.xlsx');
    await see(dialog.getByTestId('import-returns-summary')).toHaveText('1 ready to import, 1 with problems (not imported).');
    await app.screenshot('cycles-import-returns');
    // Choosing the same file again does not list it twice; "Add more files…" stays for later files.
    const [again] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Add more files…' }).click()]);
    await again.setFiles([goodFile]);
    await see(page.getByText('1 of the files you chose is already in the list.')).toBeVisible();
    await see(table.locator('tbody tr')).toHaveCount(2);
    await dialog.getByRole('button', { name: 'Import 1 return' }).click();
    await see(table.locator('tr[data-file="good-return.xlsx"]')).toContainText('Imported');
    await dialog.getByRole('button', { name: 'Close' }).click();

    const after = await rows();
    const g = after.find((r) => r.cycleAgencyId === good)!;
    const b = after.find((r) => r.cycleAgencyId === bad)!;
    expect(g.displayStatus).toMatch(/^returned/);
    expect(g.answered).toBe(g.expected);
    expect(b.answered).toBe(0);
    expect(b.status).toBe('issued');
    await see(page.getByTestId('tile-returned')).toContainText('1 of 4');
    await see(page.getByTestId('tile-returned')).toContainText('25%');
  });

  it('moderates an answer below its self-rating: Over-optimistic badge and a difference in the heatmap', async () => {
    const { page } = app;
    await app.goto(`returns/${good}`);
    const std = page.getByRole('group', { name: 'Standard 1' });
    await see(std.getByRole('combobox', { name: 'Self-rating, Standard 1' })).toHaveValue('G');
    await std.getByRole('combobox', { name: 'Moderated rating, Standard 1' }).selectOption({ label: 'Requires improvement (RI)' });
    await std.getByRole('textbox', { name: 'Moderation note, Standard 1' }).fill('No evidence that the board reviews safeguarding.');
    await page.getByRole('button', { name: /^Save moderation/ }).click();
    await see(std.getByText('Over-optimistic')).toBeVisible();
    const detail = await call<ReturnDetail>(app, 'returns.get', { cycleAgencyId: good });
    const answer = detail.answers.find((a) => a.targetKey.startsWith('s:') && a.moderated)!;
    expect(answer.moderated!.code).toBe('RI');
    expect(answer.overOptimistic).toBe(true);
    await app.screenshot('cycles-agency-return');

    await app.goto(`cycles/${cycle.id}/heatmap`);
    await page.getByRole('radio', { name: 'Difference' }).check();
    const agency = detail.row.agencyName;
    const cell = page.getByTestId('heatmap').locator(`tr[data-agency="${agency}"] td[data-standard="1"]`);
    await see(cell).toHaveText('−1');
    await see(cell).toHaveAttribute('title', `${agency}, standard 1: over-optimistic by 1`);
    await app.screenshot('cycles-heatmap-difference');
    await page.getByRole('radio', { name: 'Self-rating' }).check();
    await see(cell).toHaveText('G');
    await app.screenshot('cycles-heatmap');
  });

  it('chases the overdue agencies with a zip of .eml drafts and records the chasers', async () => {
    const { page } = app;
    await app.goto(`cycles/${cycle.id}/board`);
    await page.getByRole('button', { name: 'Chase overdue…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Chase returns' });
    await see(dialog.getByRole('radio', { name: 'Overdue (3)' })).toBeVisible();
    await see(dialog.getByRole('list', { name: 'Chaser emails' }).locator('li')).toHaveCount(3);
    const create = dialog.getByRole('button', { name: /^Create \d Outlook drafts?$/ });
    await see(create).toBeEnabled();
    const [download] = await Promise.all([page.waitForEvent('download'), create.click()]);
    expect(download.suggestedFilename()).toBe('S.11 Audit e2e chasers.zip');
    const zip = await JSZip.loadAsync(readFileSync(await saveDownload(app, download)));
    const emls = Object.keys(zip.files).filter((n) => n.endsWith('.eml'));
    expect(emls.length).toBeGreaterThan(0);
    expect(await zip.file(emls[0]!)!.async('string')).toMatch(/^X-Unsent: 1/m);
    await see(dialog.getByText('recorded as chased', { exact: false })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    const chased = (await rows()).filter((r) => r.chaserCount > 0);
    expect(chased).toHaveLength(emls.length);
    expect(chased.some((r) => r.cycleAgencyId === good)).toBe(false);
    await see(page.getByRole('table', { name: 'Overdue returns' })).notToContainText(/Not chased/);
  });
});

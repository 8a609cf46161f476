import { addDays, format, isWeekend } from 'date-fns';
import { enGB } from 'date-fns/locale';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CycleSummary, ReturnRow } from '../../shared/domain/cycle';
import type { MeetingRow } from '../../shared/domain/scrutiny';
import { browserAvailable, call, gridRows, gridStatus, startApp, type App } from './fixture';
import { escapeRegExp, openCycle, saveDownload } from './kit';
import { see } from './see';

describe.skipIf(!browserAvailable())('Scrutiny: scheduling a run of meetings, the list and calendars, calendar files and invitations', () => {
  let app: App;
  let cycle: CycleSummary;
  beforeAll(async () => {
    app = await startApp();
    cycle = await openCycle(app);
  });
  afterAll(() => app?.close());


  it('schedules a run: an agency that cannot do the only day is unplaced with its reason, the others placed without overlap, then saved and listed', async () => {
    const { page } = app;
    const scope = await call<ReturnRow[]>(app, 'returns.list', { cycleId: cycle.id });
    const live = await call<MeetingRow[]>(app, 'meetings.list', { cycleId: cycle.id, statuses: ['proposed', 'confirmed', 'rescheduled', 'held'] });
    const free = scope.filter((a) => !live.some((m) => m.agencyId === a.agencyId)).sort((a, b) => a.agencyName.localeCompare(b.agencyName));
    expect(free.length).toBeGreaterThanOrEqual(3);
    const [first, second, blocked] = free as [ReturnRow, ReturnRow, ReturnRow];
    let day = addDays(new Date(), 63);
    while (isWeekend(day)) day = addDays(day, 1);
    const iso = format(day, 'yyyy-MM-dd');
    const shown = format(day, 'EEE d MMM yyyy', { locale: enGB });
    const before = (await call<MeetingRow[]>(app, 'meetings.list', { cycleId: cycle.id })).length;

    await app.goto(`scrutiny/${cycle.id}/schedule`);
    await page.getByRole('button', { name: 'Propose timetable' }).click();
    await see(page.getByRole('list', { name: 'Problems with the plan' })).toContainText('Day 1: enter its date, for example 18/03/2027.');
    await page.getByRole('textbox', { name: 'Day 1' }).fill(format(day, 'dd/MM/yyyy'));
    await page.getByRole('textbox', { name: 'From' }).fill('09:30');
    await page.getByRole('textbox', { name: 'Until' }).fill('12:30');
    await expect.poll(() => page.getByRole('checkbox', { name: `Scrutineer available on ${shown}` }).isChecked()).toBe(true);
    await see(page.getByRole('textbox', { name: 'Meeting length (minutes)' })).toHaveValue('45');
    await app.screenshot('scrutiny-schedule-setup');
    await page.getByRole('button', { name: 'Next: agencies' }).click();
    await page.getByRole('button', { name: 'None', exact: true }).click();
    for (const a of [first, second, blocked]) await page.getByRole('checkbox', { name: `Meet ${a.agencyName}`, exact: true }).check();
    await page.getByRole('checkbox', { name: `${blocked.agencyName} cannot do ${shown}` }).check();
    await see(page.getByRole('status').filter({ hasText: 'chosen' })).toContainText(`3 of ${scope.length} chosen`);
    await page.getByRole('button', { name: 'Propose timetable' }).click();

    const unplaced = page.getByRole('list', { name: 'Agencies not placed' });
    await see(unplaced).toBeVisible();
    await see(unplaced.getByRole('listitem')).toHaveCount(1);
    await see(unplaced).toContainText(`${blocked.agencyName}: cannot do the only day offered`);
    await see(page.getByText('1 agency could not be placed')).toBeVisible();
    const proposed = page.getByRole('table', { name: 'Proposed meetings' }).locator('tbody tr');
    await see(proposed).toHaveCount(2);
    const rows = await proposed.allInnerTexts();
    expect(rows.some((r) => r.includes(first.agencyName))).toBe(true);
    expect(rows.some((r) => r.includes(second.agencyName))).toBe(true);
    expect(rows.some((r) => r.includes(blocked.agencyName))).toBe(false);
    const times = rows.map((r) => /(\d{2}:\d{2})–(\d{2}:\d{2})/.exec(r)!.slice(1, 3) as [string, string]).sort();
    expect(times[0]![1] <= times[1]![0]).toBe(true);
    await app.screenshot('scrutiny-schedule-review');

    await page.getByRole('button', { name: 'Save all 2 meetings' }).click();
    await see(page.getByText('Meetings saved')).toBeVisible();
    await see(page.getByRole('tab', { name: 'Meetings', selected: true })).toBeVisible();
    await expect.poll(() => gridStatus(page, 'meetings').textContent()).toBe(`Showing ${before + 2} of ${before + 2} meetings`);
    const saved = (await call<MeetingRow[]>(app, 'meetings.list', { cycleId: cycle.id })).filter((m) => m.start.startsWith(iso));
    expect(saved.map((m) => m.agencyName).sort()).toEqual([first.agencyName, second.agencyName].sort());
    expect(saved.every((m) => m.status === 'proposed' && m.clashes.length === 0 && m.scrutineer && m.officer)).toBe(true);
    const [a, b] = [...saved].sort((x, y) => x.start.localeCompare(y.start));
    expect(a!.end <= b!.start).toBe(true);
    await page.getByRole('searchbox', { name: 'Search meetings' }).fill(first.agencyName);
    await see(gridRows(page, 'Meetings').filter({ hasText: 'Proposed' })).toHaveCount(1);
    await see(gridRows(page, 'Meetings').filter({ hasText: 'Proposed' })).toContainText(first.agencyName);
    await page.getByRole('searchbox', { name: 'Search meetings' }).fill('');
    await app.screenshot('scrutiny-meetings-list');

    // The whole cycle as one calendar file, and the invitation drafts as one zip in the browser.
    await page.getByRole('button', { name: 'Export .ics' }).click();
    const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'All meetings and events of the cycle' }).click()]);
    expect(ics.suggestedFilename()).toMatch(/\.ics$/);
    const icsText = readFileSync(await saveDownload(app, ics), 'utf8').replace(/\r\n[ \t]/g, '');
    expect(icsText).toContain('BEGIN:VCALENDAR');
    expect(icsText).toContain(first.agencyName);
    const invites = page.getByRole('button', { name: /^Invitation drafts \(\d+\)$/ });
    const n = Number(/\d+/.exec((await invites.textContent()) ?? '')?.[0]);
    const [zip] = await Promise.all([page.waitForEvent('download'), invites.click()]);
    expect(zip.suggestedFilename()).toMatch(/invitation drafts\.zip$/);
    const names = Object.keys((await JSZip.loadAsync(readFileSync(await saveDownload(app, zip)))).files);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((f) => f.endsWith('.eml'))).toBe(true);
    await see(page.getByText(`Invitation drafts: ${names.length} ${names.length === 1 ? 'file' : 'files'} made`)).toBeVisible();
    expect(names.length).toBeLessThanOrEqual(n);

    // The calendar: the week of the new meetings shows them as blocks that open the meeting.
    await page.getByRole('tab', { name: 'Week' }).click();
    const week = page.getByRole('group', { name: 'Week calendar' });
    await see(week).toBeVisible();
    for (let i = 0; i < 12 && !(await week.getByRole('button', { name: new RegExp(`^${escapeRegExp(first.agencyName)}, `) }).count()); i++)
      await page.getByRole('button', { name: 'Next week' }).click();
    const block = week.getByRole('button', { name: new RegExp(`^${escapeRegExp(first.agencyName)}, ${escapeRegExp(shown)}`) });
    await see(block).toBeVisible();
    await see(block).toContainText('Proposed');
    await app.screenshot('scrutiny-meetings-week');
    await page.getByRole('tab', { name: 'Month' }).click();
    await see(page.getByRole('group', { name: 'Month calendar' }).getByRole('button', { name: new RegExp(`^${escapeRegExp(second.agencyName)}, `) })).toBeVisible();
    await app.screenshot('scrutiny-meetings-month');
    await page.getByRole('group', { name: 'Month calendar' }).getByRole('button', { name: new RegExp(`^${escapeRegExp(second.agencyName)}, `) }).click();
    await see(page.getByRole('heading', { name: `Scrutiny meeting: ${second.agencyName}` })).toBeVisible();
  });
});

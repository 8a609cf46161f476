import { addDays, format, isWeekend } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CycleSummary, ReturnDetail } from '../../shared/domain/cycle';
import type { FrameworkDetail } from '../../shared/domain/framework';
import type { MeetingDetail, MeetingRow, ScrutinyOverview } from '../../shared/domain/scrutiny';
import { browserAvailable, call, startApp, type App } from './fixture';
import { escapeRegExp, openCycle } from './kit';
import { see } from './see';

describe.skipIf(!browserAvailable())('Scrutiny: one meeting recorded, moved by hand, and an action agreed at it', () => {
  let app: App;
  let cycle: CycleSummary;
  beforeAll(async () => {
    app = await startApp();
    cycle = await openCycle(app);
  });
  afterAll(() => app?.close());

  it('records a meeting: attendance, an answer and a moderated rating survive a reload, and the return shows the rating', async () => {
    const { page } = app;
    // A meeting still to happen whose agenda has a rating to moderate.
    const rows = await call<MeetingRow[]>(app, 'meetings.list', { cycleId: cycle.id, statuses: ['confirmed'] });
    let meeting: MeetingDetail | null = null;
    for (const r of rows) {
      const d = await call<MeetingDetail>(app, 'meetings.get', { id: r.id });
      if (d.cycleAgencyId && d.agenda.some((i) => i.section === 'weak' || i.section === 'optimistic') && d.answers.length) {
        meeting = d;
        break;
      }
    }
    expect(meeting).not.toBeNull();
    const m = meeting!;
    const item = m.agenda.find((i) => i.section === 'weak' || i.section === 'optimistic')!;
    const targetKey = item.key.slice(item.key.indexOf(':') + 1);
    const ret = await call<ReturnDetail>(app, 'returns.get', { cycleAgencyId: m.cycleAgencyId });
    const fw = await call<FrameworkDetail>(app, 'frameworks.get', { id: ret.cycle.frameworkId });
    const current = ret.answers.find((a) => a.targetKey === targetKey)?.moderated?.code ?? '';
    const level = fw.doc.scale.levels.find((l) => l.code !== current)!;
    const attendee = m.attendees.find((a) => a.role === 'scrutineer')!;
    const question = m.answers[0]!;
    const answer = 'Help with training places for designated leads, and a shared escalation route.';

    await app.goto(`meetings/${m.id}`);
    await see(page.getByRole('heading', { name: `Scrutiny meeting: ${m.agencyName}` })).toBeVisible();
    await see(page.getByRole('region', { name: 'Agenda and record' })).toBeVisible();
    await see(page.getByRole('textbox', { name: 'Starts' })).toHaveValue(m.start.slice(11, 16));
    await app.screenshot('scrutiny-meeting-page');
    await page.getByRole('checkbox', { name: `${attendee.name} attended` }).check();
    const q = page.getByRole('region', { name: 'Agenda and record' }).getByRole('group', { name: question.question, exact: true });
    await q.getByRole('textbox', { name: 'Answer' }).fill(answer);
    const rating = page.getByRole('group', { name: item.title, exact: true });
    await rating.getByRole('combobox', { name: 'Agreed moderated rating' }).selectOption(level.code);
    await rating.getByRole('textbox', { name: 'Moderation note' }).fill('Agreed at the scrutiny meeting.');
    await rating.getByRole('textbox', { name: 'Notes' }).fill('The lead described the training plan.');
    await see(page.getByText('● Unsaved changes').first()).toBeVisible();
    await app.screenshot('scrutiny-meeting-record');
    await page.getByRole('button', { name: 'Save record' }).first().click();
    await see(page.getByText(`The record of the meeting with ${m.agencyName} has been saved.`)).toBeVisible();

    await page.reload();
    await see(page.getByRole('heading', { name: `Scrutiny meeting: ${m.agencyName}` })).toBeVisible();
    await expect.poll(() => page.getByRole('checkbox', { name: `${attendee.name} attended` }).isChecked()).toBe(true);
    const q2 = page.getByRole('region', { name: 'Agenda and record' }).getByRole('group', { name: question.question, exact: true });
    await see(q2.getByRole('textbox', { name: 'Answer' })).toHaveValue(answer);
    const rating2 = page.getByRole('group', { name: item.title, exact: true });
    await see(rating2.getByRole('combobox', { name: 'Agreed moderated rating' })).toHaveValue(level.code);
    await see(rating2.getByRole('textbox', { name: 'Notes' })).toHaveValue('The lead described the training plan.');
    await see(rating2).toContainText(`Now: ${level.label}`);

    const after = await call<MeetingDetail>(app, 'meetings.get', { id: m.id });
    expect(after.attendees.find((a) => a.id === attendee.id)?.attended).toBe(true);
    expect(after.answers.find((a) => a.questionId === question.questionId)?.answer).toBe(answer);
    const moderated = (await call<ReturnDetail>(app, 'returns.get', { cycleAgencyId: m.cycleAgencyId })).answers.find((a) => a.targetKey === targetKey)!;
    expect(moderated.moderated?.code).toBe(level.code);
    expect(moderated.moderatedBy).toBe('e2e.tester');

    // The return page shows the rating agreed at the meeting.
    await page.getByRole('link', { name: 'Open the return' }).click();
    await see(page.getByRole('heading', { name: m.agencyName })).toBeVisible();
    const [kind, idText] = targetKey.split(':') as ['s' | 'i', string];
    const std = fw.doc.standards.find((s) => (kind === 's' ? s.id === Number(idText) : s.items.some((i) => i.id === Number(idText))))!;
    const number = kind === 's' ? std.number : std.items.find((i) => i.id === Number(idText))!.number;
    const label = `${kind === 's' ? 'Standard' : 'Item'} ${number}`;
    const select = page.getByRole('combobox', { name: `Moderated rating, ${label}` });
    if (!(await select.count())) await page.getByRole('button', { name: new RegExp(`^${escapeRegExp(`${std.number}. ${std.title}`)}`) }).click();
    await see(select).toHaveValue(level.code);
    await see(page.getByRole('textbox', { name: `Moderation note, ${label}` })).toHaveValue('Agreed at the scrutiny meeting.');
    await app.screenshot('scrutiny-return-moderated');

    // Read across on the overview: the answer is there under its question.
    await app.goto(`scrutiny/${cycle.id}/overview`);
    const theme = page.getByRole('region', { name: question.question, exact: true });
    await see(theme).toContainText(`${m.agencyName}: ${answer}`);
    const overview = await call<ScrutinyOverview>(app, 'scrutiny.overview', { cycleId: cycle.id });
    await see(page.getByTestId('overview-scrutinised')).toContainText(String(overview.scrutinised));
    await see(page.getByTestId('overview-not-scheduled')).toContainText(String(overview.notScheduled.length));
    await app.screenshot('scrutiny-overview');
  });

  it('moves a meeting by hand: a clash is warned of before saving, the move keeps its reason; an action agreed there is on the plan', async () => {
    const { page } = app;
    const confirmed = await call<MeetingRow[]>(app, 'meetings.list', { cycleId: cycle.id, statuses: ['confirmed'] });
    const details = await Promise.all(confirmed.map((r) => call<MeetingDetail>(app, 'meetings.get', { id: r.id })));
    const m = details.filter((d) => d.cycleAgencyId && d.agenda.some((i) => i.section === 'weak')).at(-1)!;
    const other = confirmed.find((r) => r.id !== m.id && r.scrutineer === m.scrutineer)!;
    await app.goto(`meetings/${m.id}`);
    const when = page.getByRole('region', { name: 'When and where' });
    await when.getByRole('textbox', { name: 'Date' }).fill(format(new Date(`${other.start.slice(0, 10)}T12:00`), 'dd/MM/yyyy'));
    await when.getByRole('textbox', { name: 'Starts' }).fill(other.start.slice(11, 16));
    await when.getByRole('textbox', { name: 'Ends' }).fill(other.end.slice(11, 16));
    await see(when.getByText('The new time clashes')).toBeVisible();
    await see(when.getByRole('list', { name: 'Clashes' })).toContainText(m.scrutineer!);
    await see(when.getByRole('button', { name: 'Save despite the clashes' })).toBeVisible();
    await app.screenshot('scrutiny-meeting-clash');

    let day = addDays(new Date(), 70);
    while (isWeekend(day)) day = addDays(day, 1);
    await when.getByRole('textbox', { name: 'Date' }).fill(format(day, 'dd/MM/yyyy'));
    await when.getByRole('textbox', { name: 'Starts' }).fill('14:00');
    await when.getByRole('textbox', { name: 'Ends' }).fill('14:45');
    await see(when.getByRole('button', { name: 'Move the meeting' })).toBeVisible();
    await see(when.getByText('The new time clashes')).toHaveCount(0);
    await when.getByRole('textbox', { name: 'Reason for moving' }).fill('The lead is on leave that week.');
    await when.getByRole('button', { name: 'Move the meeting' }).click();
    await see(page.getByText(/^Moved to /)).toBeVisible();
    await see(when.getByRole('list', { name: 'Reschedule history' })).toContainText('The lead is on leave that week.');
    const moved = await call<MeetingDetail>(app, 'meetings.get', { id: m.id });
    expect(moved.start).toBe(`${format(day, 'yyyy-MM-dd')}T14:00`);
    expect(moved.uid).toBe(m.uid);
    expect(moved.sequence).toBeGreaterThan(m.sequence);
    expect(moved.reschedules.at(-1)).toMatchObject({ previousStart: m.start, reason: 'The lead is on leave that week.' });

    // A new action from a weak rating on the agenda: the action plan's form, prefilled, from this meeting.
    const weak = m.agenda.find((i) => i.section === 'weak')!;
    await page.getByRole('group', { name: weak.title, exact: true }).getByRole('button', { name: /^New action for / }).click();
    const dialog = page.getByRole('dialog', { name: 'New action from this meeting' });
    await see(dialog.getByRole('combobox', { name: 'Agency' })).toHaveValue(m.agencyName);
    await see(dialog.getByRole('combobox', { name: 'Standard or item' })).toHaveValue(weak.key.slice(weak.key.indexOf(':') + 1));
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Present the training plan to the next assurance meeting.');
    await dialog.getByRole('textbox', { name: 'Due date' }).fill('31/03/2027');
    await app.screenshot('scrutiny-meeting-new-action');
    await dialog.getByRole('button', { name: 'Create action' }).click();
    await see(page.getByText('Action created')).toBeVisible();
    const made = page.getByRole('list', { name: 'Actions from this meeting' });
    await see(made).toContainText('Present the training plan to the next assurance meeting.');
    const after = await call<MeetingDetail>(app, 'meetings.get', { id: m.id });
    expect(after.meetingActions).toHaveLength(1);
    expect(after.meetingActions[0]).toMatchObject({ agencyId: m.agencyId, cycleId: cycle.id, targetKey: weak.key.slice(weak.key.indexOf(':') + 1), dueDate: '2027-03-31' });
    const action = await call<{ source: string; sourceRef: string | null }>(app, 'actions.get', { id: after.meetingActions[0]!.id });
    expect(action).toMatchObject({ source: 'meeting', sourceRef: String(m.id) });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CycleSummary, ReturnRow } from '../../shared/domain/cycle';
import type { FrameworkDetail } from '../../shared/domain/framework';
import type { ChallengeEvent, ChallengeEventSummary, NextMeeting } from '../../shared/domain/scrutiny';
import { browserAvailable, call, startApp, type App } from './fixture';
import { escapeRegExp, openCycle } from './kit';
import { see } from './see';

describe.skipIf(!browserAvailable())('Scrutiny: the challenge event, the common questions, the home tile and the way in', () => {
  let app: App;
  let cycle: CycleSummary;
  beforeAll(async () => {
    app = await startApp();
    cycle = await openCycle(app);
  });
  afterAll(() => app?.close());

  it('opens Scrutiny for the open cycle from the rail; the challenge event shows the demo’s sampled questions', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Scrutiny' }).click();
    await see(page.getByRole('combobox', { name: 'Cycle' })).toHaveValue(String(cycle.id));
    const [summary] = await call<ChallengeEventSummary[]>(app, 'challenge.list', { cycleId: cycle.id });
    const event = await call<ChallengeEvent>(app, 'challenge.get', { id: summary!.id });
    expect(event.questions.length).toBeGreaterThan(0);
    const questions = page.getByRole('list', { name: 'Sampled questions list' });
    await see(questions.getByRole('listitem')).toHaveCount(event.questions.length);
    for (const q of event.questions) {
      const group = page.getByRole('group', { name: new RegExp(`^Item ${escapeRegExp(q.number)}: `) });
      await see(group).toBeVisible();
      await see(group.getByRole('textbox', { name: 'What to bring' })).toHaveValue(q.bring ?? '');
    }
    await see(page.getByRole('textbox', { name: 'Title' })).toHaveValue(event.title);
    await see(page.getByRole('textbox', { name: 'Venue' })).toHaveValue(event.venue ?? '');
    await see(page.getByRole('status').filter({ hasText: 'invited' })).toContainText(`${event.agencies.filter((a) => a.invited).length} of`);
    await app.screenshot('scrutiny-challenge-event');

    // The summary comes as a Word file.
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Summary (Word)' }).click()]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  });

  it('creates another challenge event: a question picked from the framework, every agency invited, a person added', async () => {
    const { page } = app;
    await app.goto(`scrutiny/${cycle.id}/challenge`);
    await page.getByRole('button', { name: 'New challenge event' }).click();
    const card = page.getByRole('region', { name: 'New challenge event' });
    await card.getByRole('textbox', { name: 'Title' }).fill('Follow-up challenge event');
    await card.getByRole('textbox', { name: 'Ends' }).fill('09:00');
    await card.getByRole('button', { name: 'Create event' }).click();
    await see(card.getByText('Enter the date, for example 18/03/2027.')).toBeVisible();
    await see(card.getByText('the event ends before it starts')).toBeVisible();
    await card.getByRole('textbox', { name: 'Date' }).fill('10/03/2027');
    await card.getByRole('textbox', { name: 'Ends' }).fill('12:00');
    await card.getByRole('textbox', { name: 'Venue' }).fill('Westvale Civic Centre');
    await card.getByRole('button', { name: 'Create event' }).click();
    await see(page.getByRole('region', { name: 'Event details' })).toBeVisible();
    await see(page.getByRole('combobox', { name: 'Challenge event' })).toContainText('Follow-up challenge event, 10 March 2027');
    await see(page.getByRole('region', { name: 'Event details' }).getByRole('textbox', { name: 'Title' })).toHaveValue('Follow-up challenge event');
    const made = (await call<ChallengeEventSummary[]>(app, 'challenge.list', { cycleId: cycle.id })).find((e) => e.title === 'Follow-up challenge event')!;
    expect(made).toMatchObject({ date: '2027-03-10', startTime: '09:30', endTime: '12:00', venue: 'Westvale Civic Centre' });

    const fw = await call<FrameworkDetail>(app, 'frameworks.get', { id: cycle.frameworkId });
    const item = fw.doc.standards[0]!.items[0]!;
    const picker = page.getByRole('combobox', { name: 'Add a question from the framework' });
    await picker.click();
    await picker.pressSequentially(item.number);
    await page.getByRole('option', { name: new RegExp(`^Item ${escapeRegExp(item.number)} `) }).click();
    const group = page.getByRole('group', { name: new RegExp(`^Item ${escapeRegExp(item.number)}: `) });
    await group.getByRole('textbox', { name: 'What to bring' }).fill('A recent single-agency audit.');
    await page.getByRole('button', { name: 'Save questions' }).click();
    await see(page.getByText('1 sampled question saved.')).toBeVisible();

    await page.getByRole('button', { name: 'Invite all in scope' }).click();
    await page.getByRole('button', { name: 'Save agencies' }).click();
    await see(page.getByText('Agencies saved')).toBeVisible();

    const scrutineer = (await call<Array<{ id: number; fullName: string; isScrutineer: boolean }>>(app, 'contacts.list')).find((c) => c.isScrutineer)!;
    await page.getByRole('combobox', { name: 'Add a person' }).click();
    await page.getByRole('combobox', { name: 'Add a person' }).pressSequentially(scrutineer.fullName.split(' ').at(-1)!);
    await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(scrutineer.fullName)}`) }).click();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('combobox', { name: `${scrutineer.fullName} attended` }).selectOption('yes');
    await page.getByRole('button', { name: 'Save attendees' }).click();
    await see(page.getByText('1 attendee saved.')).toBeVisible();

    const event = await call<ChallengeEvent>(app, 'challenge.get', { id: made.id });
    const scope = await call<ReturnRow[]>(app, 'returns.list', { cycleId: cycle.id });
    expect(event.questions).toMatchObject([{ targetKey: `i:${item.id}`, number: item.number, bring: 'A recent single-agency audit.' }]);
    expect(event.agencies.filter((a) => a.invited)).toHaveLength(new Set(scope.map((r) => r.agencyId)).size);
    expect(event.attendees).toMatchObject([{ contactId: scrutineer.id, attended: true, agencyId: null }]);
  });

  it('keeps the common questions on the overview: one added is saved for every meeting of the cycle', async () => {
    const { page } = app;
    await app.goto(`scrutiny/${cycle.id}/overview`);
    const card = page.getByRole('region', { name: 'Common questions' });
    const before = await call<Array<{ id: number; text: string }>>(app, 'commonQuestions.list', { cycleId: cycle.id });
    await see(card.getByRole('list', { name: 'Common questions list' }).getByRole('listitem')).toHaveCount(before.length);
    await card.getByRole('textbox', { name: 'New common question' }).fill('What would you like the Partnership to audit next year?');
    await card.getByRole('button', { name: 'Add question' }).click();
    await card.getByRole('button', { name: `Move question ${before.length + 1} up` }).click();
    await card.getByRole('button', { name: 'Save questions' }).click();
    await see(page.getByText(`${before.length + 1} common questions saved.`)).toBeVisible();
    const after = await call<Array<{ id: number; text: string }>>(app, 'commonQuestions.list', { cycleId: cycle.id });
    expect(after.map((q) => q.text)).toEqual([...before.slice(0, -1).map((q) => q.text), 'What would you like the Partnership to audit next year?', before.at(-1)!.text]);
    expect(after.filter((q) => before.some((b) => b.id === q.id))).toHaveLength(before.length);
  });

  it('lists the next meetings on Home, each opening its page, and links the cycle page to Scrutiny', async () => {
    const { page } = app;
    const next = await call<NextMeeting[]>(app, 'home.nextMeetings', { limit: 5 });
    expect(next.length).toBeGreaterThan(0);
    await app.goto('home');
    const tile = page.getByRole('list', { name: 'Next meetings and events' });
    await see(tile.getByRole('listitem')).toHaveCount(next.length);
    const firstMeeting = next.find((n) => n.kind === 'meeting')!;
    await tile.getByRole('link', { name: firstMeeting.title }).first().click();
    await see(page.getByRole('heading', { name: `Scrutiny meeting: ${firstMeeting.title.replace(/^Scrutiny meeting with /, '')}` })).toBeVisible();

    await app.goto(`cycles/${cycle.id}/board`);
    await page.getByRole('link', { name: 'Scrutiny', exact: true }).last().click();
    await see(page.getByRole('combobox', { name: 'Cycle' })).toHaveValue(String(cycle.id));
    await see(page.getByRole('tab', { name: 'Challenge event', selected: true })).toBeVisible();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardPaperDraft } from '../../shared/domain/report';
import type { HistoryEntry, Settings } from '../../shared/domain/settings';
import { BUILTIN_SECTIONS } from '../../electron/backend/reports/narrative/index';
import { blankSection, composeSections, sectionOrder, type StoredSection } from '../../electron/backend/services/board-paper-model';
import { fingerprint } from '../../electron/backend/reports/narrative/facts';
import { call } from '../helpers/backend';
import { paperFixture, type PaperFixture } from './board-paper-fixture';

// The board paper draft: generated text recomputed on every read, the user's edits kept with the data they
// were made against, stale passages named with what changed, and the paper's shape (order, hidden, added
// sections, header values) saved with history.

let f: PaperFixture;
beforeAll(async () => {
  f = await paperFixture();
}, 120_000);
afterAll(() => f?.close());

const get = () => call<BoardPaperDraft>(f.b, 'boardPapers.get', { cycleId: f.cycleId });
const section = (d: BoardPaperDraft, key: string) => d.sections.find((s) => s.key === key)!;
async function fails(method: string, input: unknown) {
  const r = await f.b.dispatch(method, input);
  if (r.ok) throw new Error(`${method} succeeded`);
  return r.error;
}

describe('reading a draft', () => {
  it('starts unsaved, with the built-in sections in order and text generated from the cycle', async () => {
    const d = await get();
    expect(d).toMatchObject({ cycleId: f.cycleId, cycleName: 'S.11 Self-Assessment Audit 2026', saved: false, staleCount: 0 });
    expect(d.sections.map((s) => s.key)).toEqual(BUILTIN_SECTIONS.map((s) => s.key));
    expect(d.sections.map((s) => s.kind)).toEqual(['generated', 'generated', 'generated', 'generated', 'generated', 'userOnly', 'generated', 'generated', 'generated', 'generated', 'generated']);
    expect(section(d, 'scrutineer')).toMatchObject({ level: 2, text: '', generatedText: '' });
    const m = section(d, 'methodology');
    expect(m.edited).toBe(false);
    expect(m.text).toBe(m.generatedText);
    expect(m.text).toContain('3 of the 5 agencies (60%) returned by the initial deadline and 4 (80%) by the final deadline.');
    expect(m.text).toContain('A multi-agency challenge event (Section 11 challenge event) was held on 5 November 2026');
    expect(section(d, 'background').text).toContain('1 agency has not returned its self-assessment: Westvale Probation.');
    expect(d.appendices.map((a) => a.title)).toEqual([
      'Appendix 1: Results by agency and standard',
      'Appendix 2: Results summary',
      'Appendix 3: Challenge event summary',
      'Appendix 4: Comparison with the S.11 Self-Assessment Audit 2024',
    ]);
  });

  it('fills the header table from settings, the cycle and the business unit contact', async () => {
    const d = await get();
    expect(d.header.map((h) => [h.label, h.value])).toEqual([
      ['Meeting', 'Westvale Safeguarding Children Partnership'],
      ['Date of meeting', ''],
      ['Subject/Report title', 'S.11 Self-Assessment Audit 2026'],
      ['Author', 'Annette Carey\nStrategic Safeguarding Partnership Manager'],
      ['Status of report', 'OFFICIAL'],
    ]);
    expect(d.header.every((h) => !h.edited)).toBe(true);
  });
});

describe('editing sections', () => {
  it('keeps an edit, records it in history, and still offers the generated text beside it', async () => {
    const d = await call<BoardPaperDraft>(f.b, 'boardPapers.updateSection', { cycleId: f.cycleId, key: 'recommendations', text: 'To note and accept the recommendations of the report.' });
    const s = section(d, 'recommendations');
    expect(d.saved).toBe(true);
    expect(s).toMatchObject({ edited: true, stale: false, text: 'To note and accept the recommendations of the report.', editedBy: 'tester', editedAt: '2026-11-22T10:00:00.000Z' });
    expect(s.generatedText).toContain('is asked to:');
    expect((await get()).sections.find((x) => x.key === 'recommendations')!.text).toBe('To note and accept the recommendations of the report.');
    const paper = await f.b.ctx.db.selectFrom('board_papers').select('id').where('cycle_id', '=', f.cycleId).executeTakeFirstOrThrow();
    const h = await call<HistoryEntry[]>(f.b, 'history.list', { entityType: 'board_paper', entityId: paper.id });
    expect(h[0]!.summary).toBe('Board paper for S.11 Self-Assessment Audit 2026: section "recommendations" text edited');
    expect(h[0]!.userName).toBe('tester');
  });

  it('treats text the same as the generated text as no edit, and resets to the generated text', async () => {
    const d = await get();
    const same = await call<BoardPaperDraft>(f.b, 'boardPapers.updateSection', { cycleId: f.cycleId, key: 'purpose', text: `${section(d, 'purpose').generatedText}\n` });
    expect(section(same, 'purpose').edited).toBe(false);
    const emptied = await call<BoardPaperDraft>(f.b, 'boardPapers.updateSection', { cycleId: f.cycleId, key: 'scrutineer', text: '  \n' });
    expect(section(emptied, 'scrutineer')).toMatchObject({ edited: false, text: '' });
    const reset = await call<BoardPaperDraft>(f.b, 'boardPapers.resetSection', { cycleId: f.cycleId, key: 'recommendations' });
    expect(section(reset, 'recommendations')).toMatchObject({ edited: false, editedBy: null });
    expect(section(reset, 'recommendations').text).toContain('is asked to:');
  });

  it('hides, renames, reorders, adds and removes sections', async () => {
    let d = await call<BoardPaperDraft>(f.b, 'boardPapers.updateSection', { cycleId: f.cycleId, key: 'contacts', hidden: true, title: 'Who to contact' });
    expect(section(d, 'contacts')).toMatchObject({ hidden: true, title: 'Who to contact', defaultTitle: 'Contacts' });
    d = await call<BoardPaperDraft>(f.b, 'boardPapers.addSection', { cycleId: f.cycleId, title: 'Financial implications', text: 'None.' });
    const added = d.sections.find((s) => s.title === 'Financial implications')!;
    expect(added).toMatchObject({ key: 'custom-1', kind: 'custom', text: 'None.', edited: true, stale: false });
    expect(d.sections.map((s) => s.key).slice(-3)).toEqual(['custom-1', 'attachments', 'contacts']);
    const order = d.sections.map((s) => s.key).filter((k) => k !== 'custom-1');
    order.splice(1, 0, 'custom-1');
    d = await call<BoardPaperDraft>(f.b, 'boardPapers.reorder', { cycleId: f.cycleId, keys: order });
    expect(d.sections[1]!.key).toBe('custom-1');
    d = await call<BoardPaperDraft>(f.b, 'boardPapers.addSection', { cycleId: f.cycleId, title: 'Legal implications', afterKey: 'purpose', level: 2 });
    expect(d.sections.map((s) => s.key).slice(0, 3)).toEqual(['purpose', 'custom-2', 'custom-1']);
    expect(section(d, 'custom-2').level).toBe(2);
    d = await call<BoardPaperDraft>(f.b, 'boardPapers.removeSection', { cycleId: f.cycleId, key: 'custom-2' });
    expect(d.sections.some((s) => s.key === 'custom-2')).toBe(false);
    d = await call<BoardPaperDraft>(f.b, 'boardPapers.updateSection', { cycleId: f.cycleId, key: 'contacts', hidden: false, title: null });
    expect(section(d, 'contacts')).toMatchObject({ hidden: false, title: 'Contacts' });
  });

  it('refuses what would break the paper, naming the section', async () => {
    expect(await fails('boardPapers.removeSection', { cycleId: f.cycleId, key: 'methodology' })).toMatchObject({ code: 'validation', message: 'A built-in section cannot be removed; hide it instead.' });
    const keys = (await get()).sections.map((s) => s.key);
    const bad = await fails('boardPapers.reorder', { cycleId: f.cycleId, keys: [...keys.slice(1), 'nonsense'] });
    expect(bad.code).toBe('validation');
    expect(bad.details).toEqual([
      { field: 'keys', message: 'purpose is missing' },
      { field: 'keys', message: 'nonsense is not a section of this paper' },
    ]);
    expect(await fails('boardPapers.updateSection', { cycleId: f.cycleId, key: 'nope', text: 'x' })).toMatchObject({ code: 'validation', details: [{ field: 'key', message: 'no such section' }] });
    expect(await fails('boardPapers.addSection', { cycleId: f.cycleId, title: 'X', afterKey: 'nope' })).toMatchObject({ code: 'validation' });
    expect(await fails('boardPapers.get', { cycleId: 999999 })).toMatchObject({ code: 'not_found' });
    expect(await fails('boardPapers.updateSection', { cycleId: f.cycleId, key: 'purpose', title: '   ' })).toMatchObject({ code: 'validation' });
  });
});

describe('header values', () => {
  it('sets a value for this paper, goes back to the default with null, and refuses an unknown row', async () => {
    let d = await call<BoardPaperDraft>(f.b, 'boardPapers.setHeader', { cycleId: f.cycleId, values: [{ label: 'Date of meeting', value: '2026-12-10' }, { label: 'Status of report', value: 'Not confidential' }] });
    expect(d.header.find((h) => h.label === 'Date of meeting')).toMatchObject({ value: '2026-12-10', edited: true, defaultValue: '' });
    expect(d.header.find((h) => h.label === 'Status of report')).toMatchObject({ value: 'Not confidential', edited: true });
    d = await call<BoardPaperDraft>(f.b, 'boardPapers.setHeader', { cycleId: f.cycleId, values: [{ label: 'Status of report', value: null }] });
    expect(d.header.find((h) => h.label === 'Status of report')).toMatchObject({ value: 'OFFICIAL', edited: false });
    expect(await fails('boardPapers.setHeader', { cycleId: f.cycleId, values: [{ label: 'Wards affected', value: 'All' }] })).toMatchObject({
      code: 'validation',
      details: [{ field: 'values', message: 'Wards affected: no such row' }],
    });
  });

  it('follows the rows configured in settings: agenda item, decision, fixed text, and the role on its own row', async () => {
    // The whole settings object, as the settings page sends it.
    const settings = await call<Settings>(f.b, 'settings.get');
    await call(f.b, 'settings.update', {
      ...settings,
      boardPaperHeaderFields: [
        { label: 'Title of meeting', source: 'meeting' },
        { label: 'Report from', source: 'author' },
        { label: 'Role', source: 'role' },
        { label: 'Agenda item', source: 'agendaItem' },
        { label: 'Key decision', source: 'fixed', text: 'No' },
      ],
    });
    const d = await get();
    expect(d.header.map((h) => [h.label, h.value])).toEqual([
      ['Title of meeting', 'Westvale Safeguarding Children Partnership'],
      ['Report from', 'Annette Carey'],
      ['Role', 'Strategic Safeguarding Partnership Manager'],
      ['Agenda item', ''],
      ['Key decision', 'No'],
    ]);
    await call(f.b, 'settings.update', { ...settings, boardPaperHeaderFields: null });
    expect((await get()).header.map((h) => h.label)).toEqual(['Meeting', 'Date of meeting', 'Subject/Report title', 'Author', 'Status of report']);
    const r = await f.b.dispatch('settings.update', { ...settings, boardPaperHeaderFields: [{ label: '', source: 'meeting' }] });
    expect(r.ok).toBe(false);
  });
});

describe('staleness', () => {
  it('marks an edited section stale when its data changes, says what changed, and clears on reset', async () => {
    const mine = 'The methodology was as follows: 4 of the 5 agencies returned by the final deadline.';
    await call(f.b, 'boardPapers.updateSection', { cycleId: f.cycleId, key: 'methodology', text: mine });
    await call(f.b, 'boardPapers.updateSection', { cycleId: f.cycleId, key: 'scrutineer', text: 'Engagement and participation in the process was good.' });
    expect((await get()).staleCount).toBe(0);

    // Westvale Probation's return comes in: the return rates, the background and the next steps change.
    await call(f.b, 'returns.setStatus', { cycleAgencyId: f.ca.get('Westvale Probation')!, status: 'returned', date: '2026-11-20' });
    const d = await get();
    const m = section(d, 'methodology');
    expect(m).toMatchObject({ edited: true, stale: true, text: mine });
    expect(m.changes).toContain('Returned to date: 4 → 5');
    expect(m.generatedText).toContain('5 (100%) have returned to date');
    expect(section(d, 'background').stale).toBe(false); // not edited, so it simply follows the data
    expect(section(d, 'scrutineer')).toMatchObject({ edited: true, stale: false });
    expect(d.staleCount).toBe(1);

    const reset = await call<BoardPaperDraft>(f.b, 'boardPapers.resetSection', { cycleId: f.cycleId, key: 'methodology' });
    expect(section(reset, 'methodology')).toMatchObject({ edited: false, stale: false, changes: [] });
    expect(reset.staleCount).toBe(0);
  });

  it('clears when the user saves the text again against the new data', async () => {
    await call(f.b, 'boardPapers.updateSection', { cycleId: f.cycleId, key: 'nextSteps', text: 'Our own next steps.' });
    await call(f.b, 'actions.create', { kind: 'agency', agencyId: f.agencyIds.get('Westvale Homes'), cycleId: f.cycleId, description: 'Keep an allegations log.', dueDate: '2027-04-30' });
    expect(section(await get(), 'nextSteps').stale).toBe(true);
    const again = await call<BoardPaperDraft>(f.b, 'boardPapers.updateSection', { cycleId: f.cycleId, key: 'nextSteps', text: 'Our own next steps.' });
    expect(section(again, 'nextSteps')).toMatchObject({ edited: true, stale: false });
  });
});

describe('the section model', () => {
  const stored = (key: string, position: number, over: Partial<StoredSection> = {}): StoredSection => ({ ...blankSection(key, 1), position, ...over });

  it('puts back a built-in section an older paper lacks, after its nearest earlier neighbour, and drops unknown built-ins', () => {
    const old = [stored('purpose', 0), stored('custom-1', 1, { builtin: false, title: 'Mine', editedText: 'x' }), stored('findings', 2), stored('retired', 3)];
    const order = sectionOrder(old).map((s) => s.key);
    expect(order).toEqual(['purpose', 'recommendations', 'background', 'methodology', 'scrutiny', 'scrutineer', 'custom-1', 'findings', 'development', 'nextSteps', 'attachments', 'contacts']);
  });

  it('says the data changed even without stored facts to compare', () => {
    const now = new Map([['purpose', { text: 'new', facts: { a: 2 } }]]);
    const [s] = composeSections(now, [stored('purpose', 0, { editedText: 'mine', editedFingerprint: fingerprint({ a: 1 }), editedFacts: null })]);
    expect(s).toMatchObject({ stale: true, changes: ['The data behind this section has changed since it was edited.'], text: 'mine', generatedText: 'new' });
  });
});

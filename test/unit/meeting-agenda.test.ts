import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionRow } from '../../shared/domain/action';
import type { GeneratedFile } from '../../shared/domain/settings';
import type { MeetingDetail } from '../../shared/domain/scrutiny';
import { AGENDA_TITLE, buildMeetingAgenda } from '../../electron/backend/reports/meeting-agenda';
import type { TargetInfo } from '../../electron/backend/services/answers-write';
import { buildAgenda, type AgendaSources } from '../../electron/backend/services/meeting-agenda';
import type { LoadedScale } from '../../electron/backend/services/rating-scale';
import { call } from '../helpers/backend';
import { coreProperty, coreXml, documentXml, openDocx, paragraphStyles, paragraphTexts, rows, tables } from '../helpers/docx';
import { returnFixture, type ReturnFixture } from '../helpers/return-fixture';
import { SAMPLE_SETTINGS } from '../helpers/sample-agencies';
import { repoRoot } from '../helpers/shared-tools';

// A meeting's agenda built from the agency's data, and its Word version with numbered sections and room for notes.

const scale: LoadedScale = {
  kind: 'levels',
  higherIsBetter: true,
  allowsNa: true,
  naLabel: 'Not applicable',
  min: null,
  max: null,
  step: null,
  levels: [
    { code: 'O', label: 'Outstanding', colour: '#00703C', score: 4 },
    { code: 'G', label: 'Good', colour: '#8FBF3F', score: 3 },
    { code: 'RI', label: 'Requires improvement', colour: '#F5A623', score: 2 },
    { code: 'I', label: 'Inadequate', colour: '#D4351C', score: 1 },
  ],
  bands: [],
};
const target = (key: string, number: string, text: string): TargetInfo => ({
  key: key as TargetInfo['key'],
  standardId: 1,
  itemId: key.startsWith('i:') ? Number(key.slice(2)) : null,
  number,
  text,
  ratable: true,
});
const targets = [target('s:1', '1', 'Leadership'), target('i:11', '1.1', 'A named lead'), target('i:12', '1.2', 'Board reports'), target('i:13', '1.3', 'Policy'), target('i:14', '1.4', 'Audit')];
const answer = (target_key: string, self_code: string | null, moderated_code: string | null = null, self_na = 0) => ({ target_key, self_code, moderated_code, self_na });
const action = (over: Partial<ActionRow>): ActionRow =>
  ({ id: 7, reference: 'A-0007', description: 'Refresh training', targetKey: 'i:12', standardNumber: '1.2', status: 'on_track', dueDate: '2026-12-19', overdue: false, daysOverdue: null, owner: 'Jo Lead', lastUpdateText: null, ...over }) as ActionRow;

function sources(over: Partial<AgendaSources> = {}): AgendaSources {
  return {
    fw: { targets },
    scale,
    answers: [answer('s:1', 'RI'), answer('i:11', 'O', 'RI'), answer('i:12', 'G'), answer('i:13', null, null, 1), answer('i:14', 'G', 'I')],
    openActions: [action({}), action({ id: 9, reference: 'A-0009', targetKey: null, standardNumber: null, status: 'at_risk', overdue: true, daysOverdue: 3, dueDate: '2026-11-19' })],
    themes: [{ id: 3, number: '2.5', title: 'Professional curiosity', targetKey: 'i:25', recommendations: 'Include curiosity in supervision.', eventTitle: 'Challenge event', eventDate: '2026-11-05' }],
    questions: [{ id: 2, text: 'How can the Partnership help your agency?', sortOrder: 1 }],
    ...over,
  };
}

describe('buildAgenda', () => {
  it('lists weak ratings, over-optimistic answers once, open actions, themes, common questions and other business', () => {
    const agenda = buildAgenda(sources());
    expect(agenda.map((a) => a.key)).toEqual(['weak:s:1', 'optimistic:i:11', 'optimistic:i:14', 'action:7', 'action:9', 'theme:3', 'question:2', 'other']);
    const by = new Map(agenda.map((a) => [a.key, a]));
    expect(by.get('weak:s:1')).toEqual({ key: 'weak:s:1', section: 'weak', title: 'Standard 1: Leadership', detail: 'Self-assessed Requires improvement.' });
    expect(by.get('optimistic:i:11')?.detail).toBe('Self-assessed Outstanding; moderated Requires improvement (2 steps lower).');
    expect(by.get('optimistic:i:14')?.detail).toBe('Self-assessed Good; moderated Inadequate (2 steps lower).');
    expect(by.get('action:7')).toMatchObject({ title: 'A-0007 (item 1.2): Refresh training', detail: 'Due 19 December 2026; On track; owner Jo Lead' });
    expect(by.get('action:9')?.detail).toBe('Due 19 November 2026; At risk; overdue by 3 days; owner Jo Lead');
    expect(by.get('theme:3')).toMatchObject({ title: 'Item 2.5: Professional curiosity', detail: 'From the challenge event on 5 November 2026. Recommendations: Include curiosity in supervision.' });
  });

  it('takes the moderated rating in force: a weak self-rating moderated up is not on the agenda, a moderated-down good one is', () => {
    const agenda = buildAgenda(sources({ answers: [answer('s:1', 'RI', 'G'), answer('i:12', 'G', 'RI')], openActions: [], themes: [], questions: [] }));
    expect(agenda.map((a) => a.key)).toEqual(['optimistic:i:12', 'other']);
    const weakModerated = buildAgenda(sources({ answers: [answer('i:12', null, 'I')], openActions: [], themes: [], questions: [] }));
    expect(weakModerated[0]).toMatchObject({ key: 'weak:i:12', detail: 'Moderated Inadequate.' });
  });
});

const detail = (over: Partial<MeetingDetail> = {}): MeetingDetail => ({
  id: 4,
  cycleId: 2,
  cycleName: 'S.11 Self-Assessment Audit 2026',
  agencyId: 9,
  agencyName: 'Northmoor Police & Crime <Unit>',
  start: '2026-12-03T10:00',
  end: '2026-12-03T10:45',
  location: 'Town Hall, Room 4',
  onlineLink: null,
  status: 'confirmed',
  scrutineer: 'Dr Alan Marsh',
  officer: 'Sarah Whitfield',
  clashes: [],
  cycleAgencyId: 12,
  uid: 'meeting-x@audit-desk',
  sequence: 0,
  notes: [{ itemKey: 'weak:s:1', note: 'Audit to be repeated.' }],
  answers: [{ questionId: 2, question: 'How can the Partnership help your agency?', answer: 'Share good practice.' }],
  attendees: [
    { id: 1, contactId: 4, name: 'Dr Alan Marsh', email: 'alan@scrutiny.example', role: 'scrutineer', attended: null },
    { id: 2, contactId: 7, name: 'Jo Lead', email: null, role: 'agency', attended: null },
  ],
  agenda: buildAgenda(sources({ openActions: [] })),
  openActions: [],
  meetingActions: [],
  reschedules: [],
  ...over,
});
const fontsDir = join(repoRoot, 'resources', 'fonts');

describe('buildMeetingAgenda', () => {
  it('writes the details, attendees and numbered sections with the notes or room for them', async () => {
    const pkg = await openDocx(await buildMeetingAgenda({ settings: SAMPLE_SETTINGS, generatedAt: new Date(2026, 10, 22, 10), authorName: 'Sarah Whitfield', fontsDir, meeting: detail() }));
    const body = await documentXml(pkg);
    expect(coreProperty(await coreXml(pkg), 'dc:title')).toBe(`${AGENDA_TITLE}: Northmoor Police & Crime <Unit>`);
    const styles = paragraphStyles(body).filter((s) => /^(Title|Heading\d)$/.test(s));
    expect(styles).toEqual(['Title', ...Array(7).fill('Heading1')]);
    const [details, attendees, ...sections] = tables(body);
    const detailRows = rows(details!).map((r) => paragraphTexts(r));
    expect(detailRows.slice(0, 4)).toEqual([
      ['Item', 'Detail'],
      ['Agency', 'Northmoor Police & Crime <Unit>'],
      ['Audit cycle', 'S.11 Self-Assessment Audit 2026'],
      ['Date and time', '3 December 2026, 10:00 to 10:45'],
    ]);
    expect(rows(attendees!).map((r) => paragraphTexts(r))).toEqual([
      ['Name', 'Role', 'Email'],
      ['Dr Alan Marsh', 'Independent scrutineer', 'alan@scrutiny.example'],
      ['Jo Lead', 'Agency', ''],
    ]);
    // weak, optimistic, themes, questions, other: the actions section has no items, so no table.
    expect(sections).toHaveLength(5);
    expect(paragraphTexts(body)).toContain('The agency has no open actions.');
    const weak = rows(sections[0]!).map((r) => paragraphTexts(r));
    expect(weak).toEqual([
      ['No.', 'Item', 'Notes'],
      ['2.1', 'Standard 1: LeadershipSelf-assessed Requires improvement.', 'Audit to be repeated.'],
    ]);
    const optimistic = rows(sections[1]!);
    // Room to write: an empty notes cell keeps three line breaks.
    expect((optimistic[1]!.match(/<w:br\/>/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(paragraphTexts(optimistic[1]!)[0]).toBe('3.1');
    const questions = rows(sections[3]!).map((r) => paragraphTexts(r));
    expect(questions[1]).toEqual(['6.1', 'How can the Partnership help your agency?', 'Answer: Share good practice.']);
    for (const t of tables(body)) expect(rows(t)[0]).toContain('<w:tblHeader/>');
  });
});

describe('meetings.agendas', () => {
  let f: ReturnFixture;
  const ids: number[] = [];
  beforeAll(async () => {
    f = await returnFixture({ count: 2 });
    const scrutineer = await f.b.ctx.db.selectFrom('contacts').select('id').where('is_scrutineer', '=', 1).executeTakeFirstOrThrow();
    for (const [i, s] of f.scope.entries()) {
      const m = await call<MeetingDetail>(f.b, 'meetings.create', {
        cycleId: f.cycleId,
        agencyId: s.agencyId,
        start: `2027-02-0${i + 1}T10:00`,
        end: `2027-02-0${i + 1}T10:45`,
        attendees: [{ contactId: scrutineer.id, role: 'scrutineer' }],
      });
      ids.push(m.id);
    }
  }, 120_000);
  afterAll(() => f?.close());

  it('returns one Word agenda per meeting, named by agency and date', async () => {
    const r = await call<{ files: GeneratedFile[]; paths: string[] }>(f.b, 'meetings.agendas', { meetingIds: ids });
    expect(r.paths).toEqual([]);
    expect(r.files.map((x) => x.fileName)).toEqual(f.scope.map((s, i) => `${s.agencyName} - scrutiny meeting 2027-02-0${i + 1}.docx`));
    const body = await documentXml(await openDocx(Buffer.from(r.files[0]!.contentBase64, 'base64')));
    expect(paragraphTexts(body)).toContain(f.scope[0]!.agencyName);
  });

  it('writes them to a folder when one is given', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'agendas-'));
    const r = await call<{ files: GeneratedFile[]; paths: string[] }>(f.b, 'meetings.agendas', { meetingIds: ids, folder });
    expect(r.files).toEqual([]);
    expect(r.paths).toHaveLength(2);
    for (const p of r.paths) expect(existsSync(p)).toBe(true);
    expect(readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a meeting that does not exist before writing anything', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'agendas-'));
    const r = await f.b.dispatch('meetings.agendas', { meetingIds: [ids[0], 999999], folder });
    expect(r.ok).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  });
});

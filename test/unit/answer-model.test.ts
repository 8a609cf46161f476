import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../shared/api/client';
import type { Answer, TargetKey } from '../../shared/domain/cycle';
import { frameworkDocSchema, type FrameworkDoc, type FrameworkDocInput } from '../../shared/domain/framework';
import {
  EMPTY_ANSWER,
  EMPTY_MODERATION,
  answerDraft,
  baselines,
  buildTargets,
  changedKeys,
  mergeDrafts,
  problemsByTarget,
  toAnswerInput,
  type AnswerDraft,
  type Drafts,
} from '../../renderer/src/features/returns/answer-model';

// The answers editor's model, without React: what can be answered, drafts against saved data, and where
// the server's complaints land.

const docInput = (ratingTarget: 'items' | 'standards' | 'both'): FrameworkDocInput => ({
  familyKey: 'test-audit',
  name: 'Test audit',
  versionLabel: '2024',
  ratingTarget,
  standardRollup: ratingTarget === 'items' ? 'lowest' : 'none',
  wordingSectors: ['education'],
  scale: {
    name: 'RAG',
    kind: 'levels',
    higherIsBetter: true,
    allowsNa: true,
    levels: [
      { code: 'R', label: 'Red', colour: '#D13438', score: 1 },
      { code: 'A', label: 'Amber', colour: '#FFB900', score: 2 },
      { code: 'G', label: 'Green', colour: '#107C10', score: 3 },
    ],
  },
  standards: [
    {
      id: 10,
      number: '1',
      title: 'Senior management commitment',
      guidance: 'Who leads on safeguarding?',
      items: [
        {
          id: 101,
          number: '1.1',
          text: 'The board reviews safeguarding annually.',
          evidencePrompt: 'Board minutes',
          wordings: [{ sectorCode: 'education', text: 'The governing body reviews safeguarding annually.', evidencePrompt: 'Governors’ minutes' }],
        },
        { id: 102, number: '1.2', text: 'A named senior lead is in post.', evidencePrompt: null, wordings: [{ sectorCode: 'education', text: 'The DSL is on the senior team.' }] },
      ],
    },
    { id: 20, number: '2', title: 'Safer recruitment', items: [{ id: 201, number: '2.1', text: 'DBS checks are recorded.' }] },
  ],
});
const doc = (ratingTarget: 'items' | 'standards' | 'both'): FrameworkDoc => frameworkDocSchema.parse(docInput(ratingTarget));

const answer = (targetKey: TargetKey, over: Partial<Answer> = {}): Answer => ({
  id: 1,
  targetKey,
  standardId: 10,
  itemId: targetKey.startsWith('i:') ? Number(targetKey.slice(2)) : null,
  self: { code: 'G', label: 'Green', colour: '#107C10', score: 3 },
  value: null,
  notApplicable: false,
  naReason: null,
  evidence: 'Minutes of March board',
  improvement: null,
  moderated: null,
  moderationNote: null,
  moderatedBy: null,
  moderatedAt: null,
  carriedForward: false,
  source: 'typed',
  overOptimistic: false,
  underscored: false,
  weak: false,
  evidenceFiles: [],
  ...over,
});

describe('buildTargets', () => {
  it('lists each standard then its items, in framework order, with keys s:<id> and i:<id>', () => {
    const groups = buildTargets(doc('both'), null);
    expect(groups.map((g) => [g.id, g.number, g.title])).toEqual([
      [10, '1', 'Senior management commitment'],
      [20, '2', 'Safer recruitment'],
    ]);
    expect(groups.map((g) => g.targets.map((t) => `${t.key} ${t.number}`))).toEqual([
      ['s:10 1', 'i:101 1.1', 'i:102 1.2'],
      ['s:20 2', 'i:201 2.1'],
    ]);
    const [std, item] = groups[0]!.targets;
    expect(std).toEqual({
      key: 's:10',
      standardId: 10,
      itemId: null,
      number: '1',
      text: 'Senior management commitment',
      prompt: 'Who leads on safeguarding?',
      ratable: true,
    });
    expect(item).toMatchObject({ standardId: 10, itemId: 101, text: 'The board reviews safeguarding annually.', prompt: 'Board minutes', ratable: true });
  });

  it('makes only what the framework rates ratable', () => {
    const ratable = (t: 'items' | 'standards' | 'both') =>
      buildTargets(doc(t), null)
        .flatMap((g) => g.targets)
        .filter((x) => x.ratable)
        .map((x) => x.key);
    expect(ratable('items')).toEqual(['i:101', 'i:102', 'i:201']);
    expect(ratable('standards')).toEqual(['s:10', 's:20']);
    expect(ratable('both')).toEqual(['s:10', 'i:101', 'i:102', 's:20', 'i:201']);
  });

  it('uses the sector’s wording and prompt where there is one, and the default otherwise', () => {
    const items = buildTargets(doc('items'), 'education').flatMap((g) => g.targets.filter((t) => t.itemId !== null));
    expect(items.map((t) => [t.number, t.text, t.prompt])).toEqual([
      ['1.1', 'The governing body reviews safeguarding annually.', 'Governors’ minutes'],
      // A wording without its own prompt keeps the item's (here none).
      ['1.2', 'The DSL is on the senior team.', null],
      ['2.1', 'DBS checks are recorded.', null],
    ]);
    const other = buildTargets(doc('items'), 'health').flatMap((g) => g.targets);
    expect(other.find((t) => t.key === 'i:101')!.text).toBe('The board reviews safeguarding annually.');
  });
});

describe('drafts against saved answers', () => {
  it('turns saved answers into drafts, and a missing answer into an empty one', () => {
    const saved = [
      answer('i:101'),
      answer('i:102', { self: null, notApplicable: true, naReason: 'No senior team', evidence: null, moderated: { code: 'A', label: 'Amber', colour: '#FFB900', score: 2 }, moderationNote: 'Ask again' }),
    ];
    const base = baselines(saved);
    expect(base.answers['i:101']).toEqual({ selfCode: 'G', value: null, notApplicable: false, naReason: '', evidence: 'Minutes of March board', improvement: '' });
    expect(base.answers['i:102']).toMatchObject({ selfCode: '', notApplicable: true, naReason: 'No senior team', evidence: '' });
    expect(base.moderation).toEqual({ 'i:101': { moderatedCode: '', note: '' }, 'i:102': { moderatedCode: 'A', note: 'Ask again' } });
    expect(answerDraft(undefined)).toEqual(EMPTY_ANSWER);
  });

  it('lists as changed only drafts that differ from what is saved (a blank draft for an unanswered target is no change)', () => {
    const base = baselines([answer('i:101'), answer('i:102')]).answers;
    const drafts: Drafts<AnswerDraft> = {
      'i:101': { ...base['i:101']! },
      'i:102': { ...base['i:102']!, selfCode: 'R' },
      'i:201': { ...EMPTY_ANSWER },
      's:10': { ...EMPTY_ANSWER, evidence: 'New policy' },
    };
    expect(changedKeys(drafts, base, EMPTY_ANSWER).sort()).toEqual(['i:102', 's:10']);
  });

  it('keeps unsaved edits when new data arrives, and takes the new data everywhere else', () => {
    const oldBase = baselines([answer('i:101'), answer('i:102'), answer('i:201', { evidence: 'Old DBS log' })]).answers;
    // Meanwhile someone imported a newer return: every saved answer changed, and 2.1 has gone.
    const newBase = baselines([
      answer('i:101', { self: { code: 'A', label: 'Amber', colour: '#FFB900', score: 2 }, evidence: 'Imported' }),
      answer('i:102', { evidence: 'Imported too' }),
      answer('s:20', { evidence: 'Imported standard' }),
    ]).answers;
    const drafts: Drafts<AnswerDraft> = {
      'i:101': { ...oldBase['i:101']! }, // untouched
      'i:102': { ...oldBase['i:102']!, improvement: 'Appoint a deputy' }, // edited
      'i:201': { ...oldBase['i:201']! }, // untouched, gone from the server
      's:10': { ...EMPTY_ANSWER, selfCode: 'R' }, // typed into an unanswered target
    };
    const merged = mergeDrafts(drafts, oldBase, newBase, EMPTY_ANSWER);
    expect(merged['i:101']).toEqual(newBase['i:101']);
    expect(merged['i:102']).toEqual({ ...oldBase['i:102']!, improvement: 'Appoint a deputy' });
    expect(merged['s:10']).toEqual({ ...EMPTY_ANSWER, selfCode: 'R' });
    expect(merged['s:20']).toEqual(newBase['s:20']);
    expect(merged).not.toHaveProperty('i:201');
    // The edit is still an unsaved change against the new data; the rest are not.
    expect(changedKeys(merged, newBase, EMPTY_ANSWER).sort()).toEqual(['i:102', 's:10']);
  });

  it('merges moderation drafts the same way', () => {
    const oldBase = { 's:10': { ...EMPTY_MODERATION }, 's:20': { moderatedCode: 'G', note: '' } };
    const newBase = { 's:10': { moderatedCode: 'A', note: 'From a colleague' }, 's:20': { moderatedCode: 'G', note: 'Checked' } };
    const merged = mergeDrafts({ 's:10': { moderatedCode: 'R', note: 'Mine' }, 's:20': { moderatedCode: 'G', note: '' } }, oldBase, newBase, EMPTY_MODERATION);
    expect(merged).toEqual({ 's:10': { moderatedCode: 'R', note: 'Mine' }, 's:20': { moderatedCode: 'G', note: 'Checked' } });
  });
});

describe('toAnswerInput', () => {
  it('sends blanks as null and drops the rating and value of an N/A answer', () => {
    expect(toAnswerInput('i:101', { selfCode: 'G', value: null, notApplicable: false, naReason: 'left over', evidence: '  ', improvement: 'Train staff' })).toEqual({
      targetKey: 'i:101',
      selfCode: 'G',
      value: null,
      notApplicable: false,
      naReason: null,
      evidence: null,
      improvement: 'Train staff',
    });
    expect(toAnswerInput('i:102', { selfCode: 'R', value: 4, notApplicable: true, naReason: 'No senior team', evidence: '', improvement: '' })).toEqual({
      targetKey: 'i:102',
      selfCode: null,
      value: null,
      notApplicable: true,
      naReason: 'No senior team',
      evidence: null,
      improvement: null,
    });
  });
});

describe('problemsByTarget', () => {
  const groups = buildTargets(doc('both'), null);

  it('places the service’s "item 1.2" / "standard 1" fields on those targets, prefixed so they read alone', () => {
    const err = new ApiCallError('validation', 'The answers were not saved.', [
      { field: 'item 1.2', message: 'give a reason for "Not applicable"' },
      { field: 'standard 1', message: 'is not rated in this framework (items are)' },
    ]);
    expect(problemsByTarget(err, ['i:102', 's:10'], groups)).toEqual({
      byKey: {
        'i:102': ['Item 1.2: give a reason for "Not applicable"'],
        's:10': ['Standard 1: is not rated in this framework (items are)'],
      },
      other: [],
    });
  });

  it('places zod paths by their position in what was sent, and keys named in the message', () => {
    const err = new ApiCallError('validation', 'The request is not valid.', [
      { field: 'answers.1.selfCode', message: 'Too long' },
      { field: 'moderations.0.note', message: 'Too long' },
      { message: 'i:201 could not be saved' },
    ]);
    const { byKey, other } = problemsByTarget(err, ['i:101', 's:20'], groups);
    expect(byKey).toEqual({ 's:20': ['Standard 2: Too long'], 'i:101': ['Item 1.1: Too long'], 'i:201': ['Item 2.1: i:201 could not be saved'] });
    expect(other).toEqual([]);
  });

  it('reads a target named at the start of the message, and leaves the wording alone', () => {
    const err = new ApiCallError('validation', 'x', [{ message: 'Item 2.1: "Amber-ish" is not a rating on this scale' }, { message: 'standard 2 is answered twice' }]);
    expect(problemsByTarget(err, [], groups).byKey).toEqual({
      'i:201': ['Item 2.1: "Amber-ish" is not a rating on this scale'],
      's:20': ['standard 2 is answered twice'],
    });
  });

  it('keeps what belongs to no target, and a plain error, in other', () => {
    const err = new ApiCallError('validation', 'x', [
      { field: 'item 9.9', message: 'is not part of this framework version' },
      { field: 'cycleAgencyId', message: 'not found' },
    ]);
    expect(problemsByTarget(err, [], groups)).toEqual({ byKey: {}, other: ['is not part of this framework version', 'not found'] });
    expect(problemsByTarget(new Error('The cycle is closed.'), ['i:101'], groups)).toEqual({ byKey: {}, other: ['The cycle is closed.'] });
    expect(problemsByTarget(new ApiCallError('frozen', 'This return is accepted and locked.'), [], groups).other).toEqual(['This return is accepted and locked.']);
  });
});

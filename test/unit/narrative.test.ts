import { describe, expect, it } from 'vitest';
import type { BoardPaperData, PaperAction, PaperAgency, StandardResult } from '../../electron/backend/reports/narrative/data';
import { scaleEnds } from '../../electron/backend/reports/narrative/data';
import { appendicesFor } from '../../electron/backend/reports/narrative/common';
import { fingerprint } from '../../electron/backend/reports/narrative/facts';
import { BUILTIN_SECTIONS, generateAll } from '../../electron/backend/reports/narrative/index';
import { backgroundSection, NAME_LIST_LIMIT } from '../../electron/backend/reports/narrative/background';
import { developmentSection } from '../../electron/backend/reports/narrative/development';
import { findingsSection, strengths } from '../../electron/backend/reports/narrative/findings';
import { methodologySection, returnRates } from '../../electron/backend/reports/narrative/methodology';
import { nextStepsSection } from '../../electron/backend/reports/narrative/next-steps';
import { purposeSection } from '../../electron/backend/reports/narrative/purpose';
import { recommendationsSection } from '../../electron/backend/reports/narrative/recommendations';
import { scrutinySection } from '../../electron/backend/reports/narrative/scrutiny';
import { contactsSection } from '../../electron/backend/reports/narrative/contacts';
import { SAMPLE_SETTINGS } from '../helpers/sample-agencies';

// The narrative modules on hand-built data (no database): what each section says, in the words a
// partnership manager would use, and which facts move its fingerprint.

const LEVELS = [
  { code: 'G', label: 'Met', colour: '#2E7D32' },
  { code: 'A', label: 'Partially met', colour: '#F9A825' },
  { code: 'R', label: 'Not met', colour: '#C62828' },
];
const STANDARDS = [
  { id: 1, number: '1', title: 'Leadership and governance' },
  { id: 2, number: '2', title: 'Safer recruitment' },
  { id: 3, number: '3', title: 'Private fostering' },
];

const agency = (i: number, over: Partial<PaperAgency> = {}): PaperAgency => ({
  cycleAgencyId: i,
  agencyId: i,
  name: `Agency ${i}`,
  sectorName: i % 2 ? 'Health' : 'Police',
  status: 'accepted',
  returnedOn: '2024-10-20',
  returned: true,
  overOptimistic: 0,
  underscored: 0,
  ...over,
});

const result = (s: (typeof STANDARDS)[number], counts: Record<string, number>, over: Partial<StandardResult> = {}): StandardResult => {
  const rated = Object.values(counts).reduce((a, b) => a + b, 0);
  return { standard: s, counts, notApplicable: 0, missing: 10 - rated, rated, strong: counts.G ?? 0, weak: (counts.A ?? 0) + (counts.R ?? 0), overOptimistic: 0, underscored: 0, ...over };
};

const action = (over: Partial<PaperAction>): PaperAction => ({
  reference: 'A-0001',
  kind: 'agency',
  agencyName: 'Agency 1',
  groupName: null,
  standardId: 3,
  standardNumber: '3.1',
  standardTitle: 'Private fostering awareness',
  theme: null,
  description: 'Raise awareness of private fostering.',
  owner: null,
  dueDate: '2025-03-31',
  status: 'not_started',
  overdue: false,
  ...over,
});

function data(over: Partial<BoardPaperData> = {}): BoardPaperData {
  const agencies = Array.from({ length: 10 }, (_, i) => agency(i + 1, i === 9 ? { returned: false, status: 'issued', returnedOn: null } : {}));
  return {
    today: '2024-11-18',
    settings: { ...SAMPLE_SETTINGS, partnershipName: 'Barnsley Safeguarding Children Partnership' },
    cycle: { id: 1, name: 'S.11 Self-Assessment Audit 2024', type: 's11', typeLabel: null, periodLabel: '2024/25', launchDate: '2024-03-01', initialDeadline: '2024-04-12', finalDeadline: '2024-04-26', notes: null },
    framework: { name: 'Section 11 Policy Audit', versionLabel: '2024', standardCount: 3, itemCount: 12, ratingTarget: 'items', rollup: 'lowest', scaleName: 'Met / Partially met / Not met (RAG)', allowsNa: true, naLabel: 'Not applicable' },
    levels: LEVELS,
    standards: STANDARDS,
    agencies,
    rates: { initial: { date: '2024-04-12', count: 8, of: 10, percent: 80 }, final: { date: '2024-04-26', count: 9, of: 10, percent: 90 }, now: { count: 9, of: 10, percent: 90 } },
    bySector: [],
    results: [result(STANDARDS[0]!, { G: 9, A: 0, R: 0 }), result(STANDARDS[1]!, { G: 7, A: 2, R: 0 }), result(STANDARDS[2]!, { G: 4, A: 3, R: 2 }, { overOptimistic: 2 })],
    matrix: [],
    comparison: null,
    challenge: [],
    scrutiny: { commonQuestions: [], meetings: { total: 0, held: 0, cancelled: 0, agenciesMet: 0, firstDate: null, lastDate: null, notScheduled: 0 }, scrutineers: [] },
    actions: [],
    contact: { name: 'Annette Carey', jobTitle: 'Strategic SCP Manager', email: 'annettecarey@barnsley.example', phone: null },
    ...over,
  };
}

describe('purpose: the statutory requirement per kind of audit', () => {
  it('cites section 11 and Working Together 2023 chapter 4 for a section 11 audit', () => {
    const t = purposeSection(data()).text;
    expect(t).toContain('**Requirement:** Section 11 of the Children Act 2004');
    expect(t).toContain('Chapter 4 of Working Together to Safeguard Children 2023');
    expect(t).toContain('Barnsley Safeguarding Children Partnership');
  });

  it('cites the Education Act 2002 for schools, the Childcare Act 2006 for early years, and speaks of schools and settings', () => {
    const schools = purposeSection(data({ cycle: { ...data().cycle, type: 's175' } })).text;
    expect(schools).toContain('Section 175 of the Education Act 2002');
    expect(schools).toContain('Keeping Children Safe in Education');
    expect(schools).toContain('For schools:');
    const early = purposeSection(data({ cycle: { ...data().cycle, type: 'early_years' } })).text;
    expect(early).toContain('Section 40 of the Childcare Act 2006');
    expect(early).toContain('For settings:');
  });
});

describe('background: who took part', () => {
  it('names every agency in a short list and says who has not returned', () => {
    const t = backgroundSection(data()).text;
    expect(t).toContain('the following 10 agencies took part in the S.11 Self-Assessment Audit 2024:');
    expect(t).toContain('- Agency 1\n- Agency 2');
    expect(t).toContain('1 agency has not returned its self-assessment: Agency 10.');
  });

  it('counts a long list by sector and points to appendix 1', () => {
    const many = Array.from({ length: NAME_LIST_LIMIT + 1 }, (_, i) => agency(i + 1));
    const t = backgroundSection(data({ agencies: many })).text;
    expect(t).toContain('- Health: 21 agencies');
    expect(t).toContain('- Police: 20 agencies');
    expect(t).toContain('Every agency is named in appendix 1.');
    expect(t).not.toContain('- Agency 1\n');
  });
});

describe('methodology: from what was done', () => {
  it('describes the tool, the scale, the dates and the return rates by deadline', () => {
    const t = methodologySection(data()).text;
    expect(t).toContain('Agencies completed the Section 11 Policy Audit (2024), which addresses 3 standards');
    expect(t).toContain('(12 checklist items in all)');
    expect(t).toContain('rated each checklist item Met, Partially met or Not met and gave the evidence');
    expect(t).toContain("A standard's overall rating is its lowest item rating");
    expect(t).toContain('The audit was launched on 1 March 2024 with returns due by 12 April 2024 and a final deadline of 26 April 2024.');
    expect(t).toContain('8 of the 10 agencies (80%) returned by the initial deadline and 9 (90%) by the final deadline.');
    expect(t).toContain('The results are at appendix 1 and a summary of them at appendix 2.');
  });

  it('says "so far" before the deadlines have passed', () => {
    expect(returnRates(data({ today: '2024-04-01' }))).toBe('9 of the 10 agencies (90%) have returned their self-assessment so far.');
    expect(returnRates(data({ today: '2024-04-20' }))).toBe('8 of the 10 agencies (80%) returned by the initial deadline; 9 (90%) have returned to date.');
  });

  it('describes the challenge event with its questions and date, and the scrutiny meetings', () => {
    const d = data({
      challenge: [
        {
          title: 'Challenge event',
          date: '2024-05-16',
          startTime: '09:30',
          endTime: '12:30',
          venue: null,
          questions: [
            { number: '9.3', title: 'A culture of professional curiosity', bring: 'A case study.', discussion: null, goodPractice: 'Reflective supervision.', recommendations: null },
            { number: '9.9', title: 'Views of the child', bring: null, discussion: null, goodPractice: null, recommendations: null },
            { number: '9.20', title: 'Single agency audits', bring: null, discussion: null, goodPractice: null, recommendations: null },
          ],
          invited: 10,
          attended: 10,
          broughtEvidence: 8,
          agencies: [],
        },
      ],
      scrutiny: {
        commonQuestions: Array.from({ length: 5 }, (_, i) => ({ text: `Question ${i + 1}?`, answers: [] })),
        meetings: { total: 10, held: 10, cancelled: 0, agenciesMet: 10, firstDate: '2024-06-03', lastDate: '2024-07-19', notScheduled: 0 },
        scrutineers: ['Dr Alan Marsh'],
      },
      today: '2024-11-18',
    });
    const t = methodologySection(d).text;
    expect(t).toContain('A multi-agency challenge event (Challenge event) was held on 16 May 2024 for all agencies, organised around 3 questions sampled from the self-assessment (9.3, 9.9 and 9.20). All 10 invited agencies attended.');
    expect(t).toContain('## Challenge event, May 2024');
    expect(t).toContain('- 9.3: A culture of professional curiosity A case study.');
    expect(t).toContain('A summary of the event is at appendix 3.');
    expect(t).toContain('independent scrutineer (Dr Alan Marsh)');
    expect(t).toContain('All 10 meetings have been held; meetings took place between 3 June and 19 July 2024.');
    expect(t).toContain('and 5 common questions.');
    expect(methodologySection({ ...d, today: '2024-05-01' }).text).toContain('is planned for 16 May 2024');
  });
});

describe('findings and areas for development', () => {
  it('lists the strongest standards with their share of agencies', () => {
    const d = data();
    // 7 of 9 (78%) clears the 75% bar; 4 of 9 does not.
    expect(strengths(d.results).map((r) => r.standard.number)).toEqual(['1', '2']);
    const t = findingsSection(d).text;
    expect(t).toContain('- Standard 2 (Safer recruitment): rated Met by 7 of the 9 agencies that answered (78%)');
    expect(t).toContain('Across the 3 standards, 74% of the 27 ratings in force after moderation were Met.');
    expect(t).toContain('- Standard 1 (Leadership and governance): rated Met by all 9 agencies that answered');
  });

  it('falls back to the best three when no standard clears the bar, and compares with the last cycle', () => {
    const d = data({
      results: [result(STANDARDS[0]!, { G: 5, A: 4 }), result(STANDARDS[1]!, { G: 6, A: 3 }), result(STANDARDS[2]!, { G: 1, R: 8 })],
      comparison: { previousName: 'S.11 audit 2022', totals: { improved: 12, same: 10, worse: 3, new: 0, notCompared: 0 }, standards: [] },
    });
    expect(strengths(d.results).map((r) => r.standard.number)).toEqual(['2', '1', '3']);
    expect(findingsSection(d).text).toContain('Compared with the S.11 audit 2022, 12 standard ratings improved, 10 stayed the same and 3 fell, of the 25 ratings that could be compared (48% improved).');
  });

  it('lists weak standards with their actions, moderation findings and the partnership actions', () => {
    const d = data({
      agencies: data().agencies.map((a, i) => (i < 2 ? { ...a, overOptimistic: 2 } : a)),
      actions: [
        action({ reference: 'A-0001', dueDate: '2025-01-31' }),
        action({ reference: 'A-0002', dueDate: '2025-03-31', status: 'complete' }),
        action({ reference: 'A-0003', kind: 'partnership', agencyName: null, groupName: 'Business unit', description: 'Circulate private fostering resources.', dueDate: '2025-02-28' }),
        action({ reference: 'A-0004', kind: 'partnership', agencyName: null, groupName: 'PWD subgroup', standardId: null, standardNumber: null, theme: 'Training impact', description: 'Measure the impact of training', dueDate: '2024-10-31', overdue: true }),
      ],
    });
    const t = developmentSection(d).text;
    expect(t).toContain('Together the plans hold 1 open action, due on 31 January 2025.');
    expect(t).toContain('## Standards most often rated Partially met or Not met');
    expect(t).toContain('- Standard 3 (Private fostering): rated Partially met or Not met by 5 of the 9 agencies that answered (56%); 1 agency action, the first due 31 January 2025');
    expect(t).toContain('  - **Action:** Circulate private fostering resources (Business unit; due 28 February 2025).');
    expect(t).toContain('Moderation found 4 over-optimistic ratings in 2 agencies and no underscored ratings. Over-optimism was most common in Standard 3 (Private fostering).');
    expect(t).toContain('- Training impact: **Action:** Measure the impact of training (PWD subgroup; due 31 October 2024, overdue).');
    expect(t).toContain('1 action is already overdue.');
    expect(t).not.toContain('A-0002');
  });

  it('recommends and plans from the same open actions', () => {
    const d = data({ actions: [action({ dueDate: '2025-01-31' }), action({ reference: 'A-0002', dueDate: '2025-03-31' }), action({ reference: 'A-0003', kind: 'partnership', groupName: 'Business unit' })] });
    expect(recommendationsSection(d).text).toContain('- note that agencies have 2 actions in their individual action plans, due between 31 January and 31 March 2025');
    expect(recommendationsSection(d).text).toContain('the 1 partnership action set out');
    const next = nextStepsSection(d).text;
    expect(next).toContain('- The business unit to follow up Agency 10, which has not yet returned its self-assessment');
    expect(next).toContain('(2 actions due between 31 January and 31 March 2025)');
    expect(next).toContain('- Partnership actions to be taken forward by the Business unit');
  });
});

describe('scrutiny', () => {
  it('lists the common questions and quotes the answers, a few per question', () => {
    const answers = Array.from({ length: 10 }, (_, i) => ({ agencyName: `Agency ${i + 1}`, answer: `Answer ${i + 1}` }));
    const t = scrutinySection(
      data({ scrutiny: { commonQuestions: [{ text: 'How can the Partnership help your agency?', answers }], meetings: { total: 10, held: 10, cancelled: 0, agenciesMet: 10, firstDate: null, lastDate: null, notScheduled: 0 }, scrutineers: [] } }),
    ).text;
    expect(t).toContain('asked 1 common question:\n\n- How can the Partnership help your agency?');
    expect(t).toContain('All 10 scrutiny meetings have been held.');
    expect(t).toContain('Answers were recorded from all 10 agencies met:');
    expect(t).toContain('- Agency 8: Answer 8');
    expect(t).not.toContain('Agency 9: Answer 9');
    expect(t).toContain('The answers of the other 2 agencies are in the meeting records.');
    expect(scrutinySection(data()).text).toContain('No individual scrutiny meetings have been recorded for this cycle yet.');
  });
});

describe('the section registry and facts', () => {
  it('has the Barnsley sections in order, the scrutineer part with no generator', () => {
    expect(BUILTIN_SECTIONS.map((s) => s.key)).toEqual(['purpose', 'recommendations', 'background', 'methodology', 'scrutiny', 'scrutineer', 'findings', 'development', 'nextSteps', 'attachments', 'contacts']);
    const all = generateAll(data());
    expect(all.get('scrutineer')).toEqual({ text: '', facts: {} });
    expect(all.get('contacts')!.text).toBe('Annette Carey\nStrategic SCP Manager\nannettecarey@barnsley.example');
    expect(contactsSection(data({ contact: null })).text).toBe('Barnsley Safeguarding Children Partnership business unit');
  });

  it('moves the fingerprint of the sections whose data changed, and only those', () => {
    const before = generateAll(data());
    const after = generateAll(data({ rates: { ...data().rates, final: { date: '2024-04-26', count: 10, of: 10, percent: 100 } } }));
    const moved = BUILTIN_SECTIONS.map((s) => s.key).filter((k) => fingerprint(before.get(k)!.facts) !== fingerprint(after.get(k)!.facts));
    expect(moved).toEqual(['methodology']);
  });

  it('numbers the appendices that exist', () => {
    expect(appendicesFor(data()).map((a) => `${a.number} ${a.key}`)).toEqual(['1 matrix', '2 summary']);
    const more = data({ comparison: { previousName: 'S.11 audit 2022', totals: { improved: 0, same: 0, worse: 0, new: 0, notCompared: 0 }, standards: [] } });
    expect(appendicesFor(more).map((a) => a.title)).toEqual(['Results by agency and standard', 'Results summary', 'Comparison with the S.11 audit 2022']);
  });

  it('splits a scale into its strong and weak ends as the rating model does', () => {
    expect(scaleEnds(LEVELS)).toEqual({ strong: [LEVELS[0]], weak: [LEVELS[1], LEVELS[2]] });
    const four = ['O', 'G', 'RI', 'I'].map((code) => ({ code, label: code, colour: '#000000' }));
    expect(scaleEnds(four).strong.map((l) => l.code)).toEqual(['O', 'G']);
    expect(scaleEnds(four).weak.map((l) => l.code)).toEqual(['RI', 'I']);
  });
});

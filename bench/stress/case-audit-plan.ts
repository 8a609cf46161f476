import type { Methodology } from '../../shared/domain/case-audit';

// The year's programme of themed case-file audits, each placed in time by when its returns are due (days from
// today), so that together they cover every stage: three complete, two reporting, one at moderation, two
// auditing, one urgent theme being sampled, two planned and one cancelled.

export type Stage = 'complete' | 'reporting' | 'moderation' | 'auditing' | 'sampling' | 'planned' | 'cancelled';

export interface AuditPlan {
  theme: string;
  title: string;
  stage: Stage;
  /** Returns due, in days from today. */
  due: number;
  methodology: Methodology;
  urgent?: boolean;
  notes?: string;
}

export const PROGRAMME: AuditPlan[] = [
  { theme: 'Neglect', title: 'Neglect: the lived experience of children', stage: 'complete', due: -200, methodology: 'deep_dive' },
  { theme: 'Domestic abuse', title: 'Children living with domestic abuse', stage: 'complete', due: -165, methodology: 'light_touch' },
  { theme: 'Child sexual abuse', title: 'Child sexual abuse within the family environment', stage: 'complete', due: -130, methodology: 'deep_dive' },
  { theme: 'Child exploitation', title: 'Child exploitation: safety planning for adolescents', stage: 'reporting', due: -95, methodology: 'light_touch' },
  { theme: 'Disabled children', title: 'Safeguarding disabled children', stage: 'reporting', due: -70, methodology: 'deep_dive' },
  { theme: 'Voice of the child', title: 'Voice of the child in child protection conferences', stage: 'moderation', due: -16, methodology: 'deep_dive' },
  { theme: 'Missing education', title: 'Children missing education', stage: 'auditing', due: -7, methodology: 'light_touch' },
  { theme: 'Pre-birth', title: 'Pre-birth assessment and planning', stage: 'auditing', due: 14, methodology: 'deep_dive' },
  { theme: 'Online harm', title: 'Online harm and sharing of nude images', stage: 'sampling', due: 35, methodology: 'light_touch', urgent: true, notes: 'Added at the request of the Executive after a rise in reports from schools.' },
  { theme: 'Transitions', title: 'Transition to adult services', stage: 'planned', due: 80, methodology: 'deep_dive' },
  { theme: 'Early help', title: 'Step-down from social care to early help', stage: 'planned', due: 110, methodology: 'light_touch' },
  {
    theme: 'Parental mental health',
    title: 'Parental mental health and its impact on children',
    stage: 'cancelled',
    due: 60,
    methodology: 'deep_dive',
    notes: 'Cancelled by the Executive: the theme is covered by the thematic review commissioned this year.',
  },
];

export const CASE_SUMMARIES = [
  'Child on a child protection plan; known to several agencies over two years.',
  'Sibling group in need; support from early help before a step up.',
  'Young person discussed at the multi-agency panel; missing episodes.',
  'Infant referred by midwifery before birth; parents known to services.',
  'Child with complex health needs; plan reviewed after a hospital admission.',
  'Teenager known to youth services and the school pastoral team.',
];

export const FINDINGS = [
  { kind: 'working_well' as const, text: 'Practitioners saw children on their own and recorded their words, and plans changed as a result.', standards: ['4'] },
  { kind: 'working_well' as const, text: 'Agencies shared information quickly once a child was on a plan.', standards: ['9'] },
  { kind: 'emerging_concern' as const, text: 'Early concerns were held by single agencies for weeks before a referral.', standards: ['8'] },
  { kind: 'emerging_concern' as const, text: 'Fathers and other significant adults were rarely assessed or invited to meetings.', standards: ['8', '2'] },
  { kind: 'process_learning' as const, text: 'Returns took auditors about a day each; the next audit should allow more time.', standards: [] },
];

export const RECOMMENDATIONS = [
  { text: 'Refresh multi-agency training on acting on early concerns and keeping chronologies.', group: 'Learning & Development subgroup', priority: 'high' as const, dueIn: 90 },
  { text: 'Issue practice guidance on engaging fathers and significant adults, and check its use in the next audit.', group: 'Quality & Performance subgroup', priority: 'medium' as const, dueIn: 150 },
  { text: 'Review how the agency records whether children were present at incidents.', group: null, priority: 'high' as const, dueIn: 60 },
];

export const RISK = {
  description: 'The return notes a younger child was left alone overnight after the plan ended; no referral was made at the time.',
  response: 'The case was re-referred the same day; a strategy discussion was held and a home visit made within 24 hours.',
  assurance: 'Team manager confirmed the child is safe, a plan is in place, and the practitioner has had supervision on escalation.',
};

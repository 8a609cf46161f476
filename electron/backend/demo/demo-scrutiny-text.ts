// What the demo's challenge event and scrutiny meetings say, in the words a business unit would write.

export interface DemoScope {
  cycleAgencyId: number;
  agencyId: number;
  name: string;
  status: string;
  leadId: number | null;
}

export const DEMO_QUESTIONS = [
  'How can the Partnership help your agency?',
  'What are your 3 priorities for safeguarding children in the next 6 months?',
  'What has been the impact of your safeguarding work on children and families?',
];

/** Answers per common question, taken in turn by the held meetings. */
export const DEMO_ANSWERS: string[][] = [
  [
    'Share good practice between agencies, for example through a multi-agency practice forum.',
    'Clearer guidance on thresholds and a single place to find the partnership’s procedures.',
    'Places for our managers on the partnership’s supervision training.',
    'Links with adult mental health services for parents of the children we work with.',
    'A route into the learning from local child safeguarding practice reviews.',
    'Help to reach the voluntary and sports clubs we commission.',
  ],
  [
    'Professional curiosity training for all front-line staff; a new supervision policy; auditing the voice of the child.',
    'Embedding Signs of Safety; refreshing our escalation policy; early help assessments.',
    'Safer recruitment for bank staff; transitions from children’s to adult services; a training matrix.',
    'Think Family approach; recording children’s views; a single-agency audit programme.',
    'Fabricated or induced illness training; quality assurance of referrals; staff wellbeing after difficult cases.',
    'Joined-up commissioning; placement planning; a child-friendly complaints process.',
  ],
  [
    'Children’s views now shape their plans: 8 of the 10 files audited showed it.',
    'Referrals to the front door are better evidenced, and fewer are sent back for more information.',
    'Families tell us they understand why we are worried and what needs to change.',
    'Staff escalate concerns sooner; two cases were escalated and resolved this quarter.',
    'Young people helped redesign our complaints leaflet, and complaints from children have risen.',
    'Early help offers are made earlier, with fewer children stepping up to statutory services.',
  ],
];

/** The questions sampled for the challenge event, by item number in the Compact Audit. */
export const DEMO_SAMPLED = [
  {
    number: '2.5',
    bring: 'A case study, shared ahead of the event, showing how staff demonstrated professional curiosity.',
    discussion:
      'Agencies described curiosity as asking "what is it like to be this child?". Several case studies showed staff looking beyond the presenting issue.\n\nSome agencies found it hard to evidence curiosity outside individual cases.',
    goodPractice: 'The hospital trust’s reflective supervision sessions, where staff bring a case and are asked "what else might be going on?".',
    recommendations: 'Agencies to include professional curiosity in supervision records.\n\nThe partnership to add a curiosity module to its multi-agency training.',
  },
  {
    number: '4.2',
    bring: 'Supporting material showing how the views of the child and family are sought, recorded and used.',
    discussion: 'Views are recorded well in assessments but less often in reviews and closing summaries. Younger and non-verbal children are heard least.',
    goodPractice: 'The school nursing service’s "three houses" tool, used with children from age four and recorded in their own words.',
    recommendations: 'Agencies to audit how often the child’s own words appear in plans and reviews, and to report the findings to the partnership.',
  },
  {
    number: '3.4',
    bring: 'A single-agency audit completed in the past 12 months, with its findings and the actions taken.',
    discussion: 'Most agencies audit regularly; fewer could show what changed as a result. Sample sizes ranged from 5 to 40 files.',
    goodPractice: 'The police audit of domestic abuse referrals, re-audited after six months to show improvement.',
    recommendations: 'Agencies to re-audit after acting on findings. The partnership to share an audit template that records the impact of actions.',
  },
];

export const DEMO_NOTES = {
  rating: 'Discussed the evidence behind the rating; the agency agreed the audit will be repeated before the next return.',
  theme: 'The agency described how the challenge event’s learning has been shared with its managers.',
  other: 'The agency asked for the partnership’s audit template when it is published.',
};

// What the demo case-file audits say: themes, narratives, findings and recommendations in the words a partnership
// would use, with cases known only by pseudonymous references and people by their roles.

export const DEMO_THEMES = {
  neglect: {
    title: 'Neglect: the lived experience of children',
    theme: 'Neglect',
    notes: 'Three children on child protection plans for neglect, chosen by the business unit from the last twelve months, each known to at least three agencies.',
  },
  exploitation: {
    title: 'Child exploitation: safety planning for adolescents',
    theme: 'Child exploitation',
    notes: 'A larger sample looked at in less depth: young people discussed at the exploitation panel.',
  },
  voice: { title: 'Voice of the child in child protection conferences', theme: 'Voice of the child', notes: null },
  online: { title: 'Online harm and sharing of nude images', theme: 'Online harm', notes: 'Added at the request of the Executive after a rise in reports from schools.' },
} as const;

export const DEMO_NARRATIVES = [
  {
    narrative: 'Health visiting saw the family at home five times in the period. Concerns about home conditions and the baby\'s weight were recorded and shared with the social worker within a day of each visit.',
    goodPractice: 'The health visitor saw the baby and the older sibling separately and recorded what the older child said about mealtimes in their own words.',
    gaps: 'The chronology was not updated after the second core group, and the father was not invited to the review health assessment.',
  },
  {
    narrative: 'The school raised concerns about attendance, hygiene and hunger in the autumn term and referred to the front door. The DSL attended every core group.',
    goodPractice: 'Breakfast club and a trusted adult were put in place the same week; the child told the learning mentor this made school "the best part of the day".',
    gaps: 'The referral was made six weeks after the first recorded concern; staff waited for a pattern to build.',
  },
  {
    narrative: 'Police attended two domestic incidents at the address. Both were notified to children\'s social care; the second led to a strategy discussion.',
    goodPractice: 'Officers described the state of the home and spoke to the children at the scene, which informed the strategy discussion.',
    gaps: 'The first notification did not say that the children were present, so it was not recognised as a neglect concern.',
  },
  {
    narrative: "The social worker visited within timescales throughout the plan and completed a neglect screening tool at the start and at each review.",
    goodPractice: 'Direct work with the children using the three houses model; the plan changed after the younger child said he was scared at night.',
    gaps: 'Drift between the second and third review: actions for the mother repeated without a clear consequence when they were not met.',
  },
] as const;

export const DEMO_FINDINGS = [
  { kind: 'working_well', text: 'Practitioners saw children on their own and recorded their words, and plans changed as a result.', standards: ['4'] },
  { kind: 'working_well', text: 'Health visiting, schools and children\'s social care shared information quickly once a child was on a plan.', standards: ['9'] },
  { kind: 'emerging_concern', text: 'Early concerns were held by single agencies for weeks before a referral: practitioners waited for a pattern to build.', standards: ['8'] },
  { kind: 'emerging_concern', text: 'Fathers and other significant adults were rarely assessed or invited to meetings.', standards: ['8', '2'] },
  { kind: 'emerging_concern', text: 'Chronologies were not kept up to date, so cumulative neglect was hard to see.', standards: ['3'] },
  { kind: 'process_learning', text: 'Three cases in depth gave rich learning but took auditors about a day each; the next neglect audit should allow more time for returns.', standards: [] },
] as const;

export const DEMO_RECOMMENDATIONS = [
  { text: 'Refresh the neglect toolkit training to cover acting on early concerns and the use of chronologies.', group: 'Learning & Development subgroup', priority: 'high', dueInDays: 60 },
  { text: 'Issue practice guidance on engaging fathers and significant adults, and audit its use in the next neglect audit.', group: 'Quality & Performance subgroup', priority: 'medium', dueInDays: 120 },
  { text: 'Review how domestic incident notifications record whether children were present.', agencySector: 'police', priority: 'high', dueInDays: -10 },
] as const;

export const DEMO_RISK = {
  description: 'The return notes the younger child was left alone overnight on two occasions after the plan ended; no referral was made at the time.',
  response: 'The case was re-referred the same day; a strategy discussion was held and a home visit made within 24 hours.',
  assurance: 'Team manager confirmed the child is safe, a child in need plan is in place, and the practitioner has had supervision on escalation.',
};

export const DEMO_SEND_BACK = 'The narrative does not cover the period after the child protection plan ended, and Q3 has no comment.';

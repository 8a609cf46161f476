import type { z } from 'zod';
import { scaleSchema } from './framework';

// The audit tool's own rating scale, defined exactly as a framework scale is (ordered levels, labels, colours,
// scores, which end is best, guidance per level), but always a scale of levels: auditors judge practice, they do
// not score it. Not applicable is allowed by default, for a question about a service the agency did not give.

export const caseAuditScaleSchema = scaleSchema.refine((s) => s.kind === 'levels', { path: ['kind'], message: 'a case-file audit rates practice on levels, not numbers' });
export type ScaleDocInput = z.input<typeof scaleSchema>;
export type CaseAuditScale = z.output<typeof scaleSchema>;

/** The four-point scale most partnerships use, with guidance on applying each level to practice in a case. */
export const DEFAULT_CASE_AUDIT_SCALE: CaseAuditScale = {
  name: 'Practice quality (four point)',
  kind: 'levels',
  higherIsBetter: true,
  allowsNa: true,
  naLabel: 'Not applicable',
  min: null,
  max: null,
  step: null,
  levels: [
    {
      code: 'O',
      label: 'Outstanding',
      colour: '#00703C',
      score: 4,
      description: "Practice made a clear positive difference to the child's life; it was child-centred, timely and well recorded, and could be shared as an example.",
      bandMin: null,
      bandMax: null,
    },
    {
      code: 'G',
      label: 'Good',
      colour: '#85B84F',
      score: 3,
      description: "Practice met the child's needs; any gaps were minor and did not affect the child's safety or outcomes.",
      bandMin: null,
      bandMax: null,
    },
    {
      code: 'RI',
      label: 'Requires improvement',
      colour: '#F9A825',
      score: 2,
      description: "Practice was safe but inconsistent: delays, gaps in recording or communication, or the child's voice not always heard.",
      bandMin: null,
      bandMax: null,
    },
    {
      code: 'I',
      label: 'Inadequate',
      colour: '#C62828',
      score: 1,
      description: 'Practice left the child at risk of harm or did not meet their needs; escalate any immediate concern straight away.',
      bandMin: null,
      bandMax: null,
    },
  ],
};

/** The questions a new audit's tool starts with, one per area the Halton framework asks every audit to cover. */
export const DEFAULT_CASE_QUESTIONS = [
  {
    area: 'lived_experience',
    text: "How well did your agency understand the child's lived experience, and that of other children in the household?",
    guidance: "Look for what a day in the child's life was like, and whether that understanding shaped the plan.",
  },
  {
    area: 'voice_of_child',
    text: 'How well were the views, wishes and authentic voice of the child sought and acted on, as distinct from those of the parents or carers?',
    guidance: 'Direct work, the child seen alone, their words recorded, and what changed because of them.',
  },
  {
    area: 'timeliness',
    text: 'Were interventions timely, including referrals, assessments and responses to escalating concerns?',
    guidance: 'Compare with local procedures and statutory timescales; note any drift or delay and its effect on the child.',
  },
  {
    area: 'communication',
    text: 'How well did your agency share information and work with other agencies involved with the family?',
    guidance: 'Attendance at meetings, information shared and received, escalation used where needed.',
  },
  {
    area: 'engagement_with_family',
    text: 'How well did your agency engage the family and other significant adults, including fathers and partners?',
    guidance: 'Consider how hard-to-engage parents were approached, and whether the significant adults were known.',
  },
] as const;

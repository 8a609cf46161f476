import type { ChaserTemplate } from '../../../shared/domain/cycle';

// The chaser e-mail template a new cycle starts with, and how its placeholders are filled.

export const DEFAULT_CHASER_TEMPLATE: ChaserTemplate = {
  subject: 'Reminder: {cycle} self-assessment due {deadline}',
  body: [
    'Dear {lead},',
    '',
    'This is a friendly reminder that the {cycle} self-assessment for {agency} was due on {deadline}. If you have already sent it, thank you, and please ignore this message.',
    '',
    'If anything is holding the return up, or you would like help completing it, please get in touch. The final date for returns is {finalDeadline}.',
    '',
    'Thank you for your support of the partnership.',
    '',
    'Kind regards,',
    '',
    '{sender}',
    '{partnership}',
  ].join('\n'),
};

export const PLACEHOLDERS = ['agency', 'lead', 'cycle', 'deadline', 'finalDeadline', 'partnership', 'sender'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Replaces {name} placeholders; unknown ones stay as typed so a typo shows in the draft rather than vanishing. */
export function fillTemplate(text: string, values: Record<Placeholder, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name as Placeholder] : whole));
}

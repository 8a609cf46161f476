import { ACTION_STATUS_LABELS, type ActionRow } from '../../../shared/domain/action';
import { formatLongDate } from '../reports/kit/dates';

// The e-mail asking an agency for progress on its actions: a fixed wording with placeholders filled, and
// the actions listed as plain text (Outlook shows .eml drafts as plain text, and so do mailto links).

export const REQUEST_SUBJECT = 'Update requested: {agency} actions for the {partnership}';

export const REQUEST_BODY = [
  'Dear {lead},',
  '',
  'We are asking for an update on the {count} agreed with {agency} that {verb} overdue or due by {dueBy}:',
  '',
  '{actions}',
  '',
  'Please reply to this e-mail with a short update on each action: what has been done, and whether it is on track. {workbook} If an action will not be finished by its due date, please give the new date and the reason.',
  '',
  'We would be grateful for your update by {replyBy}.',
  '',
  'Kind regards,',
  '',
  '{sender}',
  '{partnership}',
].join('\n');

/** How the workbook is offered: attached to an .eml draft; on request with a mailto link, which cannot attach. */
export const WORKBOOK_SENTENCE = {
  eml: 'Or fill in the yellow columns of the attached workbook, which lists all your open actions, and send it back.',
  mailto: 'If you would rather fill in a workbook of your actions, ask us and we will send one.',
} as const;

/** Days the agency is given to reply. */
export const REPLY_WITHIN_DAYS = 14;

const clip = (s: string, n = 200) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** One action as a few plain-text lines. */
export function actionLines(r: ActionRow): string {
  const where = r.standardNumber ? ` (standard ${r.standardNumber})` : '';
  const due = `Due ${formatLongDate(r.dueDate)}${r.overdue && r.daysOverdue !== null ? `, overdue by ${days(r.daysOverdue)}` : ''}`;
  const last = r.lastUpdateOn ? `last update ${formatLongDate(r.lastUpdateOn)}` : 'no update yet';
  return `- ${r.reference}${where}: ${clip(r.description)}\n  ${due}. Status: ${ACTION_STATUS_LABELS[r.status]}; ${last}.`;
}

export interface RequestValues {
  agency: string;
  lead: string;
  partnership: string;
  sender: string;
  dueBy: string;
  replyBy: string;
  actions: ActionRow[];
  method: keyof typeof WORKBOOK_SENTENCE;
}

/** Replaces {name} placeholders; an unknown one stays as typed so a mistake shows in the draft. */
function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}

export function requestText(v: RequestValues): { subject: string; body: string } {
  const n = v.actions.length;
  const values: Record<string, string> = {
    agency: v.agency,
    lead: v.lead,
    partnership: v.partnership,
    sender: v.sender,
    dueBy: formatLongDate(v.dueBy),
    replyBy: formatLongDate(v.replyBy),
    count: n === 1 ? 'action' : `${n} actions`,
    verb: n === 1 ? 'is' : 'are',
    actions: v.actions.map(actionLines).join('\n'),
    workbook: WORKBOOK_SENTENCE[v.method],
  };
  return { subject: fill(REQUEST_SUBJECT, values).replace(/\s*\r?\n\s*/g, ' '), body: fill(REQUEST_BODY, values) };
}

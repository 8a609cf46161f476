import type { BoardPaperData } from './data';
import type { SectionText } from './facts';
import { listFact } from './facts';
import { isPast, participant, weakWords } from './common';
import { capitalise, longDate, nOfM, num, oneLine, plural } from './wording';

// 5. Scrutiny: how the individual meetings were run, the common questions, and what the agencies said in
// answer to each (a few answers quoted; the rest stay in the meeting records).

/** Answers quoted per common question; a partnership of 2,000 agencies does not want 2,000 bullets. */
export const ANSWERS_QUOTED = 8;

export function scrutinySection(d: BoardPaperData): SectionText {
  const who = participant(d);
  const m = d.scrutiny.meetings;
  const qs = d.scrutiny.commonQuestions;
  const parts: string[] = [];
  parts.push(
    `The agenda for each scrutiny meeting with an individual ${who.one} was based on its action plan, drawn up from its self-assessment, ` +
      `and on the standards it rated ${weakWords(d)} and any over-optimistic answers. It explored the themes of the challenge event in greater depth` +
      (qs.length ? ` and asked ${plural(qs.length, 'common question')}:` : '.'),
  );
  if (qs.length) parts.push(qs.map((q) => `- ${q.text}`).join('\n'));
  if (m.total) {
    const outstanding = m.total - m.held;
    parts.push(
      `${capitalise(nOfM(m.held, m.total, 'scrutiny meeting'))} ${m.held === 1 ? 'has' : 'have'} been held` +
        (outstanding ? `; ${plural(outstanding, 'meeting')} ${outstanding === 1 ? 'is' : 'are'} still to take place${m.lastDate && !isPast(d, m.lastDate) ? `, the last on ${longDate(m.lastDate)}` : ''}.` : '.'),
    );
  } else {
    parts.push('No individual scrutiny meetings have been recorded for this cycle yet.');
  }
  for (const q of qs) {
    if (!q.answers.length) continue;
    parts.push(`## ${q.text}`);
    parts.push(`Answers were recorded from ${nOfM(q.answers.length, Math.max(m.agenciesMet, q.answers.length), `${who.one} met`, `${who.many} met`)}:`);
    const quoted = q.answers.slice(0, ANSWERS_QUOTED).map((a) => `- ${a.agencyName}: ${oneLine(a.answer, 300)}`);
    const rest = q.answers.length - quoted.length;
    parts.push(quoted.join('\n'));
    if (rest > 0) parts.push(`The answers of the other ${num(rest)} ${rest === 1 ? who.one : who.many} are in the meeting records.`);
  }
  return {
    text: parts.join('\n\n'),
    facts: {
      'Common questions': listFact(qs.map((q) => q.text)),
      'Scrutiny meetings held': `${m.held} of ${m.total}`,
      'Answers recorded': listFact(qs.map((q) => `${q.answers.length}:${q.answers.map((a) => `${a.agencyName}=${a.answer}`).join('|')}`), 0),
    },
  };
}

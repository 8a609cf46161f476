import type { BoardPaperData, PaperAction, StandardResult } from './data';
import type { SectionText } from './facts';
import { listFact } from './facts';
import { participant, standardName, weakWords } from './common';
import { capitalise, dateSpan, longDate, nOfMPercent, plural } from './wording';

// 7. Areas for development, with their actions: the standards most often rated at the weak end, what
// moderation found, and the partnership and agency actions by standard with their due dates.

/** A standard is an area for development when at least this share of the agencies that rated it rated it weakly. */
export const WEAK_SHARE = 0.25;

export function weaknesses(results: readonly StandardResult[]): StandardResult[] {
  const rated = results.filter((r) => r.rated > 0 && r.weak > 0);
  const byShare = [...rated].sort((a, b) => b.weak / b.rated - a.weak / a.rated || results.indexOf(a) - results.indexOf(b));
  const clear = byShare.filter((r) => r.weak / r.rated >= WEAK_SHARE);
  return (clear.length ? clear : byShare.slice(0, 3)).slice(0, 8);
}

const isOpen = (a: PaperAction) => a.status !== 'complete' && a.status !== 'dropped';

/** "**Action:** Review the private fostering leaflet (Learning and development subgroup; due 31 March 2027)". */
function actionLine(a: PaperAction): string {
  const who = a.kind === 'partnership' ? a.groupName : a.agencyName;
  const owner = [who, a.owner && a.owner !== who ? a.owner : null].filter(Boolean).join(', ');
  const what = a.description.trim().replace(/\s+/g, ' ').replace(/[.;]+$/, '');
  return `**Action:** ${what} (${owner ? `${owner}; ` : ''}due ${longDate(a.dueDate)}${a.overdue ? ', overdue' : ''}).`;
}

export function developmentSection(d: BoardPaperData): SectionText {
  const who = participant(d);
  const open = d.actions.filter(isOpen);
  const agencyActions = open.filter((a) => a.kind === 'agency');
  const partnership = open.filter((a) => a.kind === 'partnership');
  const parts: string[] = [];
  parts.push(
    `Each ${who.one} has an individual action plan, drawn from the gaps it identified in its self-assessment and from the discussions at the challenge event and the scrutiny meetings.` +
      (agencyActions.length
        ? ` Together the plans hold ${plural(agencyActions.length, 'open action')}, due ${dateSpan(agencyActions[0]!.dueDate, agencyActions[agencyActions.length - 1]!.dueDate)}.`
        : ''),
  );

  const weak = weaknesses(d.results);
  const listed = new Set<string>();
  if (weak.length) {
    parts.push(`## Standards most often rated ${weakWords(d)}`);
    const lines: string[] = [];
    for (const r of weak) {
      const mine = agencyActions.filter((a) => a.standardId === r.standard.id);
      const theirs = partnership.filter((a) => a.standardId === r.standard.id);
      const count = mine.length ? `; ${plural(mine.length, `${who.one} action`)}, the first due ${longDate(mine[0]!.dueDate)}` : '';
      lines.push(`- ${standardName(r.standard)}: rated ${weakWords(d)} by ${nOfMPercent(r.weak, r.rated, `${who.one} that answered`, `${who.many} that answered`)}${count}`);
      for (const a of theirs) {
        lines.push(`  - ${actionLine(a)}`);
        listed.add(a.reference);
      }
    }
    parts.push(lines.join('\n'));
  }

  const over = d.agencies.reduce((n, a) => n + a.overOptimistic, 0);
  const under = d.agencies.reduce((n, a) => n + a.underscored, 0);
  if (over + under > 0) {
    parts.push('## Over-optimistic ratings and underscoring');
    const byStandard = [...d.results].filter((r) => r.overOptimistic > 0).sort((a, b) => b.overOptimistic - a.overOptimistic).slice(0, 3);
    parts.push(
      `Moderation found ${plural(over, 'over-optimistic rating')} in ${plural(d.agencies.filter((a) => a.overOptimistic > 0).length, who.one, who.many)}` +
        (under ? ` and ${plural(under, 'underscored rating')} in ${plural(d.agencies.filter((a) => a.underscored > 0).length, who.one, who.many)}.` : ' and no underscored ratings.') +
        (byStandard.length ? ` Over-optimism was most common in ${byStandard.map((r) => standardName(r.standard)).join(', ').replace(/, ([^,]*)$/, ' and $1')}.` : '') +
        ' These were taken up at the challenge event and the scrutiny meetings and are captured in the individual action plans.',
    );
  }

  const rest = partnership.filter((a) => !listed.has(a.reference));
  if (rest.length) {
    parts.push('## Multi-agency themes and partnership actions');
    parts.push(rest.map((a) => `- ${a.theme ?? (a.standardNumber ? `Standard ${a.standardNumber}${a.standardTitle ? ` (${a.standardTitle})` : ''}` : 'Partnership')}: ${actionLine(a)}`).join('\n'));
  }
  const overdue = open.filter((a) => a.overdue).length;
  if (overdue) parts.push(`${capitalise(plural(overdue, 'action'))} ${overdue === 1 ? 'is' : 'are'} already overdue.`);
  return {
    text: parts.join('\n\n'),
    facts: {
      'Weakest standards': listFact(weak.map((r) => `${r.standard.number} ${r.weak}/${r.rated}`), 8),
      'Over-optimistic ratings': over,
      'Underscored ratings': under,
      'Open actions': listFact(open.map((a) => `${a.reference} ${a.dueDate} ${a.status} ${a.description}`), 0),
      'Overdue actions': overdue,
    },
  };
}

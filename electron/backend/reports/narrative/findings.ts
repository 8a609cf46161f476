import type { BoardPaperData, StandardResult } from './data';
import type { SectionText } from './facts';
import { listFact } from './facts';
import { participant, standardName, strongWords } from './common';
import { nOfMPercent, oneLine, percentText, plural } from './wording';

// 6. Findings: strengths. The standards most often rated at the strong end of the scale (on the rating in
// force after moderation), movement since the last cycle, and good practice from the challenge event.

/** A standard counts as a strength when at least this share of the agencies that rated it rated it strongly. */
export const STRENGTH_SHARE = 0.75;
export const MAX_LISTED = 6;

/** Standards by strong share, best first; ties by number, as the framework lists them. */
export function strengths(results: readonly StandardResult[]): StandardResult[] {
  const rated = results.filter((r) => r.rated > 0 && r.strong > 0);
  const byShare = [...rated].sort((a, b) => b.strong / b.rated - a.strong / a.rated || results.indexOf(a) - results.indexOf(b));
  const clear = byShare.filter((r) => r.strong / r.rated >= STRENGTH_SHARE);
  return (clear.length ? clear : byShare.slice(0, 3)).slice(0, MAX_LISTED);
}

export function findingsSection(d: BoardPaperData): SectionText {
  const who = participant(d);
  const strong = strongWords(d);
  const rated = d.results.reduce((n, r) => n + r.rated, 0);
  const strongTotal = d.results.reduce((n, r) => n + r.strong, 0);
  const parts: string[] = [];
  if (!rated) {
    parts.push(`No ratings have been returned yet, so there are no findings to report.`);
  } else {
    parts.push(
      `Across the ${plural(d.standards.length, 'standard')}, ${percentText(strongTotal, rated)} of the ${plural(rated, 'rating')} in force after moderation were ${strong}.`,
    );
    const top = strengths(d.results);
    if (top.length) {
      parts.push(`The standards most often rated ${strong} were:`);
      parts.push(top.map((r) => `- ${standardName(r.standard)}: rated ${strong} by ${nOfMPercent(r.strong, r.rated, `${who.one} that answered`, `${who.many} that answered`)}`).join('\n'));
    }
  }
  const c = d.comparison;
  if (c && c.totals.improved + c.totals.same + c.totals.worse > 0) {
    const t = c.totals;
    const compared = t.improved + t.same + t.worse;
    parts.push(
      `Compared with the ${c.previousName}, ${plural(t.improved, 'standard rating')} improved, ${t.same} stayed the same and ${t.worse} fell, of the ${plural(compared, 'rating')} that could be compared (${percentText(t.improved, compared)} improved).`,
    );
  }
  const practice = d.challenge.flatMap((e) => e.questions.filter((q) => q.goodPractice?.trim()).map((q) => `- Question ${q.number}: ${oneLine(q.goodPractice!, 500)}`));
  if (practice.length) {
    parts.push('## Good practice from the challenge event');
    parts.push(practice.join('\n'));
  }
  return {
    text: parts.join('\n\n'),
    facts: {
      'Ratings in force': rated,
      [`Rated ${strong}`]: strongTotal,
      'Strongest standards': listFact(strengths(d.results).map((r) => `${r.standard.number} ${r.strong}/${r.rated}`), 8),
      'Change since the last cycle': c ? `${c.totals.improved} improved, ${c.totals.same} same, ${c.totals.worse} fell` : '',
      'Good practice recorded': listFact(practice),
    },
  };
}

import type { BoardPaperData } from './data';
import type { SectionText } from './facts';
import { listFact } from './facts';
import { participant } from './common';
import { capitalise, listSome, noun, plural } from './wording';

// 3. Background: the context (the cycle's notes, which the manager writes) and who took part. A short
// list names every agency, as Barnsley does; a long one is counted by sector (appendix 1 names them all).

/** Above this many agencies the list is given by sector. */
export const NAME_LIST_LIMIT = 40;

export function backgroundSection(d: BoardPaperData): SectionText {
  const who = participant(d);
  const n = d.agencies.length;
  const parts: string[] = [];
  if (d.cycle.notes?.trim()) parts.push(d.cycle.notes.trim());
  if (n === 0) {
    parts.push(`No ${who.many} are in scope of the ${d.cycle.name} yet.`);
  } else {
    const guidance = d.cycle.type === 's11' ? 'In line with chapter 4 of Working Together to Safeguard Children 2023, which identifies the organisations with a duty under section 11, the' : 'The';
    parts.push(`${guidance} following ${plural(n, who.one, who.many)} took part in the ${d.cycle.name}:`);
    if (n <= NAME_LIST_LIMIT) {
      parts.push(d.agencies.map((a) => `- ${a.name}`).join('\n'));
    } else {
      const bySector = new Map<string, number>();
      for (const a of d.agencies) bySector.set(a.sectorName, (bySector.get(a.sectorName) ?? 0) + 1);
      parts.push([...bySector].map(([s, c]) => `- ${s}: ${plural(c, who.one, who.many)}`).join('\n'));
      parts.push(`Every ${who.one} is named in appendix 1.`);
    }
    const missing = d.agencies.filter((a) => !a.returned);
    if (missing.length)
      parts.push(
        `${capitalise(plural(missing.length, who.one, who.many))} ${missing.length === 1 ? 'has' : 'have'} not returned ${missing.length === 1 ? 'its' : 'their'} self-assessment: ${listSome(missing.map((a) => a.name), 8, noun(2, who.one, who.many))}.`,
      );
  }
  return {
    text: parts.join('\n\n'),
    facts: {
      Context: d.cycle.notes?.trim() ?? '',
      [`${capitalise(who.many)} taking part`]: listFact(d.agencies.map((a) => a.name)),
      'Not returned': listFact(d.agencies.filter((a) => !a.returned).map((a) => a.name)),
    },
  };
}

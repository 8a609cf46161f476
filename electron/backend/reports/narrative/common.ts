import type { BoardPaperData, PaperLevel } from './data';
import { scaleEnds } from './data';
import { listOr } from './wording';

// Phrases several sections share: what the audit is called, who takes part, the appendices and their numbers.

/** "section 11 self-assessment audit", for running text. */
export function auditPhrase(d: BoardPaperData): string {
  switch (d.cycle.type) {
    case 's11':
      return 'section 11 self-assessment audit';
    case 's175':
      return 'section 175/157 safeguarding audit';
    case 'early_years':
      return 'early years safeguarding audit';
    default:
      return d.cycle.typeLabel ? `${d.cycle.typeLabel.toLowerCase()} audit` : 'self-assessment audit';
  }
}

/** Who takes part: schools for a section 175/157 audit, settings for early years, agencies otherwise. */
export function participant(d: Pick<BoardPaperData, 'cycle'>): { one: string; many: string } {
  if (d.cycle.type === 's175') return { one: 'school', many: 'schools' };
  if (d.cycle.type === 'early_years') return { one: 'setting', many: 'settings' };
  return { one: 'agency', many: 'agencies' };
}

/** "Outstanding or Good": the labels at one end of the scale, for "rated … by". */
export const levelWords = (levels: readonly PaperLevel[]): string => listOr(levels.map((l) => l.label));

export const strongWords = (d: BoardPaperData) => levelWords(scaleEnds(d.levels).strong);
export const weakWords = (d: BoardPaperData) => levelWords(scaleEnds(d.levels).weak);

/** "Standard 3 (Safer recruitment)". */
export const standardName = (s: { number: string; title: string }) => `Standard ${s.number} (${s.title})`;

export type AppendixKey = 'matrix' | 'summary' | 'challenge' | 'comparison';
export interface Appendix {
  key: AppendixKey;
  number: number;
  title: string;
}

/** The appendices this paper carries, numbered in order; the challenge and comparison only when there is one. */
export function appendicesFor(d: BoardPaperData): Appendix[] {
  const list: Array<Omit<Appendix, 'number'>> = [
    { key: 'matrix', title: 'Results by agency and standard' },
    { key: 'summary', title: 'Results summary' },
  ];
  if (d.challenge.length) list.push({ key: 'challenge', title: d.challenge.length === 1 ? 'Challenge event summary' : 'Challenge events summary' });
  if (d.comparison) list.push({ key: 'comparison', title: `Comparison with the ${d.comparison.previousName}` });
  return list.map((a, i) => ({ ...a, number: i + 1 }));
}

/** "appendix 2", or null when the paper has no such appendix. */
export function appendixRef(d: BoardPaperData, key: AppendixKey): string | null {
  const a = appendicesFor(d).find((x) => x.key === key);
  return a ? `appendix ${a.number}` : null;
}

/** Whether a date has passed (strictly before today), so a sentence can say "was held" or "is planned". */
export const isPast = (d: BoardPaperData, iso: string | null): boolean => iso !== null && iso < d.today;

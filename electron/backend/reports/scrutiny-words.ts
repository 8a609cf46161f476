import type { DocumentSettings } from './kit';
import { formatLongDate } from './kit';

// Words the scrutiny documents share: counts as people write them, times, kinds of evidence.

const num = new Intl.NumberFormat('en-GB');

/** "1 agency", "12 agencies". */
export const plural = (n: number, one: string, many: string) => `${num.format(n)} ${n === 1 ? one : many}`;

/** The date with its time span: "5 November 2026, 09:30 to 12:30". */
export const whenText = (date: string, start: string, end: string) => `${formatLongDate(date)}, ${start} to ${end}`;

/** "Case study" → "a case study"; "Audit of files" → "an audit of files"; acronyms keep their capitals. Vowels that sound like "you" take "a". */
export function withArticle(kind: string): string {
  const k = kind.trim();
  const lower = /^[A-Z][a-z]/.test(k) ? k[0]!.toLowerCase() + k.slice(1) : k;
  return `${/^[aeiou]/i.test(lower) && !/^(uni|use|usu|eu|one)/i.test(lower) ? 'an' : 'a'} ${lower}`;
}

/** Everything a scrutiny document needs besides its data. */
export interface ScrutinyDocContext {
  settings: DocumentSettings;
  generatedAt: Date;
  authorName: string;
  fontsDir: string;
}

import { plainMessage } from '../../components/form-errors';
import type { ApiErrorDetail } from '../../../../shared/result';

const FIELD_WORDS: Record<string, string> = {
  number: 'number',
  title: 'title',
  text: 'text',
  evidencePrompt: 'evidence prompt',
  guidance: 'guidance',
  code: 'code',
  label: 'label',
  colour: 'colour',
  score: 'score',
  description: 'description',
  bandMin: 'lowest value',
  bandMax: 'highest value',
  name: 'name',
  versionLabel: 'version label',
  familyKey: 'family key',
  ratingTarget: 'what is rated',
  standardRollup: 'standard roll-up',
  duties: 'duties',
  min: 'minimum',
  max: 'maximum',
  step: 'step',
  naLabel: 'not applicable label',
  kind: 'kind',
  levels: 'levels',
  items: 'items',
  standards: 'standards',
  wordings: 'sector wordings',
  sectorCode: 'sector',
};

const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
/** zod's own messages ("Too small: …") do not say which field; ours ("item number 4.2 is used twice") do. */
const generic = (m: string) => /^(too (small|big)|invalid|expected|required)/i.test(m);

/**
 * "doc.standards.3.items.2.number" → "Standard 4, item 3". Positions count from 1, as the outline shows them.
 * Returns the place and, when the message does not name it, the field.
 */
export function describeFrameworkPath(path: string | undefined, message: string): string {
  const parts = (path ?? '').split('.').filter(Boolean);
  if (parts[0] === 'doc') parts.shift();
  const where: string[] = [];
  let field: string | null = null;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const next = parts[i + 1];
    const index = next !== undefined && /^\d+$/.test(next) ? Number(next) + 1 : null;
    if (p === 'standards' && index) where.push(`Standard ${index}`);
    else if (p === 'items' && index) where.push(`item ${index}`);
    else if (p === 'levels' && index) where.push(`level ${index}`);
    else if (p === 'wordings' && index) where.push(`sector wording ${index}`);
    else if (p === 'scale') where.push('Rating scale');
    else if (/^\d+$/.test(p)) continue;
    else field = FIELD_WORDS[p] ?? p;
    if (index) i++;
  }
  let place = where.join(', ');
  if (field && (generic(message) || !place)) place = place ? `${place}, ${field}` : cap(field);
  const text = generic(message) ? plainMessage(message).toLowerCase() : message;
  return place ? `${cap(place)}: ${text}` : cap(text);
}

export const describeFrameworkDetail = (d: ApiErrorDetail): string => describeFrameworkPath(d.field, d.message);

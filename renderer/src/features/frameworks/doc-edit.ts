import type { FrameworkDoc } from '../../../../shared/domain/framework';

export type Standard = FrameworkDoc['standards'][number];
export type Item = Standard['items'][number];
export type Level = FrameworkDoc['scale']['levels'][number];

export const replaceAt = <T>(list: readonly T[], index: number, value: T): T[] => list.map((x, i) => (i === index ? value : x));
export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);
export const insertAt = <T>(list: readonly T[], index: number, value: T): T[] => [...list.slice(0, index), value, ...list.slice(index)];
/** Swaps an entry with its neighbour; `by` is -1 (up) or +1 (down). */
export const move = <T>(list: readonly T[], index: number, by: -1 | 1): T[] => {
  const j = index + by;
  if (j < 0 || j >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[j]] = [copy[j]!, copy[index]!];
  return copy;
};

/** Empty text boxes are stored as null, so clearing a box and typing nothing is not a change. */
export const orNull = (v: string): string | null => (v === '' ? null : v);

/** "4.3" after "4.2"; "4.1" for the first item of standard 4. */
export function nextItemNumber(standard: Standard): string {
  const last = standard.items[standard.items.length - 1]?.number;
  const m = last ? /^(.*?)(\d+)$/.exec(last) : null;
  if (m) return `${m[1]}${Number(m[2]) + 1}`;
  return `${standard.number}.${standard.items.length + 1}`;
}

export function nextStandardNumber(doc: FrameworkDoc): string {
  const nums = doc.standards.map((s) => Number(s.number)).filter((n) => Number.isFinite(n));
  return String(nums.length ? Math.max(...nums) + 1 : doc.standards.length + 1);
}

export const newItem = (standard: Standard): Item => ({
  number: nextItemNumber(standard),
  text: '',
  evidencePrompt: null,
  guidance: null,
  wordings: [],
});

export const newStandard = (doc: FrameworkDoc): Standard => ({ number: nextStandardNumber(doc), title: '', guidance: null, items: [] });

export const newLevel = (scale: FrameworkDoc['scale']): Level => {
  const scores = scale.levels.map((l) => l.score);
  return {
    code: `L${scale.levels.length + 1}`,
    label: '',
    colour: '#7F7F7F',
    score: scores.length ? Math.min(...scores) - 1 : 1,
    description: null,
    bandMin: null,
    bandMax: null,
  };
};

/** A readable name for black or white text on a level colour. */
export function textOn(colour: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!m) return '#000000';
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h!, 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const lum = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return lum > 0.4 ? '#000000' : '#FFFFFF';
}

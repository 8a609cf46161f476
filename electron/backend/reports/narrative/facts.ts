import { createHash } from 'node:crypto';

// A section's facts: the figures and names its generated text was written from, as label → value. Their
// fingerprint is saved with a user's edit; when the fingerprint of today's facts differs, the edited text
// may no longer match the data, and the labels whose values moved say what changed.

export type Facts = Record<string, string | number>;

export interface SectionText {
  text: string;
  facts: Facts;
}

const hash = (s: string, length: number) => createHash('sha256').update(s).digest('hex').slice(0, length);

/** Stable whatever order the keys were added in. */
export function fingerprint(facts: Facts): string {
  const sorted = Object.keys(facts)
    .sort()
    .map((k) => [k, facts[k]]);
  return hash(JSON.stringify(sorted), 32);
}

/**
 * A list as one fact value: short lists verbatim (so the hint can show them), long ones as a count and a
 * hash (so a change is still noticed, without storing thousands of names with every edit).
 */
export function listFact(items: readonly string[], max = 6): string {
  if (items.length <= max) return items.join('; ') || 'none';
  return `${items.length} entries #${hash(items.join('\u0001'), 8)}`;
}

const HASHED = /^(\d+) entries #[0-9a-f]{8}$/;
const show = (v: string | number | undefined) => (v === undefined || v === '' ? 'none' : String(v));

/** "Returned by the final deadline: 9 → 10", one line per fact whose value differs. */
export function describeChanges(before: Facts, now: Facts): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(now)])];
  return keys
    .filter((k) => show(before[k]) !== show(now[k]))
    .map((k) => {
      const [b, n] = [show(before[k]), show(now[k])];
      // A hashed list says nothing to a reader beyond its length.
      const [cb, cn] = [HASHED.exec(b)?.[1], HASHED.exec(n)?.[1]];
      if (cb || cn) return cb && cn && cb !== cn ? `${k}: ${cb} → ${cn}` : `${k}: changed`;
      return b.length + n.length > 160 ? `${k}: changed` : `${k}: ${b} → ${n}`;
    });
}

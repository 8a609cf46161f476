import type { BoardPaperSection } from '../../../shared/domain/report';
import { BUILTIN_SECTIONS, builtinSection } from '../reports/narrative/index';
import { describeChanges, fingerprint, type Facts, type SectionText } from '../reports/narrative/facts';

// The section list a paper shows: the stored order, titles, hidden flags and edits laid over the built-in
// sections, with today's generated text. Pure, so the staleness rules are tested without a database.

export interface StoredSection {
  key: string;
  title: string | null;
  position: number;
  level: number;
  hidden: boolean;
  builtin: boolean;
  editedText: string | null;
  editedFingerprint: string | null;
  editedFacts: Facts | null;
  editedAt: string | null;
  editedBy: string | null;
}

/** Stored rows in order, with built-in sections the store lacks (a paper saved by an older version) put back in place. */
export function sectionOrder(stored: readonly StoredSection[]): StoredSection[] {
  const known = stored.filter((s) => !s.builtin || builtinSection(s.key)).sort((a, b) => a.position - b.position);
  const have = new Set(known.map((s) => s.key));
  for (const [i, def] of BUILTIN_SECTIONS.entries()) {
    if (have.has(def.key)) continue;
    // After the nearest earlier built-in section that is there, else first.
    const before = BUILTIN_SECTIONS.slice(0, i).reverse().find((d) => have.has(d.key));
    const at = before ? known.findIndex((s) => s.key === before.key) + 1 : 0;
    known.splice(at, 0, blankSection(def.key, def.level));
    have.add(def.key);
  }
  return known.map((s, position) => ({ ...s, position }));
}

export const blankSection = (key: string, level: number, builtin = true): StoredSection => ({
  key,
  title: null,
  position: 0,
  level,
  hidden: false,
  builtin,
  editedText: null,
  editedFingerprint: null,
  editedFacts: null,
  editedAt: null,
  editedBy: null,
});

/** Whether an edit was made against other data than today's, and what moved. */
export function staleness(s: StoredSection, now: SectionText | undefined): { stale: boolean; changes: string[] } {
  if (s.editedText === null || !now || s.editedFingerprint === null) return { stale: false, changes: [] };
  if (s.editedFingerprint === fingerprint(now.facts)) return { stale: false, changes: [] };
  const changes = s.editedFacts ? describeChanges(s.editedFacts, now.facts) : [];
  return { stale: true, changes: changes.length ? changes : ['The data behind this section has changed since it was edited.'] };
}

export function composeSections(generated: ReadonlyMap<string, SectionText>, stored: readonly StoredSection[]): BoardPaperSection[] {
  return sectionOrder(stored).map((s) => {
    const def = builtinSection(s.key);
    const kind = !def ? 'custom' : def.generate ? 'generated' : 'userOnly';
    const now = kind === 'generated' ? generated.get(s.key) : undefined;
    const generatedText = now?.text ?? '';
    const { stale, changes } = staleness(s, now);
    return {
      key: s.key,
      title: s.title ?? def?.title ?? 'Untitled section',
      defaultTitle: def?.title ?? null,
      level: (def ? def.level : s.level === 2 ? 2 : 1) as 1 | 2,
      kind,
      hidden: s.hidden,
      generatedText,
      text: s.editedText ?? generatedText,
      edited: s.editedText !== null,
      editedAt: s.editedAt,
      editedBy: s.editedBy,
      stale,
      changes,
    };
  });
}

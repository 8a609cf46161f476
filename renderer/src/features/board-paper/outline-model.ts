import type { BoardPaperSection } from '../../../../shared/domain/report';

// The outline's numbering and moves, free of React. Numbering follows the document: hidden sections are
// left out, and a part (level 2) sits unnumbered under the numbered section before it.

export interface OutlineEntry {
  section: BoardPaperSection;
  /** "3" for a numbered section; null for a hidden one or a part. */
  number: string | null;
  /** A level-2 part under a numbered section. */
  part: boolean;
}

export function outlineEntries(sections: readonly BoardPaperSection[]): OutlineEntry[] {
  let numbered = 0;
  return sections.map((section) => {
    if (section.hidden) return { section, number: null, part: section.level === 2 };
    if (section.level === 2 && numbered > 0) return { section, number: null, part: true };
    numbered += 1;
    return { section, number: String(numbered), part: false };
  });
}

/** [start, end) of the block a section moves as: a numbered section carries its parts with it; a part moves alone. */
function blockAt(sections: readonly BoardPaperSection[], index: number): [number, number] {
  if (sections[index]?.level === 2) return [index, index + 1];
  let end = index + 1;
  while (end < sections.length && sections[end]!.level === 2) end += 1;
  return [index, end];
}

/** The block that starts before `index` (the one a section swaps with when moved up). */
function blockBefore(sections: readonly BoardPaperSection[], index: number, moving: BoardPaperSection): [number, number] | null {
  if (index === 0) return null;
  if (moving.level === 2) return [index - 1, index];
  let start = index - 1;
  while (start > 0 && sections[start]!.level === 2) start -= 1;
  return [start, index];
}

/**
 * The section keys after moving `key` one place up or down, or null when it cannot move that way. A
 * numbered section moves with its parts past the whole neighbouring section; a part moves one place.
 */
export function movedKeys(sections: readonly BoardPaperSection[], key: string, by: -1 | 1): string[] | null {
  const keys = sections.map((s) => s.key);
  const i = keys.indexOf(key);
  if (i < 0) return null;
  const moving = sections[i]!;
  const [start, end] = blockAt(sections, i);
  if (by === 1) {
    if (end >= sections.length) return null;
    const next = moving.level === 2 ? [end, end + 1] : blockAt(sections, end);
    return [...keys.slice(0, start), ...keys.slice(next[0], next[1]), ...keys.slice(start, end), ...keys.slice(next[1])];
  }
  const prev = blockBefore(sections, i, moving);
  if (!prev) return null;
  return [...keys.slice(0, prev[0]), ...keys.slice(start, end), ...keys.slice(prev[0], prev[1]), ...keys.slice(end)];
}

/** What the outline says about a section, for its accessible name and badges. */
export function sectionState(s: BoardPaperSection, unsaved: boolean): string[] {
  return [
    s.hidden ? 'hidden' : null,
    s.stale ? 'data changed since your edit' : s.edited && s.kind === 'generated' ? 'edited' : null,
    s.kind === 'custom' ? 'added' : null,
    unsaved ? 'unsaved changes' : null,
  ].filter((x): x is string => x !== null);
}

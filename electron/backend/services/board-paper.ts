import type { BoardPaperDraft } from '../../../shared/domain/report';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { invalid } from '../errors';
import type { BoardPaperData } from '../reports/narrative/data';
import { appendicesFor } from '../reports/narrative/common';
import { fingerprint } from '../reports/narrative/facts';
import { builtinSection, generateAll } from '../reports/narrative/index';
import { blankSection, composeSections, type StoredSection } from './board-paper-model';
import { headerFieldsOf, headerRows } from './board-paper-header';
import { loadBoardPaperData } from './board-paper-data';
import { currentSections, loadStoredPaper, savePaper, type StoredPaper } from './board-paper-store';
import { recordChange } from './history';
import { todayOf, type WriteCtx } from './write-context';

// A cycle's board paper draft: read (generated text recomputed from the data every time, edits laid over
// it) and the edits the app makes: section text, title, hidden, reset, add, remove, reorder, header values.

type Ctx = WriteCtx;

export function composeDraft(data: BoardPaperData, paper: StoredPaper | null, userName: string): BoardPaperDraft {
  const sections = composeSections(generateAll(data), paper?.sections ?? []);
  return {
    cycleId: data.cycle.id,
    cycleName: data.cycle.name,
    saved: paper !== null,
    updatedAt: paper?.updatedAt ?? null,
    updatedBy: paper?.updatedBy ?? null,
    header: headerRows({ settings: data.settings, cycleName: data.cycle.name, contact: data.contact, userName }, paper?.headerValues ?? {}),
    sections,
    appendices: appendicesFor(data).map((a) => ({ key: a.key, title: `Appendix ${a.number}: ${a.title}` })),
    staleCount: sections.filter((s) => s.stale && !s.hidden).length,
  };
}

export async function getBoardPaper(db: Db, ctx: Ctx, cycleId: number): Promise<BoardPaperDraft> {
  const data = await loadBoardPaperData(db, cycleId, todayOf(ctx));
  return composeDraft(data, await loadStoredPaper(db, cycleId), ctx.userName);
}

/** Loads, lets `change` edit the sections and header values, saves them with history, returns the new draft. */
async function edit(
  db: Db,
  ctx: Ctx,
  cycleId: number,
  summary: string,
  change: (sections: StoredSection[], header: Record<string, string>, data: BoardPaperData) => StoredSection[] | void,
): Promise<BoardPaperDraft> {
  const data = await loadBoardPaperData(db, cycleId, todayOf(ctx));
  await inTransaction(db, async (trx) => {
    const before = await loadStoredPaper(trx, cycleId);
    const sections = currentSections(before);
    const header = { ...(before?.headerValues ?? {}) };
    const snapshot = JSON.stringify(sections);
    const after = change(sections, header, data) ?? sections;
    const paperId = await savePaper(trx, ctx, cycleId, after, header);
    await recordChange(trx, ctx, {
      entityType: 'board_paper',
      entityId: paperId,
      action: before ? 'update' : 'create',
      summary: `Board paper for ${data.cycle.name}: ${summary}`,
      before: before ? { sections: outline(JSON.parse(snapshot) as StoredSection[]), header: before.headerValues } : null,
      after: { sections: outline(after), header },
    });
  });
  return getBoardPaper(db, ctx, cycleId);
}

/** What history keeps of the sections: order, titles, flags and the start of each edit. */
const outline = (sections: readonly StoredSection[]) =>
  sections.map((s) => ({
    key: s.key,
    ...(s.title ? { title: s.title } : {}),
    ...(s.hidden ? { hidden: true } : {}),
    ...(s.editedText !== null ? { text: s.editedText.length > 300 ? `${s.editedText.slice(0, 300)}…` : s.editedText } : {}),
  }));

const find = (sections: StoredSection[], key: string) => {
  const s = sections.find((x) => x.key === key);
  if (!s) throw invalid(`The board paper has no section "${key}".`, [{ field: 'key', message: 'no such section' }]);
  return s;
};

export interface SectionPatch {
  title?: string | null;
  hidden?: boolean;
  /** New text; null goes back to the generated text. */
  text?: string | null;
  level?: 1 | 2;
}

export function updateSection(db: Db, ctx: Ctx, cycleId: number, key: string, patch: SectionPatch): Promise<BoardPaperDraft> {
  const what = [patch.text !== undefined ? (patch.text === null ? 'text reset' : 'text edited') : null, patch.title !== undefined ? 'renamed' : null, patch.hidden !== undefined ? (patch.hidden ? 'hidden' : 'shown') : null]
    .filter(Boolean)
    .join(', ');
  return edit(db, ctx, cycleId, `section "${key}" ${what || 'saved'}`, (sections, _header, data) => {
    const s = find(sections, key);
    const def = builtinSection(key);
    if (patch.title !== undefined) {
      // A built-in section given its own title back (or none) shows the built-in title; an added one keeps a title.
      if (def) s.title = patch.title && patch.title !== def.title ? patch.title : null;
      else if (patch.title) s.title = patch.title;
    }
    if (patch.hidden !== undefined) s.hidden = patch.hidden;
    if (patch.level !== undefined && !def) s.level = patch.level;
    if (patch.text !== undefined) {
      const now = def?.generate ? def.generate(data) : null;
      // Text the same as the generated text is not an edit: it stays live and follows the data.
      // An emptied built-in part (the scrutineer's report) is simply not written yet.
      const same = now ? patch.text?.trim() === now.text.trim() : def !== undefined && !patch.text?.trim();
      const text = patch.text === null || same ? null : patch.text;
      s.editedText = text;
      s.editedFingerprint = text !== null && now ? fingerprint(now.facts) : null;
      s.editedFacts = text !== null && now ? now.facts : null;
      s.editedAt = text !== null ? ctx.now().toISOString() : null;
      s.editedBy = text !== null ? ctx.userName : null;
    }
  });
}

export const resetSection = (db: Db, ctx: Ctx, cycleId: number, key: string) => updateSection(db, ctx, cycleId, key, { text: null });

export function addSection(db: Db, ctx: Ctx, cycleId: number, input: { title: string; text?: string; level?: 1 | 2; afterKey?: string }): Promise<BoardPaperDraft> {
  return edit(db, ctx, cycleId, `section "${input.title}" added`, (sections) => {
    const n = Math.max(0, ...sections.map((s) => Number(/^custom-(\d+)$/.exec(s.key)?.[1] ?? 0))) + 1;
    const added: StoredSection = {
      ...blankSection(`custom-${n}`, input.level ?? 1, false),
      title: input.title,
      editedText: input.text ?? '',
      editedAt: ctx.now().toISOString(),
      editedBy: ctx.userName,
    };
    // By default just before the attachments, where a board paper's extra sections usually go.
    const anchor = input.afterKey ? sections.findIndex((s) => s.key === input.afterKey) + 1 : sections.findIndex((s) => s.key === 'attachments');
    if (input.afterKey && anchor === 0) find(sections, input.afterKey);
    sections.splice(anchor < 0 ? sections.length : anchor, 0, added);
  });
}

export function removeSection(db: Db, ctx: Ctx, cycleId: number, key: string): Promise<BoardPaperDraft> {
  return edit(db, ctx, cycleId, `section "${key}" removed`, (sections) => {
    const s = find(sections, key);
    if (s.builtin) throw invalid('A built-in section cannot be removed; hide it instead.', [{ field: 'key', message: `${key} is built in` }]);
    return sections.filter((x) => x.key !== key);
  });
}

export function reorderSections(db: Db, ctx: Ctx, cycleId: number, keys: readonly string[]): Promise<BoardPaperDraft> {
  return edit(db, ctx, cycleId, 'sections reordered', (sections) => {
    const have = new Set(sections.map((s) => s.key));
    const given = new Set(keys);
    const missing = [...have].filter((k) => !given.has(k));
    const unknown = keys.filter((k) => !have.has(k));
    if (missing.length || unknown.length || given.size !== keys.length)
      throw invalid('Give every section of the paper exactly once, in the new order.', [
        ...missing.map((k) => ({ field: 'keys', message: `${k} is missing` })),
        ...unknown.map((k) => ({ field: 'keys', message: `${k} is not a section of this paper` })),
        ...(given.size !== keys.length ? [{ field: 'keys', message: 'a section is listed twice' }] : []),
      ]);
    return keys.map((k) => sections.find((s) => s.key === k)!);
  });
}

/** Sets header values by row label; null or the default value goes back to the default. */
export function setHeader(db: Db, ctx: Ctx, cycleId: number, values: ReadonlyArray<{ label: string; value: string | null }>): Promise<BoardPaperDraft> {
  return edit(db, ctx, cycleId, 'header changed', (_sections, header, data) => {
    const rows = headerRows({ settings: data.settings, cycleName: data.cycle.name, contact: data.contact, userName: ctx.userName }, {});
    const labels = new Set(headerFieldsOf(data.settings).map((f) => f.label));
    for (const v of values) {
      if (!labels.has(v.label))
        throw invalid(`The header has no row "${v.label}"; the rows are set in settings.`, [{ field: 'values', message: `${v.label}: no such row` }]);
      const def = rows.find((r) => r.label === v.label)!.defaultValue;
      if (v.value === null || v.value.trim() === def.trim()) delete header[v.label];
      else header[v.label] = v.value.trim();
    }
  });
}

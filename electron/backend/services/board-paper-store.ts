import type { Db } from '../db/schema';
import type { Facts } from '../reports/narrative/facts';
import { inTransaction } from '../db/transaction';
import { sectionOrder, type StoredSection } from './board-paper-model';
import type { WriteCtx } from './write-context';

// Board paper rows: the paper (one per cycle, created on the first edit) and its sections. Positions are
// rewritten whole whenever the order changes, so they always run 0..n-1.

export interface StoredPaper {
  id: number;
  headerValues: Record<string, string>;
  updatedAt: string;
  updatedBy: string;
  sections: StoredSection[];
}

const parseJson = <T>(text: string | null, fallback: T): T => {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

export async function loadStoredPaper(db: Db, cycleId: number): Promise<StoredPaper | null> {
  const p = await db.selectFrom('board_papers').selectAll().where('cycle_id', '=', cycleId).executeTakeFirst();
  if (!p) return null;
  const rows = await db.selectFrom('board_paper_sections').selectAll().where('paper_id', '=', p.id).orderBy('position').orderBy('id').execute();
  return {
    id: p.id,
    headerValues: parseJson<Record<string, string>>(p.header_values, {}),
    updatedAt: p.updated_at,
    updatedBy: p.updated_by,
    sections: rows.map((r) => ({
      key: r.section_key,
      title: r.title,
      position: r.position,
      level: r.level,
      hidden: r.hidden === 1,
      builtin: r.builtin === 1,
      editedText: r.edited_text,
      editedFingerprint: r.edited_fingerprint,
      editedFacts: parseJson<Facts | null>(r.edited_facts, null),
      editedAt: r.edited_at,
      editedBy: r.edited_by,
    })),
  };
}

const sectionValues = (paperId: number, s: StoredSection) => ({
  paper_id: paperId,
  section_key: s.key,
  title: s.title,
  position: s.position,
  level: s.level,
  hidden: s.hidden ? 1 : 0,
  builtin: s.builtin ? 1 : 0,
  edited_text: s.editedText,
  edited_fingerprint: s.editedFingerprint,
  edited_facts: s.editedFacts ? JSON.stringify(s.editedFacts) : null,
  edited_at: s.editedAt,
  edited_by: s.editedBy,
});

/**
 * Replaces the paper's sections with `sections` (in that order) and its header values, creating the paper on
 * its first save. One transaction: a paper is never left with half its sections.
 */
export async function savePaper(
  db: Db,
  ctx: WriteCtx,
  cycleId: number,
  sections: readonly StoredSection[],
  headerValues: Record<string, string>,
): Promise<number> {
  const at = ctx.now().toISOString();
  return inTransaction(db, async (trx) => {
    const existing = await trx.selectFrom('board_papers').select('id').where('cycle_id', '=', cycleId).executeTakeFirst();
    let paperId: number;
    if (existing) {
      paperId = existing.id;
      await trx.updateTable('board_papers').set({ header_values: JSON.stringify(headerValues), updated_at: at, updated_by: ctx.userName }).where('id', '=', paperId).execute();
      await trx.deleteFrom('board_paper_sections').where('paper_id', '=', paperId).execute();
    } else {
      paperId = (
        await trx
          .insertInto('board_papers')
          .values({ cycle_id: cycleId, header_values: JSON.stringify(headerValues), created_at: at, updated_at: at, updated_by: ctx.userName })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    }
    const ordered = sections.map((s, position) => ({ ...s, position }));
    if (ordered.length) await trx.insertInto('board_paper_sections').values(ordered.map((s) => sectionValues(paperId, s))).execute();
    return paperId;
  });
}

/** The paper's sections as stored, or the built-in defaults for a paper not saved yet. */
export const currentSections = (paper: StoredPaper | null): StoredSection[] => sectionOrder(paper?.sections ?? []);

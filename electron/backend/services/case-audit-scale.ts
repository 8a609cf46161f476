import type { CaseAuditScale, CaseLevel } from '../../../shared/domain/case-audit';
import type { Db } from '../db/schema';
import { notFound } from '../errors';
import { levelByCodeOrLabel, type LoadedScale } from './rating-scale';

// An audit tool's rating scale lives in rating_scales like a framework's, so it has the same shape and the same
// rating model (best from scores, never list order). These read and write it for one audit.

export interface CaseScale extends LoadedScale {
  /** As the partnership defined it, with each level's guidance, in its own order. */
  doc: CaseAuditScale;
}

export async function loadScaleById(db: Db, scaleId: number): Promise<CaseScale> {
  const s = await db.selectFrom('rating_scales').selectAll().where('id', '=', scaleId).executeTakeFirstOrThrow();
  const rows = await db.selectFrom('scale_levels').selectAll().where('scale_id', '=', scaleId).orderBy('position').execute();
  const higherIsBetter = s.higher_is_better === 1;
  const doc: CaseAuditScale = {
    name: s.name,
    kind: 'levels',
    higherIsBetter,
    allowsNa: s.allows_na === 1,
    naLabel: s.na_label,
    min: null,
    max: null,
    step: null,
    levels: rows.map((l) => ({ code: l.code, label: l.label, colour: l.colour, score: l.score, description: l.description, bandMin: null, bandMax: null })),
  };
  const best = [...rows].sort((a, b) => (higherIsBetter ? b.score - a.score : a.score - b.score));
  return {
    kind: 'levels',
    higherIsBetter,
    allowsNa: doc.allowsNa,
    naLabel: doc.naLabel,
    min: null,
    max: null,
    step: null,
    levels: best.map((l) => ({ code: l.code, label: l.label, colour: l.colour, score: l.score })),
    bands: [],
    doc,
  };
}

export async function loadCaseScale(db: Db, auditId: number): Promise<CaseScale> {
  const a = await db.selectFrom('case_audits').select('scale_id').where('id', '=', auditId).executeTakeFirst();
  if (!a) throw notFound('Case-file audit', auditId);
  return loadScaleById(db, a.scale_id);
}

async function insertLevels(db: Db, scaleId: number, scale: CaseAuditScale): Promise<void> {
  await db
    .insertInto('scale_levels')
    .values(
      scale.levels.map((l, position) => ({
        scale_id: scaleId,
        position,
        code: l.code,
        label: l.label,
        colour: l.colour.toUpperCase(),
        score: l.score,
        description: l.description,
        band_min: null,
        band_max: null,
      })),
    )
    .execute();
}

const scaleRow = (scale: CaseAuditScale) => ({
  name: scale.name,
  kind: 'levels',
  higher_is_better: scale.higherIsBetter ? 1 : 0,
  allows_na: scale.allowsNa ? 1 : 0,
  na_label: scale.naLabel,
  min_value: null,
  max_value: null,
  step: null,
});

export async function insertCaseScale(db: Db, scale: CaseAuditScale): Promise<number> {
  const { id } = await db.insertInto('rating_scales').values(scaleRow(scale)).returning('id').executeTakeFirstOrThrow();
  await insertLevels(db, id, scale);
  return id;
}

/** Replaces the scale's definition in place; ratings keep their codes, so the caller checks codes in use first. */
export async function replaceCaseScale(db: Db, scaleId: number, scale: CaseAuditScale): Promise<void> {
  await db.updateTable('rating_scales').set(scaleRow(scale)).where('id', '=', scaleId).execute();
  await db.deleteFrom('scale_levels').where('scale_id', '=', scaleId).execute();
  await insertLevels(db, scaleId, scale);
}

export const toCaseLevel = (scale: LoadedScale, code: string | null | undefined): CaseLevel | null => {
  if (!code) return null;
  const l = scale.levels.find((x) => x.code === code);
  return l ? { code: l.code, label: l.label, colour: l.colour, score: l.score } : null;
};

const NA_WORDS = ['n/a', 'na', 'n / a', 'not applicable'];

export type ParsedLevel = { code: string | null; notApplicable: boolean } | { problem: string };

/** A rating as typed or read from a file: a level's code or label in any case, or the N/A words when allowed. */
export function parseLevel(scale: LoadedScale, text: string | null): ParsedLevel {
  if (!text) return { code: null, notApplicable: false };
  const level = levelByCodeOrLabel(scale, text);
  if (level) return { code: level.code, notApplicable: false };
  const t = text.trim().toLowerCase();
  if (t === scale.naLabel.toLowerCase() || NA_WORDS.includes(t))
    return scale.allowsNa ? { code: null, notApplicable: true } : { problem: `"${scale.naLabel}" is not allowed in this audit's scale` };
  return { problem: `"${text}" is not a rating on this audit's scale (${scale.levels.map((l) => l.label).join(', ')})` };
}

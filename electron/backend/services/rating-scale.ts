import type { Rating } from '../../../shared/domain/cycle';
import type { Db } from '../db/schema';
import { notFound } from '../errors';

// The rating model every cycle feature shares: which level is better, which are weak, how numeric values
// map to bands. "Best" comes from scores and higherIsBetter, never from list order.

export interface LoadedScale {
  kind: 'levels' | 'numeric';
  higherIsBetter: boolean;
  allowsNa: boolean;
  naLabel: string;
  min: number | null;
  max: number | null;
  step: number | null;
  /** Best first. */
  levels: Rating[];
  /** Numeric bands, for mapping a value to a level. */
  bands: Array<{ code: string; min: number; max: number }>;
}

export async function loadScaleForFramework(db: Db, frameworkId: number): Promise<LoadedScale> {
  const f = await db.selectFrom('frameworks').select('scale_id').where('id', '=', frameworkId).executeTakeFirst();
  if (!f) throw notFound('Framework', frameworkId);
  const s = await db.selectFrom('rating_scales').selectAll().where('id', '=', f.scale_id).executeTakeFirstOrThrow();
  const levels = await db.selectFrom('scale_levels').selectAll().where('scale_id', '=', s.id).orderBy('position').execute();
  const higherIsBetter = s.higher_is_better === 1;
  const ordered = [...levels].sort((a, b) => (higherIsBetter ? b.score - a.score : a.score - b.score));
  return {
    kind: s.kind as LoadedScale['kind'],
    higherIsBetter,
    allowsNa: s.allows_na === 1,
    naLabel: s.na_label,
    min: s.min_value,
    max: s.max_value,
    step: s.step,
    levels: ordered.map((l) => ({ code: l.code, label: l.label, colour: l.colour, score: l.score })),
    bands: levels.filter((l) => l.band_min !== null && l.band_max !== null).map((l) => ({ code: l.code, min: l.band_min!, max: l.band_max! })),
  };
}

export const levelByCode = (scale: LoadedScale, code: string | null | undefined): Rating | null =>
  code ? (scale.levels.find((l) => l.code.toLowerCase() === code.toLowerCase()) ?? null) : null;

/** A level by its code or its label, as people type either into a spreadsheet. */
export const levelByCodeOrLabel = (scale: LoadedScale, text: string): Rating | null => {
  const t = text.trim().toLowerCase();
  return scale.levels.find((l) => l.code.toLowerCase() === t || l.label.toLowerCase() === t) ?? null;
};

/** 0 is best. */
export const rankOf = (scale: LoadedScale, code: string): number => scale.levels.findIndex((l) => l.code === code);

/**
 * The weak end: the worse half of the levels, so red and amber on a RAG scale, Requires improvement and
 * Inadequate on the four-point scale, No on Yes/No.
 */
export const isWeak = (scale: LoadedScale, code: string | null): boolean => {
  if (!code) return false;
  const r = rankOf(scale, code);
  return r >= 0 && r >= Math.floor(scale.levels.length / 2);
};

/** Positive when a is better than b, in scale steps. */
export const stepsBetter = (scale: LoadedScale, a: string, b: string): number => rankOf(scale, b) - rankOf(scale, a);

/** A numeric value → its band's level, or a reason it is not allowed. */
export function ratingForValue(scale: LoadedScale, value: number): Rating | string {
  if (scale.min !== null && value < scale.min) return `${value} is below the lowest score, ${scale.min}`;
  if (scale.max !== null && value > scale.max) return `${value} is above the highest score, ${scale.max}`;
  if (scale.step !== null && scale.min !== null) {
    const steps = (value - scale.min) / scale.step;
    if (Math.abs(steps - Math.round(steps)) > 1e-9) return `${value} is not a whole step of ${scale.step} from ${scale.min}`;
  }
  const band = scale.bands.find((b) => value >= b.min && value <= b.max);
  const level = band ? levelByCode(scale, band.code) : null;
  return level ? { ...level, score: value } : `${value} falls in no band of the scale`;
}

/** Roll item ratings up to a standard rating: lowest, highest or average (nearest level by score). */
export function rollUp(scale: LoadedScale, rule: string, ratings: Rating[]): Rating | null {
  if (ratings.length === 0 || rule === 'none') return null;
  const byRank = [...ratings].sort((a, b) => rankOf(scale, a.code) - rankOf(scale, b.code));
  if (rule === 'lowest') return byRank[byRank.length - 1]!;
  if (rule === 'highest') return byRank[0]!;
  const mean = ratings.reduce((s, r) => s + r.score, 0) / ratings.length;
  if (scale.kind === 'numeric') {
    const r = ratingForValue(scale, Math.round(mean * 100) / 100);
    return typeof r === 'string' ? null : r;
  }
  return scale.levels.reduce((best, l) => (Math.abs(l.score - mean) < Math.abs(best.score - mean) ? l : best), scale.levels[0]!);
}

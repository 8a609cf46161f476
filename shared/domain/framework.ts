import { z } from 'zod';
import { RATING_TARGETS, SCALE_KINDS, STANDARD_ROLLUPS } from './enums';

const colour = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'a colour is #RRGGBB');

/**
 * One level of an ordered scale, or one colour band of a numeric scale.
 * Levels are listed best first or worst first as the partnership prefers; `higherIsBetter` on the scale
 * says which way scores run, so "best" never depends on list order.
 */
export const scaleLevelSchema = z.object({
  code: z.string().trim().min(1).max(12),
  label: z.string().trim().min(1).max(80),
  colour,
  /** Score used in averages and roll-ups; for numeric bands, the band's lower bound. */
  score: z.number(),
  description: z.string().trim().max(1000).nullish().transform((v) => v ?? null),
  /** Numeric scales only: the band covers min <= value <= max. */
  bandMin: z.number().nullish().transform((v) => v ?? null),
  bandMax: z.number().nullish().transform((v) => v ?? null),
});
export type ScaleLevel = z.output<typeof scaleLevelSchema>;

export const scaleSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    kind: z.enum(SCALE_KINDS),
    higherIsBetter: z.boolean(),
    allowsNa: z.boolean(),
    naLabel: z.string().trim().max(40).default('Not applicable'),
    /** Numeric scales: the allowed range and step. */
    min: z.number().nullish().transform((v) => v ?? null),
    max: z.number().nullish().transform((v) => v ?? null),
    step: z.number().positive().nullish().transform((v) => v ?? null),
    levels: z.array(scaleLevelSchema).min(1, 'a scale needs at least one level or band'),
  })
  .superRefine((s, ctx) => {
    const codes = new Set<string>();
    s.levels.forEach((l, i) => {
      if (codes.has(l.code.toLowerCase()))
        ctx.addIssue({ code: 'custom', path: ['levels', i, 'code'], message: `level code "${l.code}" is used twice` });
      codes.add(l.code.toLowerCase());
    });
    if (s.kind === 'numeric') {
      if (s.min === null || s.max === null || s.step === null)
        ctx.addIssue({ code: 'custom', path: ['min'], message: 'a numeric scale needs min, max and step' });
      else if (s.min >= s.max) ctx.addIssue({ code: 'custom', path: ['max'], message: 'max must be above min' });
      s.levels.forEach((l, i) => {
        if (l.bandMin === null || l.bandMax === null)
          ctx.addIssue({ code: 'custom', path: ['levels', i, 'bandMin'], message: 'each band needs a lower and upper bound' });
      });
    } else if (s.levels.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['levels'], message: 'an ordered scale needs at least two levels' });
    }
  });
export type Scale = z.output<typeof scaleSchema>;

export const itemWordingSchema = z.object({
  sectorCode: z.string().trim().min(1),
  text: z.string().trim().min(1).max(4000),
  evidencePrompt: z.string().trim().max(4000).nullish().transform((v) => v ?? null),
});

export const frameworkItemSchema = z.object({
  id: z.number().int().positive().optional(),
  number: z.string().trim().min(1).max(12),
  text: z.string().trim().min(1, 'an item needs its text').max(4000),
  evidencePrompt: z.string().trim().max(4000).nullish().transform((v) => v ?? null),
  guidance: z.string().trim().max(4000).nullish().transform((v) => v ?? null),
  wordings: z.array(itemWordingSchema).default([]),
});

export const frameworkStandardSchema = z.object({
  id: z.number().int().positive().optional(),
  number: z.string().trim().min(1).max(12),
  title: z.string().trim().min(1, 'a standard needs a title').max(400),
  guidance: z.string().trim().max(8000).nullish().transform((v) => v ?? null),
  items: z.array(frameworkItemSchema).default([]),
});

/**
 * A whole framework as one document: the JSON import/export format, and what the editor saves.
 * `formatVersion` lets later releases read files written by earlier ones.
 */
export const frameworkDocSchema = z
  .object({
    formatVersion: z.literal(1).default(1),
    familyKey: z.string().trim().min(1).max(60).regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens'),
    name: z.string().trim().min(1).max(200),
    versionLabel: z.string().trim().min(1).max(60),
    description: z.string().trim().max(8000).nullish().transform((v) => v ?? null),
    /** Duties this framework is written for (s11, s175, childcare). */
    duties: z.array(z.enum(['s11', 's175', 'childcare'])).default([]),
    ratingTarget: z.enum(RATING_TARGETS),
    standardRollup: z.enum(STANDARD_ROLLUPS),
    /** Sector codes that have their own wording of items (e.g. education, early_years). */
    wordingSectors: z.array(z.string()).default([]),
    scale: scaleSchema,
    standards: z.array(frameworkStandardSchema).min(1, 'a framework needs at least one standard'),
  })
  .superRefine((f, ctx) => {
    const seenStd = new Set<string>();
    const seenItem = new Set<string>();
    f.standards.forEach((s, i) => {
      if (seenStd.has(s.number))
        ctx.addIssue({ code: 'custom', path: ['standards', i, 'number'], message: `standard number ${s.number} is used twice` });
      seenStd.add(s.number);
      s.items.forEach((it, j) => {
        if (seenItem.has(it.number))
          ctx.addIssue({ code: 'custom', path: ['standards', i, 'items', j, 'number'], message: `item number ${it.number} is used twice` });
        seenItem.add(it.number);
        // One wording per sector: the database holds them by (item, sector), so a second is refused here, not there.
        const codes = new Set<string>();
        it.wordings.forEach((w, k) => {
          if (codes.has(w.sectorCode))
            ctx.addIssue({ code: 'custom', path: ['standards', i, 'items', j, 'wordings', k, 'sectorCode'], message: `item ${it.number} has two wordings for ${w.sectorCode}` });
          codes.add(w.sectorCode);
        });
      });
      if (f.ratingTarget !== 'standards' && s.items.length === 0)
        ctx.addIssue({ code: 'custom', path: ['standards', i, 'items'], message: `standard ${s.number} has no items to rate` });
    });
    if (f.ratingTarget === 'items' && f.standardRollup === 'none')
      ctx.addIssue({ code: 'custom', path: ['standardRollup'], message: 'when only items are rated, say how a standard rating follows from them' });
  });
export type FrameworkDocInput = z.input<typeof frameworkDocSchema>;
export type FrameworkDoc = z.output<typeof frameworkDocSchema>;

export interface FrameworkSummary {
  id: number;
  familyKey: string;
  name: string;
  versionLabel: string;
  versionNumber: number;
  status: 'draft' | 'published';
  frozen: boolean;
  frozenAt: string | null;
  builtIn: boolean;
  scaleName: string;
  standardCount: number;
  itemCount: number;
  duties: Array<'s11' | 's175' | 'childcare'>;
  updatedAt: string;
}

export interface FrameworkDetail extends FrameworkSummary {
  doc: FrameworkDoc;
  /** Framework this version was duplicated from. */
  derivedFromId: number | null;
}

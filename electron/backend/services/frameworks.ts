import type { Duty, RatingTarget, ScaleKind, StandardRollup } from '../../../shared/domain/enums';
import type { FrameworkDetail, FrameworkDoc, FrameworkSummary } from '../../../shared/domain/framework';
import type { Db } from '../db/schema';
import { notFound } from '../errors';

// Read side of frameworks: summaries for lists, and a whole version as a FrameworkDoc for the editor,
// exports and (later) cycles.

const parseList = <T extends string>(v: string): T[] => (v ? (v.split(',').filter(Boolean) as T[]) : []);

export async function listFrameworks(db: Db, onlyId?: number): Promise<FrameworkSummary[]> {
  let query = db
    .selectFrom('frameworks as f')
    .innerJoin('rating_scales as s', 's.id', 'f.scale_id')
    .select((eb) => [
      'f.id',
      'f.family_key',
      'f.name',
      'f.version_label',
      'f.version_number',
      'f.status',
      'f.frozen_at',
      'f.built_in',
      'f.duties',
      'f.updated_at',
      's.name as scale_name',
      eb
        .selectFrom('framework_standards as fs')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('fs.framework_id', '=', 'f.id')
        .as('standard_count'),
      eb
        .selectFrom('framework_items as fi')
        .innerJoin('framework_standards as fs2', 'fs2.id', 'fi.standard_id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('fs2.framework_id', '=', 'f.id')
        .as('item_count'),
    ])
    .orderBy('f.family_key')
    .orderBy('f.version_number', 'desc');
  if (onlyId !== undefined) query = query.where('f.id', '=', onlyId);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    familyKey: r.family_key,
    name: r.name,
    versionLabel: r.version_label,
    versionNumber: r.version_number,
    status: r.status as FrameworkSummary['status'],
    frozen: r.frozen_at !== null,
    frozenAt: r.frozen_at,
    builtIn: r.built_in === 1,
    scaleName: r.scale_name,
    standardCount: Number(r.standard_count ?? 0),
    itemCount: Number(r.item_count ?? 0),
    duties: parseList<Duty>(r.duties),
    updatedAt: r.updated_at,
  }));
}

export async function getFramework(db: Db, id: number): Promise<FrameworkDetail> {
  const f = await db.selectFrom('frameworks').selectAll().where('id', '=', id).executeTakeFirst();
  if (!f) throw notFound('Framework', id);
  const scale = await db.selectFrom('rating_scales').selectAll().where('id', '=', f.scale_id).executeTakeFirstOrThrow();
  const levels = await db.selectFrom('scale_levels').selectAll().where('scale_id', '=', scale.id).orderBy('position').execute();
  const standards = await db.selectFrom('framework_standards').selectAll().where('framework_id', '=', id).orderBy('position').execute();
  const items = standards.length
    ? await db
        .selectFrom('framework_items')
        .selectAll()
        .where(
          'standard_id',
          'in',
          standards.map((s) => s.id),
        )
        .orderBy('position')
        .execute()
    : [];
  const wordings = items.length
    ? await db
        .selectFrom('framework_item_wordings')
        .selectAll()
        .where(
          'item_id',
          'in',
          items.map((i) => i.id),
        )
        .orderBy('sector_code')
        .execute()
    : [];

  const doc: FrameworkDoc = {
    formatVersion: 1,
    familyKey: f.family_key,
    name: f.name,
    versionLabel: f.version_label,
    description: f.description,
    duties: parseList<Duty>(f.duties),
    ratingTarget: f.rating_target as RatingTarget,
    standardRollup: f.standard_rollup as StandardRollup,
    wordingSectors: parseList<string>(f.wording_sectors),
    scale: {
      name: scale.name,
      kind: scale.kind as ScaleKind,
      higherIsBetter: scale.higher_is_better === 1,
      allowsNa: scale.allows_na === 1,
      naLabel: scale.na_label,
      min: scale.min_value,
      max: scale.max_value,
      step: scale.step,
      levels: levels.map((l) => ({
        code: l.code,
        label: l.label,
        colour: l.colour,
        score: l.score,
        description: l.description,
        bandMin: l.band_min,
        bandMax: l.band_max,
      })),
    },
    standards: standards.map((s) => ({
      id: s.id,
      number: s.number,
      title: s.title,
      guidance: s.guidance,
      items: items
        .filter((i) => i.standard_id === s.id)
        .map((i) => ({
          id: i.id,
          number: i.number,
          text: i.text,
          evidencePrompt: i.evidence_prompt,
          guidance: i.guidance,
          wordings: wordings
            .filter((w) => w.item_id === i.id)
            .map((w) => ({ sectorCode: w.sector_code, text: w.text, evidencePrompt: w.evidence_prompt })),
        })),
    })),
  };
  const [summary] = await listFrameworks(db, id);
  if (!summary) throw notFound('Framework', id);
  return { ...summary, doc, derivedFromId: f.derived_from_id };
}

/** The document without database ids: what JSON export writes and what a duplicate starts from. */
export const withoutIds = (doc: FrameworkDoc): FrameworkDoc => ({
  ...doc,
  standards: doc.standards.map(({ id: _s, ...s }) => ({ ...s, items: s.items.map(({ id: _i, ...i }) => i) })),
});

import type { Transaction } from 'kysely';
import type { FrameworkDetail, FrameworkDoc } from '../../../shared/domain/framework';
import type { ServiceContext } from '../context';
import type { DB, Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { AppError, conflict, notFound } from '../errors';
import { getFramework, withoutIds } from './frameworks';
import { recordChange } from './history';

type Ctx = Pick<ServiceContext, 'userName' | 'now'>;

async function insertScale(trx: Transaction<DB>, scale: FrameworkDoc['scale']): Promise<number> {
  const { id } = await trx
    .insertInto('rating_scales')
    .values({
      name: scale.name,
      kind: scale.kind,
      higher_is_better: scale.higherIsBetter ? 1 : 0,
      allows_na: scale.allowsNa ? 1 : 0,
      na_label: scale.naLabel,
      min_value: scale.min,
      max_value: scale.max,
      step: scale.step,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertLevels(trx, id, scale.levels);
  return id;
}

async function insertLevels(trx: Transaction<DB>, scaleId: number, levels: FrameworkDoc['scale']['levels']) {
  if (levels.length === 0) return;
  await trx
    .insertInto('scale_levels')
    .values(
      levels.map((l, position) => ({
        scale_id: scaleId,
        position,
        code: l.code,
        label: l.label,
        colour: l.colour.toUpperCase(),
        score: l.score,
        description: l.description,
        band_min: l.bandMin,
        band_max: l.bandMax,
      })),
    )
    .execute();
}

async function insertItem(trx: Transaction<DB>, standardId: number, item: FrameworkDoc['standards'][number]['items'][number], position: number) {
  const { id } = await trx
    .insertInto('framework_items')
    .values({ standard_id: standardId, position, number: item.number, text: item.text, evidence_prompt: item.evidencePrompt, guidance: item.guidance })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertWordings(trx, id, item.wordings);
  return id;
}

async function insertWordings(trx: Transaction<DB>, itemId: number, wordings: FrameworkDoc['standards'][number]['items'][number]['wordings']) {
  if (wordings.length === 0) return;
  await trx
    .insertInto('framework_item_wordings')
    .values(wordings.map((w) => ({ item_id: itemId, sector_code: w.sectorCode, text: w.text, evidence_prompt: w.evidencePrompt })))
    .execute();
}

/** Two versions of one framework with the same label would be indistinguishable in every list and paper. */
async function requireUniqueLabel(db: Db, familyKey: string, versionLabel: string, exceptId: number | null) {
  let q = db
    .selectFrom('frameworks')
    .select(['id', 'name'])
    .where('family_key', '=', familyKey)
    .where((eb) => eb(eb.fn<string>('lower', ['version_label']), '=', versionLabel.toLowerCase()));
  if (exceptId !== null) q = q.where('id', '!=', exceptId);
  const clash = await q.executeTakeFirst();
  if (clash)
    throw conflict(`${clash.name} already has a version called "${versionLabel}". Choose another version label.`, [
      { field: 'versionLabel', message: 'already used by another version of this framework' },
    ]);
}

/** For imports: the file's own label if free, else "<label> (imported)", "(imported 2)"... */
export async function freeVersionLabel(db: Db, familyKey: string, wanted: string): Promise<string> {
  const taken = new Set(
    (await db.selectFrom('frameworks').select('version_label').where('family_key', '=', familyKey).execute()).map((r) => r.version_label.toLowerCase()),
  );
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 1; ; n++) {
    const label = `${wanted} (imported${n === 1 ? '' : ` ${n}`})`.slice(0, 60);
    if (!taken.has(label.toLowerCase())) return label;
  }
}

export interface NewFrameworkOptions {
  status: 'draft' | 'published';
  builtIn?: boolean;
  derivedFromId?: number | null;
  /** Built-in versions are read-only from the start, as if used by a cycle. */
  frozen?: boolean;
  action?: 'create' | 'import';
}

/** Inserts a whole framework version as the next version number of its family. */
export async function createFramework(db: Db, ctx: Ctx, doc: FrameworkDoc, options: NewFrameworkOptions): Promise<number> {
  return inTransaction(db, async (trx) => {
    await requireUniqueLabel(trx, doc.familyKey, doc.versionLabel, null);
    const last = await trx
      .selectFrom('frameworks')
      .select((eb) => eb.fn.max('version_number').as('v'))
      .where('family_key', '=', doc.familyKey)
      .executeTakeFirst();
    const now = ctx.now().toISOString();
    const scaleId = await insertScale(trx, doc.scale);
    const { id } = await trx
      .insertInto('frameworks')
      .values({
        family_key: doc.familyKey,
        name: doc.name,
        version_label: doc.versionLabel,
        version_number: Number(last?.v ?? 0) + 1,
        status: options.status,
        description: doc.description,
        duties: doc.duties.join(','),
        rating_target: doc.ratingTarget,
        standard_rollup: doc.standardRollup,
        wording_sectors: doc.wordingSectors.join(','),
        scale_id: scaleId,
        built_in: options.builtIn ? 1 : 0,
        derived_from_id: options.derivedFromId ?? null,
        frozen_at: options.frozen ? now : null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertTree(trx, id, doc.standards);
    await recordChange(trx, ctx, {
      entityType: 'framework',
      entityId: id,
      action: options.action ?? 'create',
      summary: `${doc.name} (${doc.versionLabel}) ${options.action === 'import' ? 'imported' : 'created'}`,
      after: { name: doc.name, versionLabel: doc.versionLabel, standards: doc.standards.length },
    });
    return id;
  });
}

async function insertTree(trx: Transaction<DB>, frameworkId: number, standards: FrameworkDoc['standards']) {
  for (const [position, s] of standards.entries()) {
    const { id: standardId } = await trx
      .insertInto('framework_standards')
      .values({ framework_id: frameworkId, position, number: s.number, title: s.title, guidance: s.guidance })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [p, item] of s.items.entries()) await insertItem(trx, standardId, item, p);
  }
}

async function requireEditable(db: Db, id: number) {
  const f = await db.selectFrom('frameworks').select(['id', 'frozen_at', 'name', 'version_label', 'scale_id', 'status']).where('id', '=', id).executeTakeFirst();
  if (!f) throw notFound('Framework', id);
  if (f.frozen_at)
    throw new AppError(
      'frozen',
      `${f.name} (${f.version_label}) is in use or built in, so it cannot be changed. Duplicate it to make a new version.`,
    );
  return f;
}

/**
 * Saves the whole tree of an unfrozen version. Standards and items that carry an id keep it (so history
 * and, later, drafts of returns still point at them); the rest are inserted; those left out are removed.
 */
export async function saveFramework(db: Db, ctx: Ctx, id: number, doc: FrameworkDoc): Promise<FrameworkDetail> {
  return inTransaction(db, async (trx) => {
    const f = await requireEditable(trx, id);
    const before = await getFramework(trx, id);
    if (doc.familyKey !== before.familyKey) throw conflict('The family of a framework version cannot change; import it as a new framework instead.');
    await requireUniqueLabel(trx, doc.familyKey, doc.versionLabel, id);
    await trx
      .updateTable('frameworks')
      .set({
        name: doc.name,
        version_label: doc.versionLabel,
        description: doc.description,
        duties: doc.duties.join(','),
        rating_target: doc.ratingTarget,
        standard_rollup: doc.standardRollup,
        wording_sectors: doc.wordingSectors.join(','),
        updated_at: ctx.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await trx
      .updateTable('rating_scales')
      .set({
        name: doc.scale.name,
        kind: doc.scale.kind,
        higher_is_better: doc.scale.higherIsBetter ? 1 : 0,
        allows_na: doc.scale.allowsNa ? 1 : 0,
        na_label: doc.scale.naLabel,
        min_value: doc.scale.min,
        max_value: doc.scale.max,
        step: doc.scale.step,
      })
      .where('id', '=', f.scale_id)
      .execute();
    await trx.deleteFrom('scale_levels').where('scale_id', '=', f.scale_id).execute();
    await insertLevels(trx, f.scale_id, doc.scale.levels);
    await syncTree(trx, id, before.doc, doc);
    const after = await getFramework(trx, id);
    await recordChange(trx, ctx, {
      entityType: 'framework',
      entityId: id,
      action: 'update',
      summary: `${doc.name} (${doc.versionLabel}) edited`,
      before: flatten(before.doc),
      after: flatten(after.doc),
    });
    return after;
  });
}

async function syncTree(trx: Transaction<DB>, frameworkId: number, before: FrameworkDoc, doc: FrameworkDoc) {
  const oldStd = new Set(before.standards.map((s) => s.id!));
  const oldItems = new Set(before.standards.flatMap((s) => s.items.map((i) => i.id!)));
  const keptStd = new Set<number>();
  const keptItems = new Set<number>();
  for (const [position, s] of doc.standards.entries()) {
    let standardId: number;
    if (s.id !== undefined && oldStd.has(s.id)) {
      standardId = s.id;
      await trx.updateTable('framework_standards').set({ position, number: s.number, title: s.title, guidance: s.guidance }).where('id', '=', s.id).execute();
    } else {
      ({ id: standardId } = await trx
        .insertInto('framework_standards')
        .values({ framework_id: frameworkId, position, number: s.number, title: s.title, guidance: s.guidance })
        .returning('id')
        .executeTakeFirstOrThrow());
    }
    keptStd.add(standardId);
    for (const [p, item] of s.items.entries()) {
      if (item.id !== undefined && oldItems.has(item.id)) {
        keptItems.add(item.id);
        await trx
          .updateTable('framework_items')
          .set({ standard_id: standardId, position: p, number: item.number, text: item.text, evidence_prompt: item.evidencePrompt, guidance: item.guidance })
          .where('id', '=', item.id)
          .execute();
        await trx.deleteFrom('framework_item_wordings').where('item_id', '=', item.id).execute();
        await insertWordings(trx, item.id, item.wordings);
      } else {
        keptItems.add(await insertItem(trx, standardId, item, p));
      }
    }
  }
  const goneItems = [...oldItems].filter((i) => !keptItems.has(i));
  if (goneItems.length) {
    await trx.deleteFrom('framework_item_wordings').where('item_id', 'in', goneItems).execute();
    await trx.deleteFrom('framework_items').where('id', 'in', goneItems).execute();
  }
  const goneStd = [...oldStd].filter((s) => !keptStd.has(s));
  if (goneStd.length) await trx.deleteFrom('framework_standards').where('id', 'in', goneStd).execute();
}

/** History shows a framework edit as readable keys: "standard 6 title", "item 9.3 text". */
function flatten(doc: FrameworkDoc): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: doc.name,
    versionLabel: doc.versionLabel,
    description: doc.description,
    ratingTarget: doc.ratingTarget,
    standardRollup: doc.standardRollup,
    scale: doc.scale.levels.map((l) => `${l.code}=${l.label} (${l.score}, ${l.colour})`).join('; '),
  };
  for (const s of doc.standards) {
    out[`standard ${s.number} title`] = s.title;
    for (const i of s.items) out[`item ${i.number} text`] = i.text;
  }
  return out;
}

export async function duplicateFramework(db: Db, ctx: Ctx, id: number, versionLabel: string): Promise<FrameworkDetail> {
  return inTransaction(db, async (trx) => {
    const source = await getFramework(trx, id);
    const newId = await createFramework(trx, ctx, { ...withoutIds(source.doc), versionLabel }, { status: 'draft', derivedFromId: id });
    return getFramework(trx, newId);
  });
}

export async function publishFramework(db: Db, ctx: Ctx, id: number): Promise<FrameworkDetail> {
  return inTransaction(db, async (trx) => {
    const f = await getFramework(trx, id);
    if (f.status !== 'published') {
      await trx.updateTable('frameworks').set({ status: 'published', updated_at: ctx.now().toISOString() }).where('id', '=', id).execute();
      await recordChange(trx, ctx, { entityType: 'framework', entityId: id, action: 'update', summary: `${f.name} (${f.versionLabel}) published`, before: { status: f.status }, after: { status: 'published' } });
    }
    return getFramework(trx, id);
  });
}

/** Called when a cycle starts using a version: from then on it cannot change. */
export async function freezeFramework(db: Db, ctx: Ctx, id: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    const f = await getFramework(trx, id);
    if (f.frozen) return;
    await trx.updateTable('frameworks').set({ frozen_at: ctx.now().toISOString(), status: 'published' }).where('id', '=', id).execute();
    await recordChange(trx, ctx, { entityType: 'framework', entityId: id, action: 'freeze', summary: `${f.name} (${f.versionLabel}) frozen`, before: { frozen: false }, after: { frozen: true } });
  });
}

export async function deleteDraftFramework(db: Db, ctx: Ctx, id: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    const f = await requireEditable(trx, id);
    if (f.status !== 'draft') throw conflict(`${f.name} (${f.version_label}) is published; only drafts can be deleted.`);
    const child = await trx.selectFrom('frameworks').select('id').where('derived_from_id', '=', id).executeTakeFirst();
    if (child) await trx.updateTable('frameworks').set({ derived_from_id: null }).where('derived_from_id', '=', id).execute();
    await trx.deleteFrom('frameworks').where('id', '=', id).execute();
    await trx.deleteFrom('rating_scales').where('id', '=', f.scale_id).execute();
    await recordChange(trx, ctx, { entityType: 'framework', entityId: id, action: 'delete', summary: `${f.name} (${f.version_label}) draft deleted` });
  });
}

import { cycleInputSchema, type ChaserTemplate, type CycleDetail, type CycleInput, type CycleStatus } from '../../../shared/domain/cycle';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { invalid } from '../errors';
import { DEFAULT_CHASER_TEMPLATE } from './chaser-template';
import { copyForward } from './copy-forward';
import { latestEarlierCycle } from './cycle-order';
import { cycleSnapshot, getCycle } from './cycle-read';
import { insertScope, requireActiveAgencies } from './cycle-scope';
import { freezeFramework } from './framework-write';
import { recordChange } from './history';
import type { WriteCtx } from './write-context';

export { getCycle, listCycles } from './cycle-read';
export { setScope } from './cycle-scope';

// Opening and editing audit cycles. Opening freezes the framework version: answers point at its items.

const agencies = (n: number) => `${n} ${n === 1 ? 'agency' : 'agencies'}`;

const parseFields = (input: CycleInput, what: string) => {
  const parsed = cycleInputSchema.safeParse(input);
  if (!parsed.success) throw invalid(`${what} is not valid.`, parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
  return parsed.data;
};

export async function createCycle(db: Db, ctx: WriteCtx, input: CycleInput, agencyIds: number[], copyForwardFrom?: number): Promise<CycleDetail> {
  const fields = parseFields(input, 'The new cycle');
  return inTransaction(db, async (trx) => {
    const fw = await trx.selectFrom('frameworks').select('id').where('id', '=', fields.frameworkId).executeTakeFirst();
    if (!fw) throw invalid(`Framework ${fields.frameworkId} does not exist.`, [{ field: 'frameworkId', message: 'choose a framework version' }]);
    const ids = [...new Set(agencyIds)];
    if (ids.length) await requireActiveAgencies(trx, ids);
    const source = copyForwardFrom ? await trx.selectFrom('cycles').select(['id', 'name']).where('id', '=', copyForwardFrom).executeTakeFirst() : undefined;
    if (copyForwardFrom && !source)
      throw invalid(`Cycle ${copyForwardFrom} does not exist, so nothing can be carried forward from it.`, [{ field: 'copyForwardFrom', message: 'choose an earlier cycle' }]);
    const now = ctx.now().toISOString();
    const status: CycleStatus = fields.launchDate ? 'open' : 'draft';
    const { id } = await trx
      .insertInto('cycles')
      .values({
        name: fields.name,
        cycle_type: fields.cycleType,
        type_label: fields.typeLabel,
        framework_id: fields.frameworkId,
        period_label: fields.periodLabel,
        launch_date: fields.launchDate,
        initial_deadline: fields.initialDeadline,
        final_deadline: fields.finalDeadline,
        status,
        historical: 0,
        previous_cycle_id: null,
        chaser_subject: DEFAULT_CHASER_TEMPLATE.subject,
        chaser_body: DEFAULT_CHASER_TEMPLATE.body,
        notes: fields.notes,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const previous = source?.id ?? (await latestEarlierCycle(trx, id));
    if (previous) await trx.updateTable('cycles').set({ previous_cycle_id: previous }).where('id', '=', id).execute();
    await insertScope(trx, id, ids, now);
    await freezeFramework(trx, ctx, fields.frameworkId);
    const copied = source ? await copyForward(trx, ctx, source.id, id) : null;
    const detail = await getCycle(trx, id);
    await recordChange(trx, ctx, {
      entityType: 'cycle',
      entityId: id,
      action: 'create',
      summary:
        `Opened ${detail.name} with ${agencies(ids.length)} in scope` +
        (copied && source ? `; carried forward ${copied.answers} answers and ${copied.evidence} evidence items for ${agencies(copied.agencies)} from ${source.name}` : ''),
      after: cycleSnapshot(detail),
    });
    return detail;
  });
}

export interface CyclePatch {
  name?: string;
  periodLabel?: string;
  launchDate?: string | null;
  initialDeadline?: string | null;
  finalDeadline?: string | null;
  notes?: string | null;
  status?: CycleStatus;
  chaserTemplate?: ChaserTemplate;
}

export async function updateCycle(db: Db, ctx: WriteCtx, id: number, patch: CyclePatch): Promise<CycleDetail> {
  return inTransaction(db, async (trx) => {
    const before = await getCycle(trx, id);
    const pick = <K extends keyof CyclePatch>(k: K, current: NonNullable<CyclePatch[K]> | null) => (patch[k] !== undefined ? patch[k] : current);
    // The merged cycle is checked as a whole: a new deadline may fall before a launch date set earlier.
    const fields = parseFields(
      {
        name: pick('name', before.name)!,
        cycleType: before.cycleType,
        typeLabel: before.typeLabel,
        frameworkId: before.frameworkId,
        periodLabel: pick('periodLabel', before.periodLabel)!,
        launchDate: pick('launchDate', before.launchDate),
        initialDeadline: pick('initialDeadline', before.initialDeadline),
        finalDeadline: pick('finalDeadline', before.finalDeadline),
        notes: pick('notes', before.notes),
      },
      `The changes to ${before.name}`,
    );
    const template = patch.chaserTemplate ?? before.chaserTemplate;
    await trx
      .updateTable('cycles')
      .set({
        name: fields.name,
        period_label: fields.periodLabel,
        launch_date: fields.launchDate,
        initial_deadline: fields.initialDeadline,
        final_deadline: fields.finalDeadline,
        notes: fields.notes,
        status: patch.status ?? before.status,
        chaser_subject: template.subject,
        chaser_body: template.body,
        updated_at: ctx.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    const after = await getCycle(trx, id);
    await recordChange(trx, ctx, { entityType: 'cycle', entityId: id, action: 'update', summary: `Updated ${after.name}`, before: cycleSnapshot(before), after: cycleSnapshot(after) });
    return after;
  });
}

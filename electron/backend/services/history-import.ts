import type { CycleType } from '../../../shared/domain/cycle';
import type { ColumnMapping, ImportPreview, UploadedFile } from '../../../shared/domain/imports';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { AppError, notFound } from '../errors';
import { planHistoryImport, type HistoryRowPlan } from '../io/history-import-plan';
import { assertCommittable } from '../io/import-kit';
import { normaliseAnswers, writeAnswers } from './answers-write';
import { DEFAULT_CHASER_TEMPLATE } from './chaser-template';
import { freezeFramework } from './framework-write';
import { recordChange } from './history';
import type { WriteCtx } from './write-context';
import { refreshReturnSummaries } from './return-summaries';

// A past cycle's results brought in from a spreadsheet, so comparisons with the previous cycle work from the
// first day. All or nothing: one bad row and nothing is written.

export interface HistoryImportInput extends UploadedFile {
  mapping?: ColumnMapping;
  frameworkId: number;
  name: string;
  cycleType: CycleType;
  periodLabel: string;
}

async function requireFramework(db: Db, id: number): Promise<void> {
  const f = await db.selectFrom('frameworks').select('id').where('id', '=', id).executeTakeFirst();
  if (!f) throw notFound('Framework', id);
}

export async function previewHistory(db: Db, input: HistoryImportInput): Promise<ImportPreview> {
  await requireFramework(db, input.frameworkId);
  return (await planHistoryImport(db, input, input.frameworkId, input.mapping)).preview;
}

const latest = (dates: Array<string | null>) => dates.filter((d): d is string => Boolean(d)).sort().pop() ?? null;
const earliest = (dates: Array<string | null>) => dates.filter((d): d is string => Boolean(d)).sort()[0] ?? null;

/** Creates the historical cycle (closed, framework frozen), its agencies (accepted) and their answers; returns the cycle id. */
export async function commitHistory(db: Db, ctx: WriteCtx, input: HistoryImportInput): Promise<number> {
  await requireFramework(db, input.frameworkId);
  return inTransaction(db, async (trx) => {
    const { preview, plans, fw, scale } = await planHistoryImport(trx, input, input.frameworkId, input.mapping);
    assertCommittable(preview);
    if (!plans.length) throw new AppError('import_invalid', `${input.fileName}: there are no results to import; nothing was imported`, [{ file: input.fileName, message: 'no rows of results' }]);
    await freezeFramework(trx, ctx, input.frameworkId);
    const now = ctx.now().toISOString();
    const allDates = plans.map((p) => p.date);
    const cycle = await trx
      .insertInto('cycles')
      .values({
        name: input.name,
        cycle_type: input.cycleType,
        type_label: null,
        framework_id: input.frameworkId,
        period_label: input.periodLabel,
        // The earliest return stands in for the launch date, so the cycle sorts before the ones run in the app.
        launch_date: earliest(allDates),
        initial_deadline: null,
        final_deadline: null,
        status: 'closed',
        historical: 1,
        previous_cycle_id: null,
        chaser_subject: DEFAULT_CHASER_TEMPLATE.subject,
        chaser_body: DEFAULT_CHASER_TEMPLATE.body,
        notes: `Past results imported from ${input.fileName}.`,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const byAgency = new Map<number, HistoryRowPlan[]>();
    for (const p of plans) byAgency.set(p.agencyId, [...(byAgency.get(p.agencyId) ?? []), p]);
    for (const [agencyId, rows] of byAgency) {
      const date = latest(rows.map((r) => r.date));
      const ca = await trx
        .insertInto('cycle_agencies')
        .values({ cycle_id: cycle.id, agency_id: agencyId, status: 'accepted', returned_on: date, accepted_on: date, carried_forward: 0, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      const { answers, problems } = normaliseAnswers(scale, fw, rows.map((r) => r.raw));
      // The plan checked every row already; a problem here is a bug, and the transaction must not commit.
      if (problems.length) throw new Error(`history row check missed: ${problems.map((p) => `${p.where} ${p.message}`).join('; ')}`);
      await writeAnswers(trx, ctx, ca.id, answers, { source: 'history', replaceAll: false, summary: `${rows[0]!.agencyName}: past results imported from ${input.fileName}` });
      for (const r of rows.filter((x) => x.moderatedCode))
        await trx
          .updateTable('answers')
          .set({ moderated_code: r.moderatedCode, moderated_score: r.moderatedScore, moderated_by: ctx.userName, moderated_at: now, moderation_note: `Imported from ${input.fileName}` })
          .where('cycle_agency_id', '=', ca.id)
          .where('target_key', '=', r.raw.targetKey)
          .execute();
      await refreshReturnSummaries(trx, [ca.id]);
    }
    await recordChange(trx, ctx, {
      entityType: 'cycle',
      entityId: cycle.id,
      action: 'import',
      summary: `${input.name}: past results for ${byAgency.size} agencies (${plans.length} ratings) imported from ${input.fileName}`,
      after: { name: input.name, cycleType: input.cycleType, periodLabel: input.periodLabel, frameworkId: input.frameworkId, status: 'closed', historical: true },
    });
    return cycle.id;
  });
}

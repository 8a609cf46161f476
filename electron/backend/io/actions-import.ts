import type { ImportPreview, ImportResult, UploadedFile } from '../../../shared/domain/imports';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { AppError } from '../errors';
import { appendUpdate } from '../services/action-updates';
import { insertAction } from '../services/actions';
import type { WriteCtx } from '../services/write-context';
import { planActionImport, type ActionImportOptions } from './actions-import-plan';
import { assertCommittable } from './import-kit';

export { ACTION_IMPORT_FIELDS } from './actions-xlsx-layout';

/** What importing the plan would do, row by row; writes nothing. */
export async function previewActionImport(db: Db, file: UploadedFile, o: ActionImportOptions): Promise<ImportPreview> {
  return (await planActionImport(db, file, o)).preview;
}

/** A service's refusal, said against the file and row it came from. */
function atRow(err: unknown, fileName: string, row: number): unknown {
  if (!(err instanceof AppError)) return err;
  const details = (err.details.length ? err.details : [{ message: err.message }]).map((d) => ({ ...d, file: fileName, row }));
  return new AppError('import_invalid', `${fileName}, row ${row}: ${err.message} Nothing was imported.`, details);
}

/**
 * All or nothing, in one transaction: the plan is made again inside it, any row error or file problem
 * refuses the whole file, and a refusal by the action services rolls back every row before it.
 */
export async function commitActionImport(db: Db, ctx: WriteCtx, file: UploadedFile, o: ActionImportOptions): Promise<ImportResult> {
  return inTransaction(db, async (trx) => {
    const { preview, plans } = await planActionImport(trx, file, o);
    assertCommittable(preview);
    const result: ImportResult = { created: 0, updated: 0, skipped: 0 };
    for (const plan of plans) {
      try {
        if (plan.create) {
          const id = await insertAction(trx, ctx, plan.create, o.today);
          if (plan.update) await appendUpdate(trx, ctx, id, plan.update, o.today);
          result.created++;
        } else if (plan.actionId && plan.update) {
          await appendUpdate(trx, ctx, plan.actionId, plan.update, o.today);
          result.updated++;
        } else result.skipped++;
      } catch (err) {
        throw atRow(err, file.fileName, plan.preview.row);
      }
    }
    return result;
  });
}

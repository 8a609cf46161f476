import type { ColumnMapping, ImportPreview, ImportResult, UploadedFile } from '../../../shared/domain/imports';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { agencySnapshot, insertAgency, rowToFields, updateAgencyRow } from '../services/agency-rows';
import { diff, recordChange } from '../services/history';
import type { WriteCtx } from '../services/write-context';
import { LeadLinker } from './agency-import-leads';
import { planAgencyImport } from './agency-import-plan';
import { assertCommittable } from './import-kit';

export { AGENCY_IMPORT_FIELDS } from './agency-import-fields';

/** What an import would do, row by row; writes nothing. */
export async function previewAgencyImport(db: Db, file: UploadedFile, mapping?: ColumnMapping): Promise<ImportPreview> {
  return (await planAgencyImport(db, file, mapping)).preview;
}

/**
 * Imports the file in one transaction, or not at all: the preview is re-run inside the transaction
 * and any row error or file problem throws import_invalid before anything is written.
 */
export async function commitAgencyImport(db: Db, ctx: WriteCtx, file: UploadedFile, mapping?: ColumnMapping): Promise<ImportResult> {
  return inTransaction(db, async (trx) => {
    const { preview, plans } = await planAgencyImport(trx, file, mapping);
    assertCommittable(preview);
    const sectors = new Map((await trx.selectFrom('sectors').select(['id', 'name']).execute()).map((s) => [s.id, s.name]));
    const leads = await LeadLinker.load(trx, ctx);
    const now = ctx.now();
    const result: ImportResult = { created: 0, updated: 0, skipped: 0 };
    for (const plan of plans) {
      const fields = plan.fields;
      if (plan.preview.status === 'duplicate_in_file' || !fields) {
        result.skipped++;
        continue;
      }
      const source = `${file.fileName} row ${plan.preview.row}`;
      const after = agencySnapshot(fields, sectors.get(fields.sectorId) ?? '');
      if (!plan.existing) {
        const id = await insertAgency(trx, fields, now);
        const lead = plan.lead ? await leads.apply(id, fields.name, plan.lead, source) : null;
        await recordChange(trx, ctx, {
          entityType: 'agency',
          entityId: id,
          action: 'import',
          summary: `Imported ${fields.name} from ${source}${lead ? `; safeguarding lead ${lead}` : ''}`,
          after,
        });
        result.created++;
        continue;
      }
      const id = plan.existing.id;
      const before = agencySnapshot(rowToFields(plan.existing), sectors.get(plan.existing.sector_id) ?? '');
      const changed = Object.keys(diff(before, after)).length > 0;
      if (changed) await updateAgencyRow(trx, id, fields, now);
      const lead = plan.lead ? await leads.apply(id, fields.name, plan.lead, source) : null;
      // A row that matches and changes nothing is skipped, so re-importing an export is a no-op.
      if (!changed && !lead) {
        result.skipped++;
        continue;
      }
      await recordChange(trx, ctx, {
        entityType: 'agency',
        entityId: id,
        action: 'import',
        summary: `Updated ${fields.name} from ${source}${lead ? `; safeguarding lead ${lead}` : ''}`,
        before,
        after,
      });
      result.updated++;
    }
    return result;
  });
}

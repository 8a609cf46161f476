import { contactInputSchema, type ContactFields } from '../../../shared/domain/agency';
import type { ColumnMapping, ImportPreview, ImportResult, UploadedFile } from '../../../shared/domain/imports';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { contactSnapshot, insertContact, rowToContactFields, updateContactRow } from '../services/contact-rows';
import { roleLabel } from '../services/contact-roles';
import { diff, recordChange } from '../services/history';
import type { WriteCtx } from '../services/write-context';
import { planContactImport } from './contact-import-plan';
import { assertCommittable } from './import-kit';

export { CONTACT_IMPORT_FIELDS } from './contact-import-plan';

/** What a contacts import would do, row by row; writes nothing. */
export async function previewContactImport(db: Db, file: UploadedFile, mapping?: ColumnMapping): Promise<ImportPreview> {
  return (await planContactImport(db, file, mapping)).preview;
}

/**
 * All or nothing, in one transaction. Rows about one person (same email, or same name and organisation)
 * make one contact; each row may add a link to an agency. Filled cells update, empty cells never clear.
 */
export async function commitContactImport(db: Db, ctx: WriteCtx, file: UploadedFile, mapping?: ColumnMapping): Promise<ImportResult> {
  return inTransaction(db, async (trx) => {
    const { preview, plans } = await planContactImport(trx, file, mapping);
    assertCommittable(preview);
    const links = new Set(
      (await trx.selectFrom('agency_contacts').select(['agency_id', 'contact_id', 'role']).execute()).map((l) => `${l.agency_id}:${l.contact_id}:${l.role}`),
    );
    // Contacts this import has touched: person key -> id and current fields, so later rows build on earlier ones.
    const touched = new Map<string, { id: number; fields: ContactFields }>();
    const now = ctx.now();
    const result: ImportResult = { created: 0, updated: 0, skipped: 0 };
    for (const plan of plans) {
      if (plan.preview.status === 'duplicate_in_file') {
        result.skipped++;
        continue;
      }
      const source = `${file.fileName} row ${plan.preview.row}`;
      const known = touched.get(plan.personKey) ?? (plan.existing ? { id: plan.existing.id, fields: rowToContactFields(plan.existing) } : null);
      let id: number;
      let isNew = false;
      let changed = false;
      if (known) {
        id = known.id;
        const fields = contactInputSchema.parse({ ...known.fields, ...plan.values });
        if (Object.keys(diff(contactSnapshot(known.fields), contactSnapshot(fields))).length) {
          await updateContactRow(trx, id, fields, now);
          await recordChange(trx, ctx, {
            entityType: 'contact',
            entityId: id,
            action: 'import',
            summary: `Updated ${fields.fullName} from ${source}`,
            before: contactSnapshot(known.fields),
            after: contactSnapshot(fields),
          });
          changed = true;
        }
        touched.set(plan.personKey, { id, fields });
      } else {
        const fields = contactInputSchema.parse(plan.values);
        id = await insertContact(trx, fields, now);
        await recordChange(trx, ctx, { entityType: 'contact', entityId: id, action: 'import', summary: `Imported ${fields.fullName} from ${source}`, after: contactSnapshot(fields) });
        touched.set(plan.personKey, { id, fields });
        isNew = true;
      }
      const link = plan.link;
      if (link && !links.has(`${link.agencyId}:${id}:${link.role}`)) {
        await trx.insertInto('agency_contacts').values({ agency_id: link.agencyId, contact_id: id, role: link.role, created_at: now.toISOString() }).execute();
        links.add(`${link.agencyId}:${id}:${link.role}`);
        const name = touched.get(plan.personKey)!.fields.fullName;
        await recordChange(trx, ctx, {
          entityType: 'contact',
          entityId: id,
          action: 'link',
          summary: `Linked ${name} as ${roleLabel(link.role)} at ${link.agencyName} (from ${source})`,
          after: { agency: link.agencyName, contact: name, role: link.role },
        });
        changed = true;
      }
      if (isNew) result.created++;
      else if (changed) result.updated++;
      else result.skipped++;
    }
    return result;
  });
}

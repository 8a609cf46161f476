import type { Contact } from '../../../shared/domain/agency';
import type { AgencyContactRole } from '../../../shared/domain/enums';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { notFound } from '../errors';
import { getContact, insertLinkIfMissing } from './contact-rows';
import { roleLabel } from './contact-roles';
import { recordChange } from './history';
import type { WriteCtx } from './write-context';

/** A link is recorded on both sides so the contact's and the agency's history each tell the story. */
async function recordLink(
  db: Db,
  ctx: WriteCtx,
  action: 'link' | 'unlink',
  link: { contactId: number; contactName: string; agencyId: number; agencyName: string; role: string },
): Promise<void> {
  const what = `${link.contactName} ${action === 'link' ? 'as' : 'no longer'} ${roleLabel(link.role)} ${action === 'link' ? 'at' : 'of'} ${link.agencyName}`;
  const value = { agency: link.agencyName, contact: link.contactName, role: link.role };
  const [before, after] = action === 'link' ? [null, value] : [value, null];
  await recordChange(db, ctx, { entityType: 'contact', entityId: link.contactId, action, summary: `${action === 'link' ? 'Linked' : 'Unlinked'} ${what}`, before, after });
  await recordChange(db, ctx, { entityType: 'agency', entityId: link.agencyId, action, summary: `${action === 'link' ? 'Linked' : 'Unlinked'} ${what}`, before, after });
}

/** Idempotent: linking a contact to an agency in a role it already holds changes nothing. */
export async function linkContact(db: Db, ctx: WriteCtx, contactId: number, agencyId: number, role: AgencyContactRole): Promise<Contact> {
  return inTransaction(db, async (trx) => {
    const contact = await getContact(trx, contactId);
    const agency = await trx.selectFrom('agencies').select(['id', 'name']).where('id', '=', agencyId).executeTakeFirst();
    if (!agency) throw notFound('Agency', agencyId);
    if (await insertLinkIfMissing(trx, agencyId, contactId, role, ctx.now()))
      await recordLink(trx, ctx, 'link', { contactId, contactName: contact.fullName, agencyId, agencyName: agency.name, role });
    return getContact(trx, contactId);
  });
}

/** Links are relationships, not records: removing one deletes the row, and history keeps what it was. */
export async function unlinkContact(db: Db, ctx: WriteCtx, linkId: number): Promise<Contact> {
  return inTransaction(db, async (trx) => {
    const link = await trx
      .selectFrom('agency_contacts as ac')
      .innerJoin('agencies as a', 'a.id', 'ac.agency_id')
      .innerJoin('contacts as c', 'c.id', 'ac.contact_id')
      .select(['ac.id', 'ac.role', 'ac.agency_id', 'ac.contact_id', 'a.name as agency_name', 'c.full_name'])
      .where('ac.id', '=', linkId)
      .executeTakeFirst();
    if (!link) throw notFound('Link', linkId);
    await trx.deleteFrom('agency_contacts').where('id', '=', linkId).execute();
    await recordLink(trx, ctx, 'unlink', {
      contactId: link.contact_id,
      contactName: link.full_name,
      agencyId: link.agency_id,
      agencyName: link.agency_name,
      role: link.role,
    });
    return getContact(trx, link.contact_id);
  });
}

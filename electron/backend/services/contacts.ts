import { contactInputSchema, type Contact, type ContactFields, type ContactListRow } from '../../../shared/domain/agency';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflict, invalid, notFound } from '../errors';
import { contactSnapshot, getContact, insertContact, updateContactRow } from './contact-rows';
import { roleLabel, roleOrder } from './contact-roles';
import { recordChange } from './history';
import { nameKey } from './name-key';
import type { WriteCtx } from './write-context';

export { getContact };
export { linkContact, unlinkContact } from './contact-links';

export interface ContactFilter {
  search?: string;
  includeInactive?: boolean;
}

/** Contacts with a one-line summary of their roles: two queries whatever the number of contacts. */
export async function listContacts(db: Db, filter: ContactFilter = {}): Promise<ContactListRow[]> {
  let q = db.selectFrom('contacts as c').selectAll('c');
  if (!filter.includeInactive) q = q.where('c.active', '=', 1);
  const search = filter.search?.trim().toLowerCase().replace(/[%_\\]/g, '') ?? '';
  if (search) {
    const key = nameKey(search);
    const like = `%${search}%`;
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn<string>('lower', ['c.full_name']), 'like', like),
        eb(eb.fn<string>('lower', ['c.email']), 'like', like),
        eb(eb.fn<string>('lower', ['c.organisation']), 'like', like),
        eb(eb.fn<string>('lower', ['c.job_title']), 'like', like),
        // "Who is the lead at Northmoor?" finds contacts through their agency's name.
        ...(key
          ? [
              eb.exists(
                eb
                  .selectFrom('agency_contacts as ac')
                  .innerJoin('agencies as a', 'a.id', 'ac.agency_id')
                  .select('ac.id')
                  .whereRef('ac.contact_id', '=', 'c.id')
                  .where('a.name_key', 'like', `%${key}%`),
              ),
            ]
          : []),
      ]),
    );
  }
  const contacts = await q.orderBy('c.full_name').orderBy('c.id').execute();
  const ids = contacts.map((c) => c.id);
  let lq = db
    .selectFrom('agency_contacts as ac')
    .innerJoin('agencies as a', 'a.id', 'ac.agency_id')
    .select(['ac.contact_id', 'ac.role', 'a.name', 'a.active']);
  // A short list asks for its own links; a long one reads them all rather than build a huge IN list.
  if (ids.length <= 500) lq = lq.where('ac.contact_id', 'in', ids.length ? ids : [0]);
  const links = await lq.execute();
  const byContact = new Map<number, typeof links>();
  for (const l of links) byContact.set(l.contact_id, [...(byContact.get(l.contact_id) ?? []), l]);
  return contacts.map((c) => {
    const mine = (byContact.get(c.id) ?? []).sort(
      (a, b) => roleOrder(a.role) - roleOrder(b.role) || a.name.localeCompare(b.name),
    );
    return {
      id: c.id,
      fullName: c.full_name,
      jobTitle: c.job_title,
      email: c.email,
      phone: c.phone,
      organisation: c.organisation,
      isBusinessUnit: c.is_business_unit === 1,
      isScrutineer: c.is_scrutineer === 1,
      active: c.active === 1,
      agencySummary: mine.map((l) => `${roleLabel(l.role)} at ${l.name}${l.active ? '' : ' (inactive)'}`).join('; '),
    };
  });
}

/** An email identifies a person: the importers reuse a contact by email, so two may not share one. */
async function assertEmailFree(db: Db, email: string | null, exceptId?: number): Promise<void> {
  if (!email) return;
  let q = db.selectFrom('contacts').select(['id', 'full_name']).where('email', '=', email.toLowerCase());
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  const other = await q.executeTakeFirst();
  if (other) throw conflict(`The email ${email} already belongs to ${other.full_name}.`, [{ field: 'email', message: `already belongs to ${other.full_name}` }]);
}

export async function createContact(db: Db, ctx: WriteCtx, fields: ContactFields): Promise<Contact> {
  return inTransaction(db, async (trx) => {
    await assertEmailFree(trx, fields.email);
    const id = await insertContact(trx, fields, ctx.now());
    const created = await getContact(trx, id);
    await recordChange(trx, ctx, {
      entityType: 'contact',
      entityId: id,
      action: 'create',
      summary: `Added contact ${created.fullName}`,
      after: contactSnapshot(created),
    });
    return created;
  });
}

export async function updateContact(db: Db, ctx: WriteCtx, id: number, patch: Partial<ContactFields>): Promise<Contact> {
  return inTransaction(db, async (trx) => {
    const before = contactSnapshot(await getContact(trx, id));
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const parsed = contactInputSchema.safeParse({ ...before, ...defined });
    if (!parsed.success)
      throw invalid(`The changes to ${before.fullName} are not valid.`, parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
    await assertEmailFree(trx, parsed.data.email, id);
    await updateContactRow(trx, id, parsed.data, ctx.now());
    const after = await getContact(trx, id);
    await recordChange(trx, ctx, {
      entityType: 'contact',
      entityId: id,
      action: 'update',
      summary: `Updated contact ${after.fullName}`,
      before,
      after: contactSnapshot(after),
    });
    return after;
  });
}

/** Contacts are deactivated, never deleted; their links stay so history reads true. */
export async function setContactActive(db: Db, ctx: WriteCtx, id: number, active: boolean): Promise<Contact> {
  return inTransaction(db, async (trx) => {
    const current = await getContact(trx, id);
    if (current.active === active) return current;
    await trx.updateTable('contacts').set({ active: active ? 1 : 0, updated_at: ctx.now().toISOString() }).where('id', '=', id).execute();
    await recordChange(trx, ctx, {
      entityType: 'contact',
      entityId: id,
      action: active ? 'reactivate' : 'deactivate',
      summary: `${active ? 'Reactivated' : 'Deactivated'} contact ${current.fullName}`,
      before: { active: current.active },
      after: { active },
    });
    return getContact(trx, id);
  });
}

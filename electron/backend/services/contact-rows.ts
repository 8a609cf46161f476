import type { Selectable } from 'kysely';
import type { Contact, ContactFields } from '../../../shared/domain/agency';
import type { AgencyContactRole } from '../../../shared/domain/enums';
import { notFound } from '../errors';
import type { ContactsTable, Db } from '../db/schema';

// Row <-> domain conversion for contacts, shared by the contact service and the importers.

export type ContactRow = Selectable<ContactsTable>;

export const rowToContactFields = (r: ContactRow): ContactFields => ({
  fullName: r.full_name,
  jobTitle: r.job_title,
  email: r.email,
  phone: r.phone,
  organisation: r.organisation,
  isBusinessUnit: r.is_business_unit === 1,
  isScrutineer: r.is_scrutineer === 1,
  notes: r.notes,
});

export const contactFieldsToRow = (f: ContactFields) => ({
  full_name: f.fullName.trim().replace(/\s+/g, ' '),
  job_title: f.jobTitle,
  email: f.email?.toLowerCase() ?? null,
  phone: f.phone,
  organisation: f.organisation,
  is_business_unit: f.isBusinessUnit ? 1 : 0,
  is_scrutineer: f.isScrutineer ? 1 : 0,
  notes: f.notes,
});

export async function insertContact(db: Db, fields: ContactFields, now: Date): Promise<number> {
  const at = now.toISOString();
  const { id } = await db
    .insertInto('contacts')
    .values({ ...contactFieldsToRow(fields), active: 1, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateContactRow(db: Db, id: number, fields: ContactFields, now: Date): Promise<void> {
  await db
    .updateTable('contacts')
    .set({ ...contactFieldsToRow(fields), updated_at: now.toISOString() })
    .where('id', '=', id)
    .execute();
}

/** Adds the link unless it exists (unique per agency, contact and role); true when it was added. */
export async function insertLinkIfMissing(db: Db, agencyId: number, contactId: number, role: string, now: Date): Promise<boolean> {
  const existing = await db
    .selectFrom('agency_contacts')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('contact_id', '=', contactId)
    .where('role', '=', role)
    .executeTakeFirst();
  if (existing) return false;
  await db
    .insertInto('agency_contacts')
    .values({ agency_id: agencyId, contact_id: contactId, role, created_at: now.toISOString() })
    .execute();
  return true;
}

export async function getContact(db: Db, id: number): Promise<Contact> {
  const c = await db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) throw notFound('Contact', id);
  const links = await db
    .selectFrom('agency_contacts as ac')
    .innerJoin('agencies as a', 'a.id', 'ac.agency_id')
    .select(['ac.id', 'ac.agency_id', 'a.name', 'ac.role'])
    .where('ac.contact_id', '=', id)
    .orderBy('ac.id')
    .execute();
  return {
    ...rowToContactFields(c),
    id: c.id,
    active: c.active === 1,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    links: links.map((l) => ({ linkId: l.id, agencyId: l.agency_id, agencyName: l.name, role: l.role as AgencyContactRole })),
  };
}

/** The fields history records for a contact. */
export const contactSnapshot = (c: ContactFields): ContactFields => ({
  fullName: c.fullName,
  jobTitle: c.jobTitle,
  email: c.email,
  phone: c.phone,
  organisation: c.organisation,
  isBusinessUnit: c.isBusinessUnit,
  isScrutineer: c.isScrutineer,
  notes: c.notes,
});

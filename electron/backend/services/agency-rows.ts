import type { ExpressionBuilder, Selectable } from 'kysely';
import type { AgencyFields } from '../../../shared/domain/agency';
import { DUTIES, type Duty } from '../../../shared/domain/enums';
import type { AgenciesTable, DB, Db } from '../db/schema';
import { nameKey } from './name-key';

// Row <-> domain conversion for agencies, shared by the agency service and the importer.

export type AgencyRow = Selectable<AgenciesTable>;

export const IDENTIFIERS = [
  { field: 'schoolUrn', column: 'school_urn', label: 'School URN', phrase: 'school URN' },
  { field: 'ofstedUrn', column: 'ofsted_urn', label: 'Ofsted URN', phrase: 'Ofsted URN' },
  { field: 'odsCode', column: 'ods_code', label: 'ODS code', phrase: 'ODS code' },
  { field: 'charityNumber', column: 'charity_number', label: 'Charity number', phrase: 'charity number' },
] as const;
export type IdentifierField = (typeof IDENTIFIERS)[number]['field'];

/**
 * The agency's safeguarding lead as the register shows them, as a correlated subquery on agencies aliased `a`:
 * the newest link to an active contact wins, so an import that names a new lead shows them straight away.
 */
export const leadNameOf = (eb: ExpressionBuilder<DB & { a: AgenciesTable }, 'a'>) =>
  eb
    .selectFrom('agency_contacts as lead_ac')
    .innerJoin('contacts as lead_c', 'lead_c.id', 'lead_ac.contact_id')
    .select('lead_c.full_name')
    .whereRef('lead_ac.agency_id', '=', 'a.id')
    .where('lead_ac.role', '=', 'safeguarding_lead')
    .where('lead_c.active', '=', 1)
    .orderBy('lead_ac.id', 'desc')
    .limit(1)
    .as('lead_name');

/** "school URN 123456", "Ofsted URN EY300001": an identifier in running text. */
export const identifierPhrase = (id: { phrase: string }, value: string) => `${id.phrase} ${value}`;

/** Canonical stored form: Ofsted and ODS codes upper-case, duties unique and in statutory order. */
export function normaliseAgencyFields(f: AgencyFields): AgencyFields {
  return {
    ...f,
    name: f.name.trim().replace(/\s+/g, ' '),
    duties: DUTIES.filter((d) => f.duties.includes(d)),
    ofstedUrn: f.ofstedUrn?.toUpperCase() ?? null,
    odsCode: f.odsCode?.toUpperCase() ?? null,
  };
}

export function rowToFields(r: AgencyRow): AgencyFields {
  const duties: Duty[] = [];
  if (r.duty_s11) duties.push('s11');
  if (r.duty_s175) duties.push('s175');
  if (r.duty_childcare) duties.push('childcare');
  return {
    name: r.name,
    sectorId: r.sector_id,
    duties,
    schoolUrn: r.school_urn,
    ofstedUrn: r.ofsted_urn,
    odsCode: r.ods_code,
    charityNumber: r.charity_number,
    addressLine1: r.address_line1,
    addressLine2: r.address_line2,
    town: r.town,
    postcode: r.postcode,
    notes: r.notes,
  };
}

/** The columns an agency's fields set; name_key is derived here so it can never drift from the name. */
export function fieldsToRow(f: AgencyFields) {
  return {
    name: f.name,
    name_key: nameKey(f.name),
    sector_id: f.sectorId,
    duty_s11: f.duties.includes('s11') ? 1 : 0,
    duty_s175: f.duties.includes('s175') ? 1 : 0,
    duty_childcare: f.duties.includes('childcare') ? 1 : 0,
    school_urn: f.schoolUrn,
    ofsted_urn: f.ofstedUrn,
    ods_code: f.odsCode,
    charity_number: f.charityNumber,
    address_line1: f.addressLine1,
    address_line2: f.addressLine2,
    town: f.town,
    postcode: f.postcode,
    notes: f.notes,
  };
}

/** What history records for an agency: its fields with the sector by name, which a reader understands. */
export function agencySnapshot(f: AgencyFields, sectorName: string, extra: Record<string, unknown> = {}) {
  const { sectorId: _omit, ...rest } = f;
  return { ...rest, sector: sectorName, ...extra };
}

export async function insertAgency(db: Db, fields: AgencyFields, now: Date): Promise<number> {
  const at = now.toISOString();
  const { id } = await db
    .insertInto('agencies')
    .values({ ...fieldsToRow(fields), active: 1, deactivated_reason: null, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateAgencyRow(db: Db, id: number, fields: AgencyFields, now: Date): Promise<void> {
  await db
    .updateTable('agencies')
    .set({ ...fieldsToRow(fields), updated_at: now.toISOString() })
    .where('id', '=', id)
    .execute();
}

/** The first identifier in fields that another agency already holds, for a conflict message. */
export async function findIdentifierClash(
  db: Db,
  fields: AgencyFields,
  exceptId?: number,
): Promise<{ label: string; value: string; otherId: number; otherName: string } | null> {
  for (const id of IDENTIFIERS) {
    const value = fields[id.field];
    if (!value) continue;
    let q = db.selectFrom('agencies').select(['id', 'name']).where(id.column, '=', value);
    if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
    const other = await q.executeTakeFirst();
    if (other) return { label: id.label, value, otherId: other.id, otherName: other.name };
  }
  return null;
}

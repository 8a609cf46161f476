import { agencyInputSchema, type AgencyDetail, type AgencyFields, type AgencyListRow } from '../../../shared/domain/agency';
import type { AgencyContactRole, Duty } from '../../../shared/domain/enums';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflict, invalid, notFound } from '../errors';
import {
  IDENTIFIERS,
  agencySnapshot,
  findIdentifierClash,
  insertAgency,
  leadNameOf,
  normaliseAgencyFields,
  rowToFields,
  updateAgencyRow,
} from './agency-rows';
import { roleOrder } from './contact-roles';
import { recordChange } from './history';
import { nameKey } from './name-key';
import type { WriteCtx } from './write-context';

export interface AgencyFilter {
  search?: string;
  includeInactive?: boolean;
  sectorIds?: number[];
  duty?: Duty;
}

const DUTY_COLUMN = { s11: 'a.duty_s11', s175: 'a.duty_s175', childcare: 'a.duty_childcare' } as const;

/** The register as a list: one query, lead and contact count as correlated subqueries (portable SQL). */
export async function listAgencies(db: Db, filter: AgencyFilter = {}): Promise<AgencyListRow[]> {
  let q = db
    .selectFrom('agencies as a')
    .innerJoin('sectors as s', 's.id', 'a.sector_id')
    .selectAll('a')
    .select((eb) => [
      's.name as sector_name',
      leadNameOf(eb),
      eb
        .selectFrom('agency_contacts as ac2')
        .innerJoin('contacts as c2', 'c2.id', 'ac2.contact_id')
        .select((e) => e.fn.count<number>('ac2.contact_id').distinct().as('n'))
        .whereRef('ac2.agency_id', '=', 'a.id')
        .where('c2.active', '=', 1)
        .as('contact_count'),
    ]);
  if (!filter.includeInactive) q = q.where('a.active', '=', 1);
  if (filter.sectorIds?.length) q = q.where('a.sector_id', 'in', filter.sectorIds);
  if (filter.duty) q = q.where(DUTY_COLUMN[filter.duty], '=', 1);
  const search = filter.search?.trim().toLowerCase().replace(/[%_\\]/g, '') ?? '';
  if (search) {
    const key = nameKey(search);
    const compact = search.replace(/\s+/g, '');
    // lower() on both sides: SQLite's LIKE ignores case, PostgreSQL's does not.
    q = q.where((eb) =>
      eb.or([
        ...(key ? [eb('a.name_key', 'like', `%${key}%`)] : []),
        eb(eb.fn<string>('lower', ['a.town']), 'like', `%${search}%`),
        eb(eb.fn<string>('lower', [eb.fn<string>('replace', ['a.postcode', eb.val(' '), eb.val('')])]), 'like', `%${compact}%`),
        ...IDENTIFIERS.map((i) => eb(eb.fn<string>('lower', [`a.${i.column}` as const]), 'like', `%${compact}%`)),
      ]),
    );
  }
  const rows = await q.orderBy('a.name_key').orderBy('a.id').execute();
  return rows.map((r) => {
    const f = rowToFields(r);
    return {
      id: r.id,
      name: r.name,
      sectorId: r.sector_id,
      sectorName: r.sector_name,
      duties: f.duties,
      schoolUrn: r.school_urn,
      ofstedUrn: r.ofsted_urn,
      odsCode: r.ods_code,
      charityNumber: r.charity_number,
      town: r.town,
      postcode: r.postcode,
      active: r.active === 1,
      safeguardingLead: r.lead_name ?? null,
      contactCount: Number(r.contact_count ?? 0),
      updatedAt: r.updated_at,
    };
  });
}

export async function getAgency(db: Db, id: number): Promise<AgencyDetail> {
  const r = await db
    .selectFrom('agencies as a')
    .innerJoin('sectors as s', 's.id', 'a.sector_id')
    .selectAll('a')
    .select('s.name as sector_name')
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!r) throw notFound('Agency', id);
  const contacts = await db
    .selectFrom('agency_contacts as ac')
    .innerJoin('contacts as c', 'c.id', 'ac.contact_id')
    .select(['ac.id as link_id', 'c.id', 'c.full_name', 'c.job_title', 'c.email', 'c.phone', 'ac.role', 'c.active'])
    .where('ac.agency_id', '=', id)
    .execute();
  contacts.sort((a, b) => roleOrder(a.role) - roleOrder(b.role) || a.full_name.localeCompare(b.full_name));
  return {
    ...rowToFields(r),
    id: r.id,
    sectorName: r.sector_name,
    active: r.active === 1,
    deactivatedReason: r.deactivated_reason,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    contacts: contacts.map((c) => ({
      linkId: c.link_id,
      contactId: c.id,
      fullName: c.full_name,
      jobTitle: c.job_title,
      email: c.email,
      phone: c.phone,
      role: c.role as AgencyContactRole,
      active: c.active === 1,
    })),
  };
}

async function sectorFor(db: Db, sectorId: number, currentSectorId?: number): Promise<string> {
  const s = await db.selectFrom('sectors').select(['name', 'active']).where('id', '=', sectorId).executeTakeFirst();
  if (!s) throw invalid(`Sector ${sectorId} does not exist.`, [{ field: 'sectorId', message: 'choose a sector' }]);
  // A retired sector takes no new members, but agencies already in it may still be edited.
  if (!s.active && sectorId !== currentSectorId)
    throw invalid(`The sector ${s.name} is no longer in use; choose another sector.`, [{ field: 'sectorId', message: 'choose a sector in use' }]);
  return s.name;
}

async function assertIdentifiersFree(db: Db, fields: AgencyFields, exceptId?: number): Promise<void> {
  const clash = await findIdentifierClash(db, fields, exceptId);
  if (clash)
    throw conflict(`${clash.label} ${clash.value} already belongs to ${clash.otherName}.`, [
      { field: IDENTIFIERS.find((i) => i.label === clash.label)!.field, message: `already belongs to ${clash.otherName}` },
    ]);
}

export async function createAgency(db: Db, ctx: WriteCtx, input: AgencyFields): Promise<AgencyDetail> {
  const fields = normaliseAgencyFields(input);
  return inTransaction(db, async (trx) => {
    const sectorName = await sectorFor(trx, fields.sectorId);
    await assertIdentifiersFree(trx, fields);
    const id = await insertAgency(trx, fields, ctx.now());
    await recordChange(trx, ctx, {
      entityType: 'agency',
      entityId: id,
      action: 'create',
      summary: `Added ${fields.name} to the register`,
      after: agencySnapshot(fields, sectorName),
    });
    return getAgency(trx, id);
  });
}

export async function updateAgency(db: Db, ctx: WriteCtx, id: number, patch: Partial<AgencyFields>): Promise<AgencyDetail> {
  return inTransaction(db, async (trx) => {
    const current = await getAgency(trx, id);
    const { id: _id, sectorName: _s, active: _a, deactivatedReason: _d, createdAt: _c, updatedAt: _u, contacts: _k, ...beforeFields } = current;
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    // Re-validate the merged record: a patch alone cannot show that the result is a valid agency.
    const parsed = agencyInputSchema.safeParse({ ...beforeFields, ...defined });
    if (!parsed.success)
      throw invalid(`The changes to ${current.name} are not valid.`, parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
    const fields = normaliseAgencyFields(parsed.data);
    const sectorName = await sectorFor(trx, fields.sectorId, current.sectorId);
    await assertIdentifiersFree(trx, fields, id);
    await updateAgencyRow(trx, id, fields, ctx.now());
    await recordChange(trx, ctx, {
      entityType: 'agency',
      entityId: id,
      action: 'update',
      summary: `Updated ${fields.name}`,
      before: agencySnapshot(beforeFields, current.sectorName),
      after: agencySnapshot(fields, sectorName),
    });
    return getAgency(trx, id);
  });
}

/** Agencies are never deleted: returns, actions and history still point at them. */
export async function setAgencyActive(db: Db, ctx: WriteCtx, id: number, active: boolean, reason?: string | null): Promise<AgencyDetail> {
  return inTransaction(db, async (trx) => {
    const current = await getAgency(trx, id);
    if (current.active === active) return current;
    if (active) {
      const sector = await trx.selectFrom('sectors').select(['name', 'active']).where('id', '=', current.sectorId).executeTakeFirstOrThrow();
      if (!sector.active)
        throw conflict(`${current.name} is in the retired sector ${sector.name}; restore the sector or move the agency first.`);
    }
    const deactivatedReason = active ? null : reason?.trim() || null;
    await trx
      .updateTable('agencies')
      .set({ active: active ? 1 : 0, deactivated_reason: deactivatedReason, updated_at: ctx.now().toISOString() })
      .where('id', '=', id)
      .execute();
    await recordChange(trx, ctx, {
      entityType: 'agency',
      entityId: id,
      action: active ? 'reactivate' : 'deactivate',
      summary: active ? `Reactivated ${current.name}` : `Deactivated ${current.name}${deactivatedReason ? `: ${deactivatedReason}` : ''}`,
      before: { active: current.active, deactivatedReason: current.deactivatedReason },
      after: { active, deactivatedReason },
    });
    return getAgency(trx, id);
  });
}

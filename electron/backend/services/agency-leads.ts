import type { Db } from '../db/schema';

// Who a reminder or request goes to: each agency's safeguarding lead (to) and deputy (copied), active contacts
// only. Chasers, case-audit chasers and action update requests all address agencies this way.

export interface AgencyLeadRow {
  agency_id: number;
  role: string;
  full_name: string;
  email: string | null;
}

/** Lead and deputy links of the agencies, newest link first (the lead the register shows). */
export async function agencyLeads(db: Db, agencyIds: number[]): Promise<AgencyLeadRow[]> {
  if (!agencyIds.length) return [];
  return db
    .selectFrom('agency_contacts as ac')
    .innerJoin('contacts as c', 'c.id', 'ac.contact_id')
    .select(['ac.agency_id', 'ac.role', 'c.full_name', 'c.email'])
    .where('ac.agency_id', 'in', agencyIds)
    .where('ac.role', 'in', ['safeguarding_lead', 'deputy_lead'])
    .where('c.active', '=', 1)
    .orderBy('ac.id', 'desc')
    .execute();
}

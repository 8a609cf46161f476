import type { Generated } from 'kysely';

// The agency register, settings, sectors and history.

export interface SettingsTable {
  key: string;
  value: string;
}

export interface SectorsTable {
  id: Generated<number>;
  code: string;
  name: string;
  sort_order: number;
  active: number;
}

export interface AgenciesTable {
  id: Generated<number>;
  name: string;
  sector_id: number;
  duty_s11: number;
  duty_s175: number;
  duty_childcare: number;
  school_urn: string | null;
  ofsted_urn: string | null;
  ods_code: string | null;
  charity_number: string | null;
  address_line1: string | null;
  address_line2: string | null;
  town: string | null;
  postcode: string | null;
  /** Lower-cased name with punctuation folded, for duplicate detection and search. */
  name_key: string;
  notes: string | null;
  active: number;
  deactivated_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface ContactsTable {
  id: Generated<number>;
  full_name: string;
  job_title: string | null;
  email: string | null;
  phone: string | null;
  organisation: string | null;
  is_business_unit: number;
  is_scrutineer: number;
  notes: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface AgencyContactsTable {
  id: Generated<number>;
  agency_id: number;
  contact_id: number;
  role: string;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_name: string;
  entity_type: string;
  entity_id: number;
  action: string;
  summary: string;
  changes: string;
}

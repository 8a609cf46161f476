import { AGENCY_CONTACT_ROLES, AGENCY_CONTACT_ROLE_LABELS, type AgencyContactRole } from '../../../shared/domain/enums';
import { nameKey } from './name-key';

/** Sort position of a role: leads first, as people look for them first. */
export const roleOrder = (role: string): number => {
  const i = AGENCY_CONTACT_ROLES.indexOf(role as AgencyContactRole);
  return i < 0 ? AGENCY_CONTACT_ROLES.length : i;
};

export const roleLabel = (role: string): string => AGENCY_CONTACT_ROLE_LABELS[role as AgencyContactRole] ?? role;

// Words people write for a role in a spreadsheet, by name key.
const ROLE_WORDS: Record<string, AgencyContactRole> = {
  dsl: 'safeguarding_lead',
  'designated safeguarding lead': 'safeguarding_lead',
  'designated safeguarding officer': 'safeguarding_lead',
  'safeguarding officer': 'safeguarding_lead',
  lead: 'safeguarding_lead',
  ddsl: 'deputy_lead',
  deputy: 'deputy_lead',
  'deputy dsl': 'deputy_lead',
  'deputy lead': 'deputy_lead',
  'deputy designated safeguarding lead': 'deputy_lead',
  manager: 'senior_manager',
  'senior leader': 'senior_manager',
  rep: 'representative',
  'partnership rep': 'representative',
  representative: 'representative',
};

/** A role from its code ("safeguarding_lead"), label ("Safeguarding lead") or a common word ("DSL"). */
export function parseRole(text: string): AgencyContactRole | null {
  const key = nameKey(text);
  for (const r of AGENCY_CONTACT_ROLES) if (key === nameKey(r.replace(/_/g, ' ')) || key === nameKey(AGENCY_CONTACT_ROLE_LABELS[r])) return r;
  return ROLE_WORDS[key] ?? null;
}

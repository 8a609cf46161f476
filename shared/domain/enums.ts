// Fixed vocabularies. Sectors are user-editable (see sectors table); these are not.

/** Statutory duties an agency can hold; several may apply. */
export const DUTIES = ['s11', 's175', 'childcare'] as const;
export type Duty = (typeof DUTIES)[number];
export const DUTY_LABELS: Record<Duty, string> = {
  s11: 'Section 11 (Children Act 2004)',
  s175: 'Section 175/157 (Education Act 2002)',
  childcare: 'Childcare Act 2006',
};
export const DUTY_SHORT: Record<Duty, string> = { s11: 's11', s175: 's175/157', childcare: 'Childcare Act' };

/** Role a contact holds at an agency. */
export const AGENCY_CONTACT_ROLES = [
  'safeguarding_lead',
  'deputy_lead',
  'senior_manager',
  'representative',
  'other',
] as const;
export type AgencyContactRole = (typeof AGENCY_CONTACT_ROLES)[number];
export const AGENCY_CONTACT_ROLE_LABELS: Record<AgencyContactRole, string> = {
  safeguarding_lead: 'Safeguarding lead',
  deputy_lead: 'Deputy safeguarding lead',
  senior_manager: 'Senior manager',
  representative: 'Partnership representative',
  other: 'Other',
};

/** The sectors a new partnership starts with; users may rename, add and retire them. */
export const DEFAULT_SECTORS: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'la_childrens', name: "LA children's services" },
  { code: 'health', name: 'Health' },
  { code: 'police', name: 'Police' },
  { code: 'probation', name: 'Probation' },
  { code: 'fire', name: 'Fire and rescue' },
  { code: 'housing', name: 'Housing' },
  { code: 'education', name: 'Education' },
  { code: 'early_years', name: 'Early years' },
  { code: 'voluntary', name: 'Voluntary and community' },
  { code: 'sport', name: 'Sport and leisure' },
  { code: 'other', name: 'Other' },
];

export const SCALE_KINDS = ['levels', 'numeric'] as const;
export type ScaleKind = (typeof SCALE_KINDS)[number];

/** What a framework asks respondents to rate. */
export const RATING_TARGETS = ['items', 'standards', 'both'] as const;
export type RatingTarget = (typeof RATING_TARGETS)[number];

/** How a standard's rating follows from its items when the standard is not rated directly. */
export const STANDARD_ROLLUPS = ['lowest', 'average', 'highest', 'none'] as const;
export type StandardRollup = (typeof STANDARD_ROLLUPS)[number];

export const FRAMEWORK_STATUSES = ['draft', 'published'] as const;
export type FrameworkStatus = (typeof FRAMEWORK_STATUSES)[number];

export const AUDIT_ACTIONS = ['create', 'update', 'deactivate', 'reactivate', 'delete', 'import', 'freeze', 'link', 'unlink'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

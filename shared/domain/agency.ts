import { z } from 'zod';
import { AGENCY_CONTACT_ROLES, DUTIES } from './enums';

const trimmed = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** UK postcode, loosely: outward and inward parts. Normalised to upper case with one space. */
export const POSTCODE_RE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})$/i;
export const normalisePostcode = (v: string): string => {
  const m = POSTCODE_RE.exec(v.trim());
  return m ? `${m[1]!.toUpperCase()} ${m[2]!.toUpperCase()}` : v.trim().toUpperCase();
};

export const identifierSchemas = {
  schoolUrn: z.string().trim().regex(/^\d{6}$/, 'a school URN is 6 digits'),
  ofstedUrn: z.string().trim().regex(/^(\d{6,7}|EY\d{6}|SC\d{6})$/i, 'an Ofsted URN is 6-7 digits, or EY/SC then 6 digits'),
  odsCode: z.string().trim().regex(/^[A-Z0-9]{3,6}$/i, 'an NHS ODS code is 3 to 6 letters or digits'),
  charityNumber: z.string().trim().regex(/^\d{6,8}(-\d{1,2})?$/, 'a charity number is 6 to 8 digits'),
};

const optionalId = (s: z.ZodString) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), s.nullish().transform((v) => v ?? null));

export const agencyInputSchema = z.object({
  name: trimmed(200).min(1, 'a name is required'),
  sectorId: z.number().int().positive(),
  duties: z.array(z.enum(DUTIES)).default([]),
  schoolUrn: optionalId(identifierSchemas.schoolUrn),
  ofstedUrn: optionalId(identifierSchemas.ofstedUrn),
  odsCode: optionalId(identifierSchemas.odsCode),
  charityNumber: optionalId(identifierSchemas.charityNumber),
  addressLine1: optionalText(200),
  addressLine2: optionalText(200),
  town: optionalText(100),
  postcode: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z
      .string()
      .trim()
      .regex(POSTCODE_RE, 'not a UK postcode')
      .transform(normalisePostcode)
      .nullish()
      .transform((v) => v ?? null),
  ),
  notes: optionalText(4000),
});
export type AgencyInput = z.input<typeof agencyInputSchema>;
export type AgencyFields = z.output<typeof agencyInputSchema>;

export interface Agency extends AgencyFields {
  id: number;
  sectorName: string;
  active: boolean;
  deactivatedReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AgencyListRow {
  id: number;
  name: string;
  sectorId: number;
  sectorName: string;
  duties: Array<(typeof DUTIES)[number]>;
  schoolUrn: string | null;
  ofstedUrn: string | null;
  odsCode: string | null;
  charityNumber: string | null;
  town: string | null;
  postcode: string | null;
  active: boolean;
  /** Name of the safeguarding lead, if one is linked. */
  safeguardingLead: string | null;
  contactCount: number;
  updatedAt: string;
}

export const contactInputSchema = z.object({
  fullName: trimmed(200).min(1, 'a name is required'),
  jobTitle: optionalText(200),
  email: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z.string().trim().email('not an email address').nullish().transform((v) => v?.toLowerCase() ?? null),
  ),
  phone: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{6,20}$/, 'not a phone number')
      .nullish()
      .transform((v) => v ?? null),
  ),
  organisation: optionalText(200),
  isBusinessUnit: z.boolean().default(false),
  isScrutineer: z.boolean().default(false),
  notes: optionalText(4000),
});
export type ContactInput = z.input<typeof contactInputSchema>;
export type ContactFields = z.output<typeof contactInputSchema>;

export interface AgencyLink {
  linkId: number;
  agencyId: number;
  agencyName: string;
  role: (typeof AGENCY_CONTACT_ROLES)[number];
}

export interface Contact extends ContactFields {
  id: number;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  links: AgencyLink[];
}

export interface ContactListRow {
  id: number;
  fullName: string;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
  organisation: string | null;
  isBusinessUnit: boolean;
  isScrutineer: boolean;
  active: boolean;
  /** "Safeguarding lead at Northmoor Primary School; ..." */
  agencySummary: string;
}

export interface AgencyContact {
  linkId: number;
  contactId: number;
  fullName: string;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
  role: (typeof AGENCY_CONTACT_ROLES)[number];
  active: boolean;
}

export interface AgencyDetail extends Agency {
  contacts: AgencyContact[];
}

export interface Sector {
  id: number;
  code: string;
  name: string;
  sortOrder: number;
  active: boolean;
  agencyCount: number;
}

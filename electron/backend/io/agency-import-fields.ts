import { DUTIES, type Duty } from '../../../shared/domain/enums';
import type { ImportFieldSpec } from '../../../shared/domain/imports';

// The agency importer's columns. Labels are the headings the exporter writes, so an export re-imports
// without any mapping; aliases are headings seen in partnerships' own spreadsheets.

const spec = (field: string, label: string, aliases: string[], required = false): ImportFieldSpec => ({ field, label, required, aliases });

export const AGENCY_IMPORT_FIELDS: readonly ImportFieldSpec[] = [
  spec('name', 'Name', ['Agency', 'Agency name', 'Organisation', 'Organisation name', 'Organization', 'Organization name', 'Setting', 'Setting name', 'School', 'School name', 'Establishment', 'Establishment name', 'Provider', 'Provider name', 'Partner', 'Partner agency', 'Name of agency', 'Name of setting'], true),
  spec('sector', 'Sector', ['Sector name', 'Agency type', 'Type of agency', 'Agency sector', 'Partner type', 'Sector code']),
  spec('duties', 'Duties', ['Duty', 'Statutory duty', 'Statutory duties', 'Audit', 'Audits', 'Audit type', 'Audit types']),
  spec('dutyS11', 'S11', ['Section 11', 'S11 duty', 'Section 11 duty', 'S11 audit', 'Section 11 audit']),
  spec('dutyS175', 'S175', ['S175/157', 'S157', 'S175 157', 'Section 175', 'Section 157', 'Section 175/157', 'S175 audit', 'Section 175 audit']),
  spec('dutyChildcare', 'Childcare Act', ['Childcare', 'Childcare Act 2006', 'Childcare Act audit', 'EYFS']),
  spec('schoolUrn', 'School URN', ['URN', 'DfE URN', 'School unique reference number', 'Unique reference number', 'Establishment URN']),
  spec('ofstedUrn', 'Ofsted URN', ['Ofsted reference', 'Ofsted ref', 'Ofsted number', 'Ofsted registration number', 'Ofsted reg no']),
  spec('odsCode', 'ODS code', ['ODS', 'NHS ODS code', 'Organisation code', 'Org code']),
  spec('charityNumber', 'Charity number', ['Charity no', 'Charity no.', 'Registered charity number', 'Registered charity no', 'Charity registration number', 'Charity reg no']),
  spec('addressLine1', 'Address line 1', ['Address', 'Address 1', 'Address1', 'Street', 'Street address', 'Line 1', 'First line of address']),
  spec('addressLine2', 'Address line 2', ['Address 2', 'Address2', 'Line 2', 'Locality']),
  spec('town', 'Town', ['Town or city', 'Town/city', 'City', 'Post town']),
  spec('postcode', 'Postcode', ['Post code', 'Postal code', 'Post-code']),
  spec('notes', 'Notes', ['Note', 'Comments', 'Comment', 'Remarks']),
  spec('leadName', 'Safeguarding lead', ['Safeguarding lead name', 'DSL', 'DSL name', 'Designated safeguarding lead', 'Designated safeguarding lead name', 'Designated safeguarding officer', 'DSO', 'Lead name', 'Safeguarding contact', 'Safeguarding contact name', 'Contact name']),
  spec('leadEmail', 'Safeguarding lead email', ['DSL email', 'DSL e-mail', 'DSL email address', 'Safeguarding email', 'Safeguarding contact email', 'Lead email', 'Email', 'E-mail', 'Email address', 'Contact email']),
  spec('leadPhone', 'Safeguarding lead phone', ['DSL phone', 'DSL telephone', 'DSL phone number', 'Safeguarding phone', 'Lead phone', 'Phone', 'Telephone', 'Tel', 'Phone number', 'Telephone number', 'Contact number']),
];

export const AGENCY_FIELD_LABELS: Record<string, string> = Object.fromEntries(AGENCY_IMPORT_FIELDS.map((f) => [f.field, f.label]));

/** The Y/N column for each duty. */
export const DUTY_FIELDS: ReadonlyArray<{ field: string; duty: Duty }> = [
  { field: 'dutyS11', duty: 's11' },
  { field: 'dutyS175', duty: 's175' },
  { field: 'dutyChildcare', duty: 'childcare' },
];

/** One written duty: "s11", "Section 11 (Children Act 2004)", "S.175/157", "Childcare Act"... */
export function parseDuty(text: string): Duty | null {
  const t = text.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!t) return null;
  if (t.includes('childcare') || t === 'eyfs' || t === 'ca' || t === 'ca2006') return 'childcare';
  if (/^(s|sec|section)?(175|157)/.test(t)) return 's175';
  if (/^(s|sec|section)?11(?!\d)/.test(t)) return 's11';
  return (DUTIES as readonly string[]).includes(t) ? (t as Duty) : null;
}

/** A Duties cell lists duties separated by ; , | "and" or new lines (not "/", which is inside "s175/157"). */
export function parseDutyList(text: string): { duties: Duty[]; unknown: string[] } {
  const duties: Duty[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[;,|\n+&]|\band\b/i)) {
    const p = part.trim();
    if (!p || /^(none|n\/a|no|-)$/i.test(p)) continue;
    const d = parseDuty(p);
    if (d) {
      if (!duties.includes(d)) duties.push(d);
    } else unknown.push(p);
  }
  return { duties, unknown };
}

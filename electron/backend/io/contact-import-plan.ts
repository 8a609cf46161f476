import { contactInputSchema, normalisePostcode, type ContactFields } from '../../../shared/domain/agency';
import type { AgencyContactRole } from '../../../shared/domain/enums';
import type { ColumnMapping, ImportFieldSpec, ImportPreview, ImportPreviewRow, UploadedFile } from '../../../shared/domain/imports';
import type { Db } from '../db/schema';
import { IDENTIFIERS } from '../services/agency-rows';
import { parseRole } from '../services/contact-roles';
import type { ContactRow } from '../services/contact-rows';
import { nameKey } from '../services/name-key';
import { RowReader, countRows, resolveMapping, uploadBytes } from './import-kit';
import { readTable } from './tabular';

const spec = (field: string, label: string, aliases: string[], required = false): ImportFieldSpec => ({ field, label, required, aliases });

/** Labels are the headings the contacts export writes. */
export const CONTACT_IMPORT_FIELDS: readonly ImportFieldSpec[] = [
  spec('fullName', 'Full name', ['Name', 'Contact name', 'Contact', 'Person', 'Name of contact'], true),
  spec('jobTitle', 'Job title', ['Position', 'Post', 'Job role', 'Role title', 'Designation']),
  spec('email', 'Email', ['E-mail', 'Email address', 'E-mail address', 'Work email']),
  spec('phone', 'Phone', ['Telephone', 'Tel', 'Phone number', 'Telephone number', 'Mobile', 'Contact number']),
  spec('organisation', 'Organisation', ['Organization', 'Employer', 'Company']),
  spec('agency', 'Agency', ['Agency name', 'Linked agency', 'Setting', 'School', 'Agency or URN', 'Agency URN']),
  spec('agencyPostcode', 'Agency postcode', ['Postcode', 'Post code']),
  spec('role', 'Role at agency', ['Role', 'Safeguarding role', 'Contact role', 'Role at setting']),
  spec('notes', 'Notes', ['Note', 'Comments', 'Comment']),
];
const LABELS: Record<string, string> = Object.fromEntries(CONTACT_IMPORT_FIELDS.map((f) => [f.field, f.label]));

type AgencyRef = { id: number; name: string; name_key: string; postcode: string | null; active: number };

export interface ContactPlan {
  preview: ImportPreviewRow;
  /** Values the file gives (only non-empty cells), to create or update the contact with. */
  values: Partial<ContactFields>;
  existing: ContactRow | null;
  /** Person key shared by rows about the same person, so later rows add links to the contact the first made. */
  personKey: string;
  link: { agencyId: number; agencyName: string; role: AgencyContactRole } | null;
}

/** Read once per file: agencies by identifier and name, contacts by email and by name + organisation. */
async function loadLookups(db: Db) {
  const agencies = await db.selectFrom('agencies').select(['id', 'name', 'name_key', 'postcode', 'active', ...IDENTIFIERS.map((i) => i.column)]).execute();
  const contacts = await db.selectFrom('contacts').selectAll().orderBy('id').execute();
  const links = await db.selectFrom('agency_contacts as ac').innerJoin('agencies as a', 'a.id', 'ac.agency_id').select(['ac.contact_id', 'a.name_key']).execute();
  const agencyById = new Map<string, AgencyRef>();
  const agenciesByName = new Map<string, AgencyRef[]>();
  for (const a of agencies) {
    for (const i of IDENTIFIERS) if (a[i.column]) agencyById.set(a[i.column]!.toUpperCase(), a);
    agenciesByName.set(a.name_key, [...(agenciesByName.get(a.name_key) ?? []), a]);
  }
  const byEmail = new Map<string, ContactRow>();
  const byNameOrg = new Map<string, ContactRow>();
  const orgKeys = new Map<number, string[]>();
  for (const l of links) orgKeys.set(l.contact_id, [...(orgKeys.get(l.contact_id) ?? []), l.name_key]);
  for (const c of contacts) {
    if (c.email && !byEmail.has(c.email)) byEmail.set(c.email, c);
    // A contact is "at" its organisation and at each agency it is linked to.
    for (const org of [nameKey(c.organisation ?? ''), ...(orgKeys.get(c.id) ?? [])]) {
      const k = `${nameKey(c.full_name)}|${org}`;
      if (!byNameOrg.has(k)) byNameOrg.set(k, c);
    }
  }
  return { agencyById, agenciesByName, byEmail, byNameOrg };
}
type Lookups = Awaited<ReturnType<typeof loadLookups>>;

const shape = contactInputSchema.shape;

function resolveAgency(r: RowReader, look: Lookups): AgencyRef | null {
  const text = r.get('agency');
  const byId = look.agencyById.get(text.toUpperCase());
  if (byId) return byId;
  let found = look.agenciesByName.get(nameKey(text)) ?? [];
  if (found.length > 1 && r.has('agencyPostcode')) found = found.filter((a) => a.postcode === normalisePostcode(r.get('agencyPostcode')));
  if (found.length > 1 && found.some((a) => a.active)) found = found.filter((a) => a.active);
  if (found.length === 1) return found[0]!;
  if (found.length === 0) r.issue('agency', `no agency called "${text}" is in the register`);
  else r.issue('agency', `${found.length} agencies are called "${text}"; add an Agency postcode column or give the agency's URN or other identifier`);
  return null;
}

type Seen = Map<string, { row: number; links: Set<string> }>;

function planRow(r: RowReader, look: Lookups, seen: Seen): ContactPlan {
  const row = r.row.row;
  if (!r.has('fullName')) r.issue('fullName', 'a name is required');
  const values: Partial<ContactFields> = {};
  for (const f of ['fullName', 'jobTitle', 'email', 'phone', 'organisation', 'notes'] as const) {
    const v = r.parse(f, shape[f]);
    if (v) (values as Record<string, unknown>)[f] = v;
  }
  const agency = r.has('agency') ? resolveAgency(r, look) : null;
  let role: AgencyContactRole = 'other';
  if (r.has('role')) {
    const parsed = parseRole(r.get('role'));
    if (!parsed) r.issue('role', `"${r.get('role')}" is not a role; use Safeguarding lead, Deputy safeguarding lead, Senior manager, Partnership representative or Other`);
    else role = parsed;
    if (!r.has('agency')) r.issue('role', 'a role needs an agency in the Agency column');
  }
  const orgKey = nameKey(values.organisation ?? agency?.name ?? '');
  const personKey = values.email ? `email:${values.email}` : `name:${nameKey(values.fullName ?? '')}|${orgKey}`;
  let existing: ContactRow | null = null;
  let reason: string | null = null;
  if (values.email) [existing, reason] = [look.byEmail.get(values.email) ?? null, `email ${values.email}`];
  else {
    // Without an email: the same name at the same organisation, or at the agency the row links to.
    const orgs = [...new Set([nameKey(values.organisation ?? ''), nameKey(agency?.name ?? '')])];
    const hit = orgs.map((o) => look.byNameOrg.get(`${nameKey(values.fullName ?? '')}|${o}`)).find((c) => c !== undefined);
    [existing, reason] = [hit ?? null, 'name and organisation'];
  }
  if (!existing) reason = null;

  const link = agency ? { agencyId: agency.id, agencyName: agency.name, role } : null;
  const preview: ImportPreviewRow = {
    row,
    status: r.issues.length ? 'error' : existing ? 'update' : 'new',
    values: r.values(),
    matchId: existing?.id ?? null,
    matchName: existing?.full_name ?? null,
    matchReason: reason,
    issues: r.issues,
  };
  if (preview.status !== 'error') {
    // Several rows may name one person at several agencies; only a repeat of the same link is a duplicate.
    const earlier = seen.get(personKey);
    const linkKey = link ? `${link.agencyId}:${link.role}` : '';
    if (earlier && (!link || earlier.links.has(linkKey))) {
      preview.status = 'duplicate_in_file';
      preview.issues = [{ row, column: r.column('fullName'), message: `the same contact as row ${earlier.row}; this row will be skipped` }];
    } else if (earlier) {
      preview.status = 'update';
      preview.matchReason ??= `the same person as row ${earlier.row}`;
      earlier.links.add(linkKey);
    } else seen.set(personKey, { row, links: new Set(link ? [linkKey] : []) });
  }
  return { preview, values, existing, personKey, link };
}

export async function planContactImport(
  db: Db,
  file: UploadedFile,
  userMapping?: ColumnMapping,
): Promise<{ preview: ImportPreview; plans: ContactPlan[] }> {
  const table = await readTable(file.fileName, uploadBytes(file));
  const { mapping, fileIssues } = resolveMapping(CONTACT_IMPORT_FIELDS, table.headers, userMapping);
  if (!table.rows.length) fileIssues.push('The file has column headings but no rows under them.');
  const look = await loadLookups(db);
  const seen: Seen = new Map();
  const plans = fileIssues.length ? [] : table.rows.map((row) => planRow(new RowReader(row, mapping, LABELS), look, seen));
  const rows = plans.map((p) => p.preview);
  return {
    preview: { fileName: file.fileName, sheetName: table.sheetName, headers: table.headers, fields: [...CONTACT_IMPORT_FIELDS], mapping, rows, counts: countRows(rows), fileIssues },
    plans,
  };
}

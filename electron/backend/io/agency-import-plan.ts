import { agencyInputSchema, contactInputSchema, type AgencyFields } from '../../../shared/domain/agency';
import { DUTIES, type Duty } from '../../../shared/domain/enums';
import type { ColumnMapping, ImportPreview, ImportPreviewRow, UploadedFile } from '../../../shared/domain/imports';
import type { Db } from '../db/schema';
import { IDENTIFIERS, identifierPhrase, normaliseAgencyFields, rowToFields, type AgencyRow } from '../services/agency-rows';
import { nameKey } from '../services/name-key';
import { AGENCY_FIELD_LABELS, AGENCY_IMPORT_FIELDS, DUTY_FIELDS, parseDutyList } from './agency-import-fields';
import { RowReader, countRows, parseYesNo, resolveMapping, uploadBytes } from './import-kit';
import { readTable } from './tabular';

export interface LeadInput {
  fullName: string | null;
  email: string | null;
  phone: string | null;
}

export interface AgencyPlan {
  preview: ImportPreviewRow;
  /** The whole record to write, for new and update rows. */
  fields: AgencyFields | null;
  existing: AgencyRow | null;
  lead: LeadInput | null;
}

type SectorRef = { id: number; code: string; name: string; active: number };

/** Everything matching needs, read once: a 2,000-row file costs four queries, not thousands. */
async function loadLookups(db: Db) {
  const sectors = await db.selectFrom('sectors').select(['id', 'code', 'name', 'active']).orderBy('sort_order').execute();
  const agencies = await db.selectFrom('agencies').selectAll().orderBy('id').execute();
  const emails = await db.selectFrom('contacts').select('email').where('email', 'is not', null).execute();
  const sectorByKey = new Map<string, SectorRef>();
  for (const s of sectors) for (const k of [nameKey(s.name), nameKey(s.code)]) if (!sectorByKey.has(k)) sectorByKey.set(k, s);
  const byIdentifier = new Map<string, AgencyRow>();
  const byNamePostcode = new Map<string, AgencyRow>();
  for (const a of agencies) {
    for (const id of IDENTIFIERS) {
      const v = a[id.column];
      if (v) byIdentifier.set(`${id.field}:${v.toUpperCase()}`, a);
    }
    const k = `${a.name_key}|${a.postcode ?? ''}`;
    if (!byNamePostcode.has(k)) byNamePostcode.set(k, a);
  }
  return { sectors, sectorByKey, byIdentifier, byNamePostcode, knownEmails: new Set(emails.map((e) => e.email!.toLowerCase())) };
}
type Lookups = Awaited<ReturnType<typeof loadLookups>>;

const fieldSchema = agencyInputSchema.shape;

function planRow(r: RowReader, look: Lookups, seen: Map<string, { row: number; what: string }>): AgencyPlan {
  const row = r.row.row;
  const name = r.parse('name', fieldSchema.name);
  if (!r.has('name')) r.issue('name', 'a name is required');
  let sector: SectorRef | undefined;
  if (r.has('sector')) {
    sector = look.sectorByKey.get(nameKey(r.get('sector')));
    if (!sector)
      r.issue('sector', `"${r.get('sector')}" is not a sector; use one of: ${look.sectors.filter((s) => s.active).map((s) => s.name).join(', ')}`);
  }
  // Duties the file states: true/false per duty; a duty the file is silent on keeps its current value.
  const stated = new Map<Duty, boolean>();
  if (r.has('duties')) {
    const { duties, unknown } = parseDutyList(r.get('duties'));
    if (unknown.length) r.issue('duties', `"${unknown.join('", "')}" is not a duty; use s11, s175 or Childcare Act`);
    for (const d of DUTIES) stated.set(d, duties.includes(d));
  }
  for (const { field, duty } of DUTY_FIELDS) {
    if (!r.has(field)) continue;
    const yes = parseYesNo(r.get(field));
    if (yes === undefined) r.issue(field, `"${r.get(field)}" is not Y or N`);
    else stated.set(duty, yes || (stated.get(duty) ?? false));
  }
  const ids: Partial<Record<(typeof IDENTIFIERS)[number]['field'], string>> = {};
  for (const id of IDENTIFIERS) {
    const v = r.parse(id.field, fieldSchema[id.field]);
    if (v) ids[id.field] = v.toUpperCase();
  }
  const present = {
    addressLine1: r.parse('addressLine1', fieldSchema.addressLine1),
    addressLine2: r.parse('addressLine2', fieldSchema.addressLine2),
    town: r.parse('town', fieldSchema.town),
    postcode: r.parse('postcode', fieldSchema.postcode),
    notes: r.parse('notes', fieldSchema.notes),
  };
  const lead: LeadInput = {
    fullName: r.parse('leadName', contactInputSchema.shape.fullName) ?? null,
    email: r.parse('leadEmail', contactInputSchema.shape.email) ?? null,
    phone: r.parse('leadPhone', contactInputSchema.shape.phone) ?? null,
  };
  // Without a name a lead can only be someone the register already knows by email.
  if (!lead.fullName && (lead.email ? !look.knownEmails.has(lead.email) : lead.phone))
    r.issue(
      r.mapping.leadName ? 'leadName' : lead.email ? 'leadEmail' : 'leadPhone',
      'a safeguarding lead needs a name as well as an email or phone (or leave this column out of the import)',
    );
  // A lead named once in the file may be given by email alone further down (one DSL for a federation).
  if (lead.fullName && lead.email) look.knownEmails.add(lead.email);

  // Match: identifiers first; then name and postcode, unless the two records hold different identifiers.
  let existing: AgencyRow | null = null;
  let reason: string | null = null;
  for (const id of IDENTIFIERS) {
    const v = ids[id.field];
    const hit = v ? look.byIdentifier.get(`${id.field}:${v}`) : undefined;
    if (!hit) continue;
    if (existing && hit.id !== existing.id)
      r.issue(id.field, `${identifierPhrase(id, v!)} belongs to ${hit.name}, but ${reason} belongs to ${existing.name}`);
    else if (!existing) [existing, reason] = [hit, identifierPhrase(id, v!)];
  }
  const key = name ? `${nameKey(name)}|${present.postcode ?? ''}` : null;
  if (!existing && key) {
    const hit = look.byNamePostcode.get(key);
    if (hit && IDENTIFIERS.every((id) => !ids[id.field] || !hit[id.column] || hit[id.column]!.toUpperCase() === ids[id.field]))
      [existing, reason] = [hit, 'name and postcode'];
  }

  let fields: AgencyFields | null = null;
  if (!sector && !r.has('sector') && !existing) r.issue('sector', 'a sector is required for a new agency');
  if (sector && !sector.active && sector.id !== existing?.sector_id) r.issue('sector', `the sector ${sector.name} is no longer in use`);
  if (!r.issues.length) {
    const base = existing ? rowToFields(existing) : null;
    const defined = Object.fromEntries(Object.entries({ ...present, ...ids }).filter(([, v]) => v !== undefined && v !== null));
    const candidate = {
      ...base,
      ...defined,
      name,
      sectorId: sector?.id ?? base?.sectorId,
      duties: DUTIES.filter((d) => stated.get(d) ?? base?.duties.includes(d) ?? false),
    };
    const parsed = agencyInputSchema.safeParse(candidate);
    if (parsed.success) fields = normaliseAgencyFields(parsed.data);
    else for (const i of parsed.error.issues) r.issue(i.path[0] === 'sectorId' ? 'sector' : String(i.path[0] ?? 'name'), i.message);
  }

  const preview: ImportPreviewRow = {
    row,
    status: r.issues.length ? 'error' : existing ? 'update' : 'new',
    values: r.values(),
    matchId: existing?.id ?? null,
    matchName: existing?.name ?? null,
    matchReason: reason,
    issues: r.issues,
  };
  if (preview.status !== 'error') {
    // The same agency twice in one file: identifiers, name and postcode, or the same register entry.
    const keys = [
      ...IDENTIFIERS.filter((id) => ids[id.field]).map((id) => [`${id.field}:${ids[id.field]}`, identifierPhrase(id, ids[id.field]!)]),
      ...(key ? [[`np:${key}`, 'same name and postcode']] : []),
      ...(existing ? [[`db:${existing.id}`, `both match ${existing.name}`]] : []),
    ] as Array<[string, string]>;
    const earlier = keys.map(([k]) => seen.get(k)).find((s) => s !== undefined);
    if (earlier) {
      preview.status = 'duplicate_in_file';
      preview.issues = [{ row, column: r.column('name'), message: `the same agency as row ${earlier.row} (${earlier.what}); this row will be skipped` }];
      return { preview, fields: null, existing, lead: null };
    }
    for (const [k, what] of keys) seen.set(k, { row, what });
  }
  const hasLead = lead.fullName || lead.email || lead.phone;
  return { preview, fields, existing, lead: hasLead ? lead : null };
}

/** Reads, maps, validates and matches every row without writing anything. */
export async function planAgencyImport(
  db: Db,
  file: UploadedFile,
  userMapping?: ColumnMapping,
): Promise<{ preview: ImportPreview; plans: AgencyPlan[] }> {
  const table = await readTable(file.fileName, uploadBytes(file));
  const { mapping, fileIssues } = resolveMapping(AGENCY_IMPORT_FIELDS, table.headers, userMapping);
  if (!table.rows.length) fileIssues.push('The file has column headings but no rows under them.');
  const look = await loadLookups(db);
  const seen = new Map<string, { row: number; what: string }>();
  const plans = fileIssues.length ? [] : table.rows.map((row) => planRow(new RowReader(row, mapping, AGENCY_FIELD_LABELS), look, seen));
  const rows = plans.map((p) => p.preview);
  return {
    preview: {
      fileName: file.fileName,
      sheetName: table.sheetName,
      headers: table.headers,
      fields: [...AGENCY_IMPORT_FIELDS],
      mapping,
      rows,
      counts: countRows(rows),
      fileIssues,
    },
    plans,
  };
}

import { format } from 'date-fns';
import ExcelJS from 'exceljs';
import { AGENCY_CONTACT_ROLE_LABELS, DUTY_SHORT, type AgencyContactRole } from '../../../shared/domain/enums';
import type { GeneratedFile } from '../../../shared/domain/settings';
import type { Db } from '../db/schema';
import { IDENTIFIERS, rowToFields } from '../services/agency-rows';
import { AGENCY_IMPORT_FIELDS } from './agency-import-fields';
import { CONTACT_IMPORT_FIELDS } from './contact-import-plan';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Headings come from the importers' labels, so an exported file maps itself when imported again.
const label = (fields: readonly { field: string; label: string }[], field: string) => fields.find((f) => f.field === field)!.label;
const TEXT_FIELDS = new Set(['schoolUrn', 'ofstedUrn', 'odsCode', 'charityNumber', 'leadPhone', 'phone', 'agencyPostcode', 'postcode']);
const WIDTHS: Record<string, number> = { name: 40, fullName: 28, notes: 40, addressLine1: 30, leadEmail: 32, email: 32, agency: 36, sector: 24, duties: 28 };

/** Word's line break (vertical tab) would be dropped by the XML writer, so it becomes a new line. */
const cellText = (v: string | null | undefined): string | null => (v ? v.replace(/\r\n?/g, '\n').replace(/\u000b/g, '\n') : null);

interface Column {
  field: string;
  header: string;
}

async function workbookFile(sheetName: string, columns: Column[], rows: Array<Record<string, string | null>>, fileName: string): Promise<GeneratedFile> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Audit Desk';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: c.header,
    key: c.field,
    width: WIDTHS[c.field] ?? Math.max(14, c.header.length + 4),
    // Identifiers and phone numbers as text: Excel must not turn 012345 into 12345 or a phone into 7.7E+09.
    style: TEXT_FIELDS.has(c.field) ? { numFmt: '@' } : {},
  }));
  for (const r of rows) ws.addRow(Object.fromEntries(columns.map((c) => [c.field, cellText(r[c.field])])));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const buffer = await wb.xlsx.writeBuffer();
  return { fileName, mimeType: XLSX_MIME, contentBase64: Buffer.from(buffer as ArrayBuffer).toString('base64') };
}

/** The register as an .xlsx that re-imports cleanly; inactive agencies get a Status column when included. */
export async function exportAgenciesXlsx(db: Db, options: { includeInactive?: boolean; now?: Date } = {}): Promise<GeneratedFile> {
  let q = db.selectFrom('agencies as a').innerJoin('sectors as s', 's.id', 'a.sector_id').selectAll('a').select('s.name as sector_name');
  if (!options.includeInactive) q = q.where('a.active', '=', 1);
  const agencies = await q.orderBy('a.name_key').orderBy('a.id').execute();
  const leadRows = await db
    .selectFrom('agency_contacts as ac')
    .innerJoin('contacts as c', 'c.id', 'ac.contact_id')
    .select(['ac.agency_id', 'c.full_name', 'c.email', 'c.phone'])
    .where('ac.role', '=', 'safeguarding_lead')
    .where('c.active', '=', 1)
    .orderBy('ac.id', 'desc')
    .execute();
  // The newest lead per agency, as the register list shows.
  const leads = new Map<number, (typeof leadRows)[number]>();
  for (const l of leadRows) if (!leads.has(l.agency_id)) leads.set(l.agency_id, l);
  const fields = ['name', 'sector', 'duties', 'schoolUrn', 'ofstedUrn', 'odsCode', 'charityNumber', 'addressLine1', 'addressLine2', 'town', 'postcode', 'notes', 'leadName', 'leadEmail', 'leadPhone'];
  const columns: Column[] = fields.map((f) => ({ field: f, header: label(AGENCY_IMPORT_FIELDS, f) }));
  if (options.includeInactive) columns.push({ field: 'status', header: 'Status' });
  const rows = agencies.map((a) => {
    const f = rowToFields(a);
    const lead = leads.get(a.id);
    const row: Record<string, string | null> = {
      name: f.name,
      schoolUrn: f.schoolUrn,
      ofstedUrn: f.ofstedUrn,
      odsCode: f.odsCode,
      charityNumber: f.charityNumber,
      addressLine1: f.addressLine1,
      addressLine2: f.addressLine2,
      town: f.town,
      postcode: f.postcode,
      notes: f.notes,
      sector: a.sector_name,
      duties: f.duties.map((d) => DUTY_SHORT[d]).join('; '),
      leadName: lead?.full_name ?? null,
      leadEmail: lead?.email ?? null,
      leadPhone: lead?.phone ?? null,
      status: a.active ? 'Active' : `Inactive${a.deactivated_reason ? `: ${a.deactivated_reason}` : ''}`,
    };
    return row;
  });
  const day = format(options.now ?? new Date(), 'yyyy-MM-dd');
  return workbookFile('Agencies', columns, rows, `agencies-${day}.xlsx`);
}

/** Active contacts, one row per agency role (a contact with no role gets one row), re-importable. */
export async function exportContactsXlsx(db: Db, options: { now?: Date } = {}): Promise<GeneratedFile> {
  const contacts = await db.selectFrom('contacts').selectAll().where('active', '=', 1).orderBy('full_name').orderBy('id').execute();
  const links = await db
    .selectFrom('agency_contacts as ac')
    .innerJoin('agencies as a', 'a.id', 'ac.agency_id')
    .select(['ac.contact_id', 'ac.role', 'a.name', 'a.name_key', 'a.postcode', ...IDENTIFIERS.map((i) => `a.${i.column}` as const)])
    .orderBy('ac.id')
    .execute();
  const agencyNames = await db.selectFrom('agencies').select('name_key').execute();
  const nameCount = new Map<string, number>();
  for (const a of agencyNames) nameCount.set(a.name_key, (nameCount.get(a.name_key) ?? 0) + 1);
  const byContact = new Map<number, typeof links>();
  for (const l of links) byContact.set(l.contact_id, [...(byContact.get(l.contact_id) ?? []), l]);
  const rows: Array<Record<string, string | null>> = [];
  for (const c of contacts) {
    const base = { fullName: c.full_name, jobTitle: c.job_title, email: c.email, phone: c.phone, organisation: c.organisation, notes: c.notes };
    const mine = byContact.get(c.id) ?? [];
    if (!mine.length) rows.push(base);
    for (const l of mine) {
      // A name several agencies share is written as the agency's identifier, so the import finds the right one.
      const id = (nameCount.get(l.name_key) ?? 0) > 1 ? IDENTIFIERS.map((i) => l[i.column]).find((v) => v) : undefined;
      rows.push({ ...base, agency: id ?? l.name, agencyPostcode: l.postcode, role: AGENCY_CONTACT_ROLE_LABELS[l.role as AgencyContactRole] ?? l.role });
    }
  }
  const columns = CONTACT_IMPORT_FIELDS.map((f) => ({ field: f.field, header: f.label }));
  const day = format(options.now ?? new Date(), 'yyyy-MM-dd');
  return workbookFile('Contacts', columns, rows, `contacts-${day}.xlsx`);
}

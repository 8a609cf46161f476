import { extname } from 'node:path';
import JSZip from 'jszip';
import type { Db } from '../db/schema';
import type { ReturnProblem, ToolReadResult } from '../io/tool-read-common';
import { readZipEntries } from '../io/zip-entries';
import { nameKey } from './name-key';

// Which kind of file a return is (by its content, not its name), and which agency of the cycle it belongs to.

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (b: Uint8Array, magic: number[]) => b.length >= magic.length && magic.every((x, i) => b[i] === x);

export type DetectedKind = { kind: 'xlsx' | 'docx'; problem: null } | { kind: 'xlsx' | 'docx'; problem: string };

export async function detectKind(fileName: string, bytes: Uint8Array): Promise<DetectedKind> {
  const ext = extname(fileName).toLowerCase();
  const guess = ext === '.docx' || ext === '.doc' ? 'docx' : 'xlsx';
  const no = (problem: string): DetectedKind => ({ kind: guess, problem });
  if (bytes.length === 0) return no('is empty.');
  if (startsWith(bytes, OLE))
    return no(
      ext === '.doc'
        ? 'is in the old Word 97-2003 format (.doc): open it in Word, save it as a Word Document (.docx) and import that.'
        : ext === '.xls'
          ? 'is in the old Excel 97-2003 format (.xls): open it in Excel, save it as an Excel Workbook (.xlsx) and import that.'
          : 'is password-protected, or an old Excel/Word 97-2003 file: remove the password or save it as .xlsx or .docx, then import it again.',
    );
  if (!startsWith(bytes, ZIP))
    return no(
      ext === '.xlsx' || ext === '.docx'
        ? 'could not be read: it is not really an Excel workbook or Word document (it may be damaged or incompletely downloaded).'
        : `is not an Excel workbook (.xlsx) or a Word document (.docx)${ext ? `: it is a ${ext} file` : ''}.`,
    );
  // A well-formed zip is listed without inflating anything; anything else gets jszip's verdict.
  const listed = readZipEntries(bytes)?.names;
  if (listed?.includes('xl/workbook.xml')) return { kind: 'xlsx', problem: null };
  if (listed?.includes('word/document.xml')) return { kind: 'docx', problem: null };
  try {
    const zip = await JSZip.loadAsync(bytes);
    if (zip.file('xl/workbook.xml')) return { kind: 'xlsx', problem: null };
    if (zip.file('word/document.xml')) return { kind: 'docx', problem: null };
    return no('is a zip file, but neither an Excel workbook nor a Word document.');
  } catch {
    return no('could not be opened: the file is damaged. Ask the agency to save it again and send a fresh copy.');
  }
}

export interface ReturnMatch {
  cycleAgencyId: number | null;
  agencyId: number | null;
  agencyName: string | null;
  status: string | null;
  /** Said to the user, not a problem: e.g. matched by name because the identity was missing. */
  notes: string[];
  problems: ReturnProblem[];
}

interface CycleRef {
  id: number;
  name: string;
  frameworkId: number;
  versionLabel: string;
  familyKey: string;
}

/** Checks the file's identity against the cycle, then finds the agency's return by id, else by the name written in the file. */
export async function matchReturn(db: Db, file: string, cycle: CycleRef, read: ToolReadResult): Promise<ReturnMatch> {
  const out: ReturnMatch = { cycleAgencyId: null, agencyId: null, agencyName: null, status: null, notes: [], problems: [] };
  const id = read.identity;
  const problem = (message: string) => out.problems.push({ file, field: 'identity', message });
  if (id.cycleId && Number(id.cycleId) !== cycle.id) {
    const other = await db.selectFrom('cycles').select('name').where('id', '=', Number(id.cycleId) || 0).executeTakeFirst();
    problem(`this return belongs to cycle ${other ? `"${other.name}"` : id.cycleId}${id.agencyName ? ` (issued to ${id.agencyName})` : ''}, not to "${cycle.name}": import it into that cycle`);
    return out;
  }
  const frameworkDiffers = id.frameworkId ? Number(id.frameworkId) !== cycle.frameworkId : Boolean(id.versionLabel && id.versionLabel !== cycle.versionLabel);
  if (frameworkDiffers)
    problem(
      `this return was filled in on framework version "${id.versionLabel ?? `id ${id.frameworkId}`}"${id.familyKey && id.familyKey !== cycle.familyKey ? ` (${id.familyKey})` : ''}, but "${cycle.name}" uses version "${cycle.versionLabel}": issue the current tool to the agency again`,
    );

  const scope = db
    .selectFrom('cycle_agencies as ca')
    .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
    .select(['ca.id', 'ca.agency_id', 'ca.status', 'a.name', 'a.name_key'])
    .where('ca.cycle_id', '=', cycle.id);
  let hit = id.cycleAgencyId ? await scope.where('ca.id', '=', Number(id.cycleAgencyId) || 0).executeTakeFirst() : undefined;
  if (!hit && id.agencyId) hit = await scope.where('ca.agency_id', '=', Number(id.agencyId) || 0).executeTakeFirst();
  if (!hit && read.identitySource) {
    problem(`this return was issued to ${id.agencyName ?? `agency ${id.agencyId}`}, which is not in the scope of "${cycle.name}"`);
    return out;
  }
  if (!hit) {
    const written = read.agencyNameInFile;
    const matches = written ? (await scope.execute()).filter((r) => r.name_key === nameKey(written)) : [];
    if (matches.length !== 1) {
      problem(
        written
          ? `the file has no Audit Desk details (they may have been deleted) and the agency named in it, "${written}", is ${matches.length ? 'in this cycle more than once' : `not in the scope of "${cycle.name}"`}`
          : 'the file has no Audit Desk details and no agency name: it is not a self-assessment issued by Audit Desk, or those details were deleted',
      );
      return out;
    }
    hit = matches[0]!;
    out.notes.push(`${file} has no Audit Desk details (hidden sheet, document properties or Return details table), so it was matched to ${hit.name} by the agency name written in it.`);
  }
  return { ...out, cycleAgencyId: hit.id, agencyId: hit.agency_id, agencyName: hit.name, status: hit.status };
}

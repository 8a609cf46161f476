import { addDays, format, isValid, parse } from 'date-fns';
import type { ColumnMapping, ImportFieldSpec, ImportPreview, ImportPreviewRow, UploadedFile } from '../../../shared/domain/imports';
import type { Db } from '../db/schema';
import { loadTargets, type FrameworkTargets, type RawAnswer } from '../services/answers-write';
import { IDENTIFIERS, identifierPhrase } from '../services/agency-rows';
import { nameKey } from '../services/name-key';
import { levelByCodeOrLabel, loadScaleForFramework, ratingForValue, type LoadedScale } from '../services/rating-scale';
import { RowReader, countRows, resolveMapping, uploadBytes } from './import-kit';
import { readTable } from './tabular';
import { targetForRef } from './tool-read-common';

// Reading a past cycle's results (agency, standard or item, self and moderated rating, date) and checking
// every row against the register and the chosen framework before anything is written.

export const HISTORY_FIELDS: ImportFieldSpec[] = [
  { field: 'agency', label: 'Agency', required: true, aliases: ['Agency name', 'Organisation', 'Organization', 'Name', 'School', 'Setting', 'Provider', 'Identifier', 'URN', 'School URN', 'Ofsted URN', 'ODS code', 'Charity number'] },
  { field: 'target', label: 'Standard/Item', required: true, aliases: ['Standard', 'Item', 'Ref', 'Reference', 'Standard number', 'Item number', 'Number', 'Question'] },
  { field: 'self', label: 'Self rating', required: false, aliases: ['Self-rating', 'Self assessment', 'Self-assessment', 'Self assessment rating', 'Rating', 'Self'] },
  { field: 'moderated', label: 'Moderated rating', required: false, aliases: ['Moderated', 'Moderation', 'Moderation rating', 'Final rating', 'Validated rating'] },
  { field: 'date', label: 'Date', required: false, aliases: ['Return date', 'Date returned', 'Returned', 'Returned on', 'Submitted', 'Date submitted'] },
];
const LABELS = Object.fromEntries(HISTORY_FIELDS.map((f) => [f.field, f.label]));

export interface HistoryRowPlan {
  row: number;
  agencyId: number;
  agencyName: string;
  raw: RawAnswer;
  moderatedCode: string | null;
  moderatedScore: number | null;
  date: string | null;
}

/** dd/mm/yyyy (or with - or .), yyyy-mm-dd as Excel dates read, or an Excel serial day number. */
export function parseHistoryDate(text: string): string | null {
  const t = text.trim();
  if (/^\d{5}(\.\d+)?$/.test(t)) return format(addDays(new Date(1899, 11, 30), Math.floor(Number(t))), 'yyyy-MM-dd');
  for (const pattern of ['d/M/yyyy', 'd-M-yyyy', 'd.M.yyyy', 'yyyy-MM-dd']) {
    const d = parse(t, pattern, new Date(2000, 0, 1));
    if (isValid(d) && d.getFullYear() > 1990 && d.getFullYear() < 2200) return format(d, 'yyyy-MM-dd');
  }
  return null;
}

async function agencyLookup(db: Db) {
  const agencies = await db.selectFrom('agencies').selectAll().execute();
  const byId = new Map<string, { id: number; name: string; reason: string }>();
  const byName = new Map<string, Array<{ id: number; name: string }>>();
  for (const a of agencies) {
    for (const idf of IDENTIFIERS) {
      const v = a[idf.column];
      if (v) byId.set(v.toUpperCase(), { id: a.id, name: a.name, reason: identifierPhrase(idf, v) });
    }
    byName.set(a.name_key, [...(byName.get(a.name_key) ?? []), { id: a.id, name: a.name }]);
  }
  return (text: string): { id: number; name: string; reason: string } | string => {
    const hit = byId.get(text.trim().toUpperCase());
    if (hit) return hit;
    const named = byName.get(nameKey(text)) ?? [];
    if (named.length === 1) return { ...named[0]!, reason: 'name' };
    if (named.length > 1) return `"${text}" matches ${named.length} agencies in the register: use its school URN, Ofsted URN, ODS code or charity number`;
    return `"${text}" is not an agency in the register (by name, school URN, Ofsted URN, ODS code or charity number): add it to the register first`;
  };
}

const naWords = (scale: LoadedScale) => new Set([scale.naLabel.toLowerCase(), 'n/a', 'na', 'not applicable']);
const scaleChoices = (scale: LoadedScale) => scale.levels.map((l) => l.label).join(', ');

type Parsed = { kind: 'level'; code: string; score: number } | { kind: 'na' } | { kind: 'error'; message: string };

/** A rating cell → a level, N/A, or the reason it is not a rating. */
function ratingOf(scale: LoadedScale, text: string): Parsed {
  if (scale.kind === 'numeric' && /^-?\d+(\.\d+)?$/.test(text)) {
    const r = ratingForValue(scale, Number(text));
    return typeof r === 'string' ? { kind: 'error', message: r } : { kind: 'level', code: r.code, score: r.score };
  }
  const level = levelByCodeOrLabel(scale, text);
  if (level) return { kind: 'level', code: level.code, score: level.score };
  if (naWords(scale).has(text.trim().toLowerCase())) return { kind: 'na' };
  return { kind: 'error', message: `"${text}" is not a rating on this scale; use one of: ${scaleChoices(scale)}` };
}

export interface HistoryPlan {
  preview: ImportPreview;
  plans: HistoryRowPlan[];
  fw: FrameworkTargets;
  scale: LoadedScale;
}

export async function planHistoryImport(db: Db, file: UploadedFile, frameworkId: number, userMapping?: ColumnMapping): Promise<HistoryPlan> {
  const fw = await loadTargets(db, frameworkId);
  const scale = await loadScaleForFramework(db, frameworkId);
  const table = await readTable(file.fileName, uploadBytes(file));
  const { mapping, fileIssues } = resolveMapping(HISTORY_FIELDS, table.headers, userMapping);
  if (!mapping.self && !mapping.moderated) fileIssues.push('There is no rating column: add a column headed "Self rating" or "Moderated rating" (or both).');
  if (!table.rows.length) fileIssues.push('There are no rows of results under the headings.');
  const findAgency = await agencyLookup(db);
  const seen = new Map<string, number>();
  const rows: ImportPreviewRow[] = [];
  const plans: HistoryRowPlan[] = [];
  for (const tr of fileIssues.length ? [] : table.rows) {
    const r = new RowReader(tr, mapping, LABELS);
    const agency = r.has('agency') ? findAgency(r.get('agency')) : 'the agency is missing';
    if (typeof agency === 'string') r.issue('agency', agency);
    const t = r.has('target') ? targetForRef(fw, r.get('target')) : undefined;
    if (!r.has('target')) r.issue('target', 'the standard or item number is missing');
    else if (!t) r.issue('target', `"${r.get('target')}" is not a standard or item of this framework version`);
    else if (!t.ratable) r.issue('target', `${t.itemId === null ? 'standard' : 'item'} ${t.number} is not rated in this framework (${fw.ratingTarget} are)`);
    const self = r.has('self') ? ratingOf(scale, r.get('self')) : null;
    if (self?.kind === 'error') r.issue('self', self.message);
    if (self?.kind === 'na' && !scale.allowsNa) r.issue('self', `"${scale.naLabel}" is not allowed on this scale`);
    const moderated = r.has('moderated') ? ratingOf(scale, r.get('moderated')) : null;
    if (moderated?.kind === 'error') r.issue('moderated', moderated.message);
    if (moderated?.kind === 'na') r.issue('moderated', `a moderated rating cannot be "${scale.naLabel}"; use one of: ${scaleChoices(scale)}`);
    if (!r.has('self') && !r.has('moderated')) r.issue(mapping.self ? 'self' : 'moderated', 'the row has no rating');
    const date = r.has('date') ? parseHistoryDate(r.get('date')) : null;
    if (r.has('date') && !date) r.issue('date', `"${r.get('date')}" is not a date: write it as dd/mm/yyyy`);
    if (t && typeof agency !== 'string') {
      const key = `${agency.id}|${t.key}`;
      const earlier = seen.get(key);
      if (earlier) r.issue('target', `${agency.name} already has a result for ${t.number} in row ${earlier}`);
      else seen.set(key, tr.row);
    }
    const ok = !r.issues.length && t && typeof agency !== 'string';
    rows.push({ row: tr.row, status: ok ? 'new' : 'error', values: r.values(), matchId: typeof agency === 'string' ? null : agency.id, matchName: typeof agency === 'string' ? null : agency.name, matchReason: typeof agency === 'string' ? null : agency.reason, issues: r.issues });
    if (!ok) continue;
    const level = self?.kind === 'level' ? self : null;
    const mod = moderated?.kind === 'level' ? moderated : null;
    plans.push({
      row: tr.row,
      agencyId: agency.id,
      agencyName: agency.name,
      raw: { targetKey: t.key, rating: level ? level.code : null, value: scale.kind === 'numeric' && level ? level.score : null, notApplicable: self?.kind === 'na', naReason: self?.kind === 'na' ? `Recorded as not applicable in ${file.fileName}` : null },
      moderatedCode: mod?.code ?? null,
      moderatedScore: mod?.score ?? null,
      date,
    });
  }
  const preview: ImportPreview = { fileName: file.fileName, sheetName: table.sheetName, headers: table.headers, fields: HISTORY_FIELDS, mapping, rows, counts: countRows(rows), fileIssues };
  return { preview, plans, fw, scale };
}

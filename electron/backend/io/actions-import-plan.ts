import { actionInputSchema, type ActionFields } from '../../../shared/domain/action';
import type { ColumnMapping, ImportPreview, ImportPreviewRow, UploadedFile } from '../../../shared/domain/imports';
import type { Db } from '../db/schema';
import type { ActionUpdateParsed } from '../services/action-updates';
import { actionReference, parseActionReference } from '../services/actions-read';
import { nameKey } from '../services/name-key';
import { ActionCells } from './actions-import-cells';
import { isProblem, loadImportLookups, type AgencyRef, type ExistingAction, type GroupRef, type ImportLookups } from './actions-import-lookups';
import { firstUpdate, updateForRow } from './actions-import-update';
import { readActionsTable, type ActionsTable } from './actions-xlsx-read';
import { ACTION_FIELD_LABELS, ACTION_IMPORT_FIELDS } from './actions-xlsx-layout';
import { RowReader, countRows, resolveMapping, uploadBytes } from './import-kit';
import { targetForRef } from './tool-read-common';

// An action plan, row by row, checked against the register and the tracker without writing anything:
// a row with a Reference (or an agency's own plan matching an action by its description) adds a progress
// update; any other row is a new action. Documented in docs/formats.md ("Actions workbook").

export const MAX_ACTION_ROWS = 5000;

export interface ActionRowPlan {
  preview: ImportPreviewRow;
  /** A new action to make (and its first update, if the row reports one). */
  create: ActionFields | null;
  /** The action an update row is about. */
  actionId: number | null;
  update: ActionUpdateParsed | null;
}

export interface ActionImportOptions {
  mapping?: ColumnMapping;
  /** The agency whose plan this is: new rows are its actions, and rows about other agencies are refused. */
  agencyId?: number;
  /** The cycle new actions belong to; standard numbers are matched in its framework. */
  cycleId?: number;
  today: string;
}

const short = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

interface RowContext {
  look: ImportLookups;
  fileName: string;
  table: ActionsTable;
  /** Key → first row, to spot the same action or update twice in one file. */
  seen: Map<string, number>;
}

/**
 * The agency (or group) a row is for. On a row with a Reference these cells are only a record of the export
 * (the agency may have been renamed since), so they count only when they name someone else.
 */
function resolveOwner(c: ActionCells, look: ImportLookups, strict: boolean): { agency: AgencyRef | null; group: GroupRef | null } {
  let agency = look.fixedAgency;
  let group: GroupRef | null = null;
  if (c.has('agency')) {
    const found = look.findAgency(c.text('agency'));
    if (isProblem(found)) {
      if (strict) c.issue('agency', found.problem);
    } else if (agency && found.id !== agency.id) c.issue('agency', `this plan is being imported for ${agency.name}, but the row names ${found.name}`);
    else agency = found;
  }
  if (c.has('group')) {
    const found = look.findGroup(c.text('group'));
    if (!isProblem(found)) group = found;
    else if (strict) c.issue('group', found.problem);
  }
  return { agency, group };
}

async function newAction(c: ActionCells, x: RowContext, agency: AgencyRef | null, group: GroupRef | null): Promise<ActionFields | null> {
  const { look } = x;
  // An agency or group named but not found is already on the row; this is for neither being given.
  if (!agency && !group && !c.has('agency') && !c.has('group')) c.issue(c.r.mapping.agency || !c.r.mapping.group ? 'agency' : 'group', 'give the Agency (or, for a partnership action, the Group that owns it)');
  if (agency && !agency.active) c.issue('agency', `${agency.name} is no longer active in the register`);
  if (!agency && group && !group.active) c.issue('group', `${group.name} is no longer in use`);
  let cycle = look.fixedCycle;
  if (c.has('cycle')) {
    const found = look.findCycle(c.text('cycle'));
    if (isProblem(found)) c.issue('cycle', found.problem);
    else if (cycle && found.id !== cycle.id) c.issue('cycle', `this plan is being imported for ${cycle.name}, but the row names ${found.name}`);
    else cycle = found;
  }
  let targetKey: string | null = null;
  if (c.has('standard')) {
    const ref = c.text('standard');
    if (!cycle) c.issue('standard', 'a standard is matched within an audit cycle: fill in the Cycle column, or choose the cycle when importing');
    else {
      const t = targetForRef(await look.targets(cycle), ref);
      if (t) targetKey = t.key;
      else c.issue('standard', `"${ref}" is not a standard or item of the framework of ${cycle.name}`);
    }
  }
  const owner = c.has('owner') ? look.findOwner(c.text('owner'), agency?.id ?? null) : null;
  const dueDate = c.date('dueDate');
  if (!c.has('dueDate')) c.issue('dueDate', 'a new action needs a due date (dd/mm/yyyy)');
  if (c.has('newDueDate')) c.issue('newDueDate', 'a new action has no due date to move yet: put its date in Due date');
  const priority = c.priority('priority') ?? 'medium';
  const parsed = actionInputSchema.safeParse({
    kind: agency ? 'agency' : 'partnership',
    agencyId: agency?.id ?? null,
    groupId: group?.id ?? null,
    cycleId: cycle?.id ?? null,
    targetKey,
    theme: null,
    description: c.text('description'),
    ownerContactId: owner && 'contactId' in owner ? owner.contactId : null,
    ownerName: owner && 'name' in owner ? owner.name : null,
    dueDate: dueDate ?? '',
    priority,
    source: 'import',
    sourceRef: `${x.fileName} row ${c.r.row.row}`.slice(0, 100),
  });
  if (!parsed.success) {
    // Agency, group and due date problems are already on the row in the user's words.
    for (const i of parsed.error.issues) if (!['agencyId', 'groupId', 'dueDate'].includes(String(i.path[0]))) c.issue(String(i.path[0] ?? 'description'), i.message);
    return null;
  }
  return parsed.data;
}

async function planRow(r: RowReader, x: RowContext): Promise<ActionRowPlan> {
  const { look } = x;
  const c = new ActionCells(r, x.table.cellErrors.get(r.row.row));
  const { agency, group } = resolveOwner(c, look, !c.has('reference'));
  const via = (name: string | null) => (name ? `${name}, via ${x.fileName}`.slice(0, 200) : null);
  let action: ExistingAction | undefined;
  let reason = 'reference';
  if (c.has('reference')) {
    const id = parseActionReference(c.text('reference'));
    action = id ? look.action(id) : undefined;
    if (!id) c.issue('reference', `"${c.text('reference')}" is not an action reference such as A-0042`);
    else if (!action) c.issue('reference', `${actionReference(id)} is not an action in Audit Desk`);
    else if (agency && action.agencyId !== agency.id)
      c.issue('reference', `${action.reference} is an action of ${look.agencyName(action.agencyId) ?? look.groupName(action.groupId) ?? 'another owner'}, not of ${agency.name}`);
  } else if (!c.has('description')) {
    c.issue(r.mapping.description ? 'description' : 'reference', 'a row needs a Reference (an action already in Audit Desk) or a Description (a new action)');
  } else if (!c.hasIssues && (agency || group)) {
    // An agency's own plan imported again: its actions are recognised by their description.
    const owned = await look.actionsOf(agency ? { agencyId: agency.id } : { groupId: group!.id });
    const same = owned.filter((a) => nameKey(a.description) === nameKey(c.text('description')));
    if (same.length > 1) c.issue('description', `matches ${same.length} actions (${same.map((a) => a.reference).join(', ')}); add a Reference column to say which`);
    [action, reason] = [same.length === 1 ? same[0] : undefined, `${agency ? 'agency' : 'group'} and description`];
  }

  let plan: Omit<ActionRowPlan, 'preview'> = { create: null, actionId: null, update: null };
  let key: string | null = null;
  if (action) {
    const update = updateForRow(c, action, { today: look.today, inPlace: reason !== 'reference', reportedBy: via(look.agencyName(action.agencyId)) });
    plan = { create: null, actionId: action.id, update };
    key = update ? `update:${action.id}:${JSON.stringify(update)}` : null;
  } else if (!c.has('reference') && c.has('description')) {
    const create = await newAction(c, x, agency, group);
    plan = { create, actionId: null, update: firstUpdate(c, look.today, via(agency?.name ?? null)) };
    key = create ? `new:${create.agencyId ?? `g${create.groupId}`}:${nameKey(create.description)}` : null;
  }

  const row = r.row.row;
  const preview: ImportPreviewRow = {
    row,
    status: c.hasIssues ? 'error' : plan.create ? 'new' : 'update',
    values: r.values(),
    matchId: action?.id ?? null,
    matchName: action ? `${action.reference}: ${short(action.description)}` : null,
    matchReason: action ? (plan.update ? reason : `${reason}; unchanged: nothing new to record`) : null,
    issues: r.issues,
  };
  if (preview.status === 'error') return { preview, create: null, actionId: null, update: null };
  const earlier = key ? x.seen.get(key) : undefined;
  if (earlier) {
    preview.status = 'duplicate_in_file';
    preview.matchReason = `the same as row ${earlier}; this row will be skipped`;
    preview.issues = [{ row, column: r.column(plan.create ? 'description' : 'reference'), message: `the same as row ${earlier}; this row will be skipped` }];
    return { preview, create: null, actionId: null, update: null };
  }
  if (key) x.seen.set(key, row);
  return { preview, ...plan };
}

/** Reads, maps, checks and matches every row; writes nothing. */
export async function planActionImport(db: Db, file: UploadedFile, o: ActionImportOptions): Promise<{ preview: ImportPreview; plans: ActionRowPlan[] }> {
  const table = await readActionsTable(file.fileName, uploadBytes(file));
  const { mapping, fileIssues } = resolveMapping(ACTION_IMPORT_FIELDS, table.headers, o.mapping);
  if (!mapping.reference && !mapping.description)
    fileIssues.push('There is no Reference or Description column: keep the Reference column of a workbook from Audit Desk, or head the column of actions "Description".');
  if (!table.rows.length) fileIssues.push('The file has column headings but no rows under them.');
  if (table.rows.length > MAX_ACTION_ROWS) fileIssues.push(`The file has ${table.rows.length} rows; an action plan can have at most ${MAX_ACTION_ROWS}. Split it into smaller files.`);
  const refs = mapping.reference ? table.rows.map((r) => parseActionReference(r.cells[mapping.reference!] ?? '')).filter((n): n is number => n !== null) : [];
  const look = await loadImportLookups(db, o.today, refs, o.agencyId, o.cycleId);
  const x: RowContext = { look, fileName: file.fileName, table, seen: new Map() };
  const plans: ActionRowPlan[] = [];
  for (const row of fileIssues.length ? [] : table.rows) plans.push(await planRow(new RowReader(row, mapping, ACTION_FIELD_LABELS), x));
  const rows = plans.map((p) => p.preview);
  return {
    preview: { fileName: file.fileName, sheetName: table.sheetName, headers: table.headers, fields: [...ACTION_IMPORT_FIELDS], mapping, rows, counts: countRows(rows), fileIssues },
    plans,
  };
}

import type { Db } from '../db/schema';
import { notFound } from '../errors';
import { IDENTIFIERS } from '../services/agency-rows';
import { actionReference } from '../services/actions-read';
import { loadTargets, type FrameworkTargets } from '../services/answers-write';
import { chunks } from '../services/cycle-scope';
import { nameKey } from '../services/name-key';

// What matching an action plan needs, read once per file: agencies, groups, cycles, contacts, and the
// actions the file refers to. A 2,000-row plan costs a handful of queries, not thousands.

export interface AgencyRef {
  id: number;
  name: string;
  active: boolean;
}
export interface GroupRef {
  id: number;
  name: string;
  active: boolean;
}
export interface CycleRef {
  id: number;
  name: string;
  frameworkId: number;
}
/** An action as the importer checks it against: the fields an update depends on. */
export interface ExistingAction {
  id: number;
  reference: string;
  kind: string;
  agencyId: number | null;
  groupId: number | null;
  description: string;
  status: string;
  dueDate: string;
  createdOn: string;
  lastUpdateOn: string | null;
  lastUpdateText: string | null;
  lastRag: string | null;
}
export type Found<T> = T | { problem: string };
export const isProblem = <T>(f: Found<T>): f is { problem: string } => typeof f === 'object' && f !== null && 'problem' in f;

const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[a-z]{2,}/i;

function actionQuery(db: Db) {
  return db
    .selectFrom('actions')
    .select(['id', 'kind', 'agency_id', 'group_id', 'description', 'status', 'due_date', 'created_on', 'last_update_on', 'last_update_text', 'last_rag']);
}
type ActionRecord = Awaited<ReturnType<ReturnType<typeof actionQuery>['execute']>>[number];
const toExisting = (a: ActionRecord): ExistingAction => ({
  id: a.id,
  reference: actionReference(a.id),
  kind: a.kind,
  agencyId: a.agency_id,
  groupId: a.group_id,
  description: a.description,
  status: a.status,
  dueDate: a.due_date,
  createdOn: a.created_on,
  lastUpdateOn: a.last_update_on,
  lastUpdateText: a.last_update_text,
  lastRag: a.last_rag,
});

export async function loadImportLookups(db: Db, today: string, referencedIds: number[], agencyId?: number, cycleId?: number) {
  const agencies = await db.selectFrom('agencies').select(['id', 'name', 'name_key', 'active', ...IDENTIFIERS.map((i) => i.column)]).execute();
  const groups = await db.selectFrom('action_groups').select(['id', 'name', 'active']).execute();
  const cycles = await db.selectFrom('cycles').select(['id', 'name', 'framework_id']).execute();
  const contacts = await db.selectFrom('contacts').select(['id', 'full_name', 'email', 'active']).execute();
  const links = await db.selectFrom('agency_contacts').select(['agency_id', 'contact_id']).execute();
  const actions = new Map<number, ExistingAction>();
  for (const part of chunks([...new Set(referencedIds)]))
    for (const a of await actionQuery(db).where('id', 'in', part).execute()) actions.set(a.id, toExisting(a));

  const agencyOf = (a: (typeof agencies)[number]): AgencyRef => ({ id: a.id, name: a.name, active: a.active === 1 });
  const byIdentifier = new Map<string, AgencyRef>();
  const byName = new Map<string, AgencyRef[]>();
  for (const a of agencies) {
    for (const i of IDENTIFIERS) if (a[i.column]) byIdentifier.set(a[i.column]!.toUpperCase(), agencyOf(a));
    byName.set(a.name_key, [...(byName.get(a.name_key) ?? []), agencyOf(a)]);
  }
  const fixedAgency = agencyId ? agencies.find((a) => a.id === agencyId) : undefined;
  if (agencyId && !fixedAgency) throw notFound('Agency', agencyId);
  const fixedCycle = cycleId ? cycles.find((c) => c.id === cycleId) : undefined;
  if (cycleId && !fixedCycle) throw notFound('Cycle', cycleId);
  const cycleOf = (c: (typeof cycles)[number]): CycleRef => ({ id: c.id, name: c.name, frameworkId: c.framework_id });
  const linked = new Map<number, Set<number>>();
  for (const l of links) linked.set(l.agency_id, (linked.get(l.agency_id) ?? new Set()).add(l.contact_id));
  const contactsByEmail = new Map(contacts.filter((c) => c.email).map((c) => [c.email!.toLowerCase(), c]));
  const targetCache = new Map<number, Promise<FrameworkTargets>>();
  const ownedCache = new Map<string, Promise<ExistingAction[]>>();

  return {
    today,
    fixedAgency: fixedAgency ? agencyOf(fixedAgency) : null,
    fixedCycle: fixedCycle ? cycleOf(fixedCycle) : null,
    action: (id: number): ExistingAction | undefined => actions.get(id),
    agencyName: (id: number | null): string | null => agencies.find((a) => a.id === id)?.name ?? null,
    groupName: (id: number | null): string | null => groups.find((g) => g.id === id)?.name ?? null,

    /** By school URN, Ofsted URN, ODS code or charity number, else by name (case and punctuation ignored). */
    findAgency(text: string): Found<AgencyRef> {
      const hit = byIdentifier.get(text.trim().toUpperCase());
      if (hit) return hit;
      let named = byName.get(nameKey(text)) ?? [];
      if (named.length > 1 && named.some((a) => a.active)) named = named.filter((a) => a.active);
      if (named.length === 1) return named[0]!;
      if (named.length > 1) return { problem: `"${text}" matches ${named.length} agencies in the register: use its URN, ODS code or charity number` };
      return { problem: `"${text}" is not an agency in the register` };
    },
    findGroup(text: string): Found<GroupRef> {
      const g = groups.find((x) => nameKey(x.name) === nameKey(text));
      if (g) return { id: g.id, name: g.name, active: g.active === 1 };
      return { problem: `"${text}" is not an action group; the groups are ${groups.filter((x) => x.active === 1).map((x) => x.name).join(', ')}` };
    },
    findCycle(text: string): Found<CycleRef> {
      const found = cycles.filter((c) => nameKey(c.name) === nameKey(text));
      if (found.length === 1) return cycleOf(found[0]!);
      return { problem: found.length ? `"${text}" names ${found.length} cycles; choose the cycle when importing` : `"${text}" is not an audit cycle` };
    },
    targets(cycle: CycleRef): Promise<FrameworkTargets> {
      if (!targetCache.has(cycle.frameworkId)) targetCache.set(cycle.frameworkId, loadTargets(db, cycle.frameworkId));
      return targetCache.get(cycle.frameworkId)!;
    },
    /** Every action of an agency (or a group's partnership actions), to recognise a plan imported again. */
    actionsOf(owner: { agencyId: number } | { groupId: number }): Promise<ExistingAction[]> {
      const key = 'agencyId' in owner ? `a:${owner.agencyId}` : `g:${owner.groupId}`;
      if (!ownedCache.has(key)) {
        const q = 'agencyId' in owner ? actionQuery(db).where('agency_id', '=', owner.agencyId) : actionQuery(db).where('group_id', '=', owner.groupId).where('kind', '=', 'partnership');
        ownedCache.set(key, q.orderBy('id').execute().then((rows) => rows.map(toExisting)));
      }
      return ownedCache.get(key)!;
    },
    /**
     * An owner cell as a contact: by the email in it, else by name among the agency's contacts (any active
     * contact for a partnership action). Anything else stays as the free-text owner.
     */
    findOwner(text: string, agencyId: number | null): { contactId: number } | { name: string } {
      const email = EMAIL.exec(text)?.[0].toLowerCase();
      const byEmail = email ? contactsByEmail.get(email) : undefined;
      if (byEmail) return { contactId: byEmail.id };
      const key = nameKey(text.replace(/\([^)]*\)|<[^>]*>/g, ''));
      const mine = agencyId ? (linked.get(agencyId) ?? new Set<number>()) : null;
      const pool = mine ? contacts.filter((c) => mine.has(c.id)) : contacts.filter((c) => c.active === 1);
      const named = pool.filter((c) => nameKey(c.full_name) === key);
      return named.length === 1 ? { contactId: named[0]!.id } : { name: text.trim() };
    },
  };
}
export type ImportLookups = Awaited<ReturnType<typeof loadImportLookups>>;

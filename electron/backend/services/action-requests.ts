import { addDaysIso } from '../../../shared/domain/dates';
import type { ActionRequestDraft, ActionRow } from '../../../shared/domain/action';
import type { GeneratedFile } from '../../../shared/domain/settings';
import type { ServiceContext } from '../context';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { invalid } from '../errors';
import { buildActionsWorkbook } from '../io/actions-xlsx-write';
import { buildEml, emlFiles, mailtoLink, writeEmls } from '../io/eml';
import { uniqueFileNames, windowsFileName } from '../io/windows-file-name';
import { agencyLeads } from './agency-leads';
import { REPLY_WITHIN_DAYS, requestText } from './action-request-template';
import { listActions } from './actions-read';
import { recordChange } from './history';
import { getSettings } from './settings';
import { todayOf } from './write-context';

// Asking agencies for progress on actions due or overdue: drafts to review, then .eml drafts (with the
// agency's workbook attached) or mailto links, each recorded against the agency. Like the returns chasers.

type RequestCtx = Pick<ServiceContext, 'now' | 'userName'>;

interface Prepared extends ActionRequestDraft {
  lead: string;
  actions: ActionRow[];
}

async function prepare(db: Db, today: string, withinDays: number, agencyIds: number[] | undefined, method: 'eml' | 'mailto') {
  const settings = await getSettings(db);
  const bu = settings.businessUnitContactId
    ? await db.selectFrom('contacts').select(['full_name', 'job_title', 'email', 'active']).where('id', '=', settings.businessUnitContactId).executeTakeFirst()
    : undefined;
  const sender = bu && bu.active === 1 ? { signature: bu.job_title ? `${bu.full_name}, ${bu.job_title}` : bu.full_name, from: bu.email ? { name: bu.full_name, address: bu.email } : null } : { signature: `${settings.partnershipName} business unit`, from: null };
  const dueBy = addDaysIso(today, withinDays);
  const open = await listActions(db, { bucket: 'open', kind: 'agency' }, today);
  const wanted = agencyIds ? new Set(agencyIds) : null;
  const byAgency = new Map<number, { name: string; due: ActionRow[]; open: ActionRow[] }>();
  for (const r of open) {
    if (r.agencyId === null || (wanted && !wanted.has(r.agencyId))) continue;
    const entry = byAgency.get(r.agencyId) ?? { name: r.agencyName ?? '', due: [], open: [] };
    entry.open.push(r);
    if (r.overdue || r.dueDate <= dueBy) entry.due.push(r);
    byAgency.set(r.agencyId, entry);
  }
  const ids = [...byAgency.entries()].filter(([, e]) => e.due.length).map(([id]) => id);
  const people = await agencyLeads(db, ids);
  const requested = ids.length
    ? await db.selectFrom('action_requests').select(['agency_id', (eb) => eb.fn.max('sent_at').as('last')]).where('agency_id', 'in', ids).groupBy('agency_id').execute()
    : [];
  const drafts: Prepared[] = ids.map((agencyId) => {
    const { name, due } = byAgency.get(agencyId)!;
    const mine = people.filter((p) => p.agency_id === agencyId);
    const leads = mine.filter((p) => p.role === 'safeguarding_lead');
    const lead = leads.find((p) => p.email) ?? leads[0];
    const to = lead?.email ? [lead.email] : [];
    const cc = [...new Set(mine.filter((p) => p.role === 'deputy_lead' && p.email).map((p) => p.email!))].filter((e) => !to.includes(e));
    const text = requestText({ agency: name, lead: lead?.full_name ?? 'colleague', partnership: settings.partnershipName, sender: sender.signature, dueBy, replyBy: addDaysIso(today, REPLY_WITHIN_DAYS), actions: due, method });
    const problem = !lead
      ? `${name} has no safeguarding lead in the register; add one with an email address.`
      : !lead.email
        ? `${lead.full_name}, the safeguarding lead of ${name}, has no email address in the register.`
        : null;
    const lastRequestedAt = (requested.find((q) => q.agency_id === agencyId)?.last as string | undefined) ?? null;
    return { agencyId, agencyName: name, to, cc, ...text, actionIds: due.map((r) => r.id), problem, lastRequestedAt, lead: lead?.full_name ?? '', actions: due };
  });
  drafts.sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'en-GB') || a.agencyId - b.agencyId);
  return { settings, sender, drafts, openOf: (id: number) => byAgency.get(id)?.open ?? [] };
}

/** Agencies with actions overdue or due within `withinDays`, and the request each would get. */
export async function actionRequestDrafts(db: Db, today: string, withinDays: number, agencyIds?: number[]): Promise<ActionRequestDraft[]> {
  return (await prepare(db, today, withinDays, agencyIds, 'eml')).drafts.map(({ lead: _lead, actions: _actions, ...d }) => d);
}

export interface RequestResult {
  files: GeneratedFile[];
  paths: string[];
  recorded: number;
  links: string[];
  skipped: Array<{ agencyId: number; agencyName: string; problem: string }>;
}

export async function createActionRequests(db: Db, ctx: RequestCtx, agencyIds: number[], withinDays: number, method: 'eml' | 'mailto', folder?: string): Promise<RequestResult> {
  const today = todayOf(ctx);
  const { settings, sender, drafts, openOf } = await prepare(db, today, withinDays, agencyIds, method);
  const skipped = agencyIds
    .filter((id) => !drafts.some((d) => d.agencyId === id))
    .map((agencyId) => ({ agencyId, agencyName: '', problem: `has no open actions overdue or due within ${withinDays} days` }));
  for (const s of skipped) {
    const a = await db.selectFrom('agencies').select('name').where('id', '=', s.agencyId).executeTakeFirst();
    s.agencyName = a?.name ?? `Agency ${s.agencyId}`;
    s.problem = a ? `${a.name} ${s.problem}.` : `No agency has the id ${s.agencyId}.`;
  }
  skipped.push(...drafts.filter((d) => d.problem).map((d) => ({ agencyId: d.agencyId, agencyName: d.agencyName, problem: d.problem! })));
  const ready = drafts.filter((d) => !d.problem);
  if (!ready.length) throw invalid('No request could be made: no agency chosen has actions due with a safeguarding lead who has an email address.', skipped.map((s) => ({ field: 'agencyIds', message: s.problem })));

  const now = ctx.now();
  const names = uniqueFileNames(ready.map((d) => windowsFileName(`${d.agencyName} - action update request`, '.eml')));
  const emls: Buffer[] = [];
  if (method === 'eml')
    for (const d of ready) {
      const workbook = await buildActionsWorkbook(openOf(d.agencyId), { title: `${d.agencyName}: action plan`, partnershipName: settings.partnershipName, today, author: ctx.userName });
      const attachments = [{ filename: windowsFileName(`${d.agencyName} - action plan ${today}`, '.xlsx'), content: workbook }];
      emls.push(await buildEml({ from: sender.from, to: d.to, cc: d.cc, subject: d.subject, text: d.body, date: now, attachments }));
    }
  const paths: string[] = [];
  await inTransaction(db, async (trx) => {
    for (const d of ready) {
      await trx
        .insertInto('action_requests')
        .values({ agency_id: d.agencyId, sent_at: now.toISOString(), method, to_addresses: d.to.join('; '), cc_addresses: d.cc.join('; '), subject: d.subject.slice(0, 300), action_count: d.actionIds.length, created_by: ctx.userName })
        .execute();
      await recordChange(trx, ctx, {
        entityType: 'agency',
        entityId: d.agencyId,
        action: 'create',
        summary: `Request for updates on ${d.actionIds.length} action${d.actionIds.length === 1 ? '' : 's'} to ${d.agencyName} (${method === 'eml' ? '.eml draft' : 'mailto link'}) to ${d.to.join('; ')}`,
        after: { to: d.to.join('; '), cc: d.cc.join('; '), subject: d.subject, actions: d.actions.map((a) => a.reference).join(', ') },
      });
    }
    // Files before the commit: a file open elsewhere rolls the record back, so nothing is half done.
    if (folder && method === 'eml')
      paths.push(...(await writeEmls(folder, names, emls)));
  });
  const files = method === 'eml' && !folder ? emlFiles(names, emls) : [];
  return { files, paths, recorded: ready.length, links: method === 'mailto' ? ready.map((d) => mailtoLink(d.to, d.cc, d.subject, d.body)) : [], skipped };
}

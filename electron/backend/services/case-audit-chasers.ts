import { SEND_BACK_REASON_LABELS, type CaseAuditChaserDraft, type CaseReturnRow } from '../../../shared/domain/case-audit';
import type { GeneratedFile } from '../../../shared/domain/settings';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflict, invalid, notFound } from '../errors';
import { buildEml, emlFiles, mailtoLink, writeEmls } from '../io/eml';
import { uniqueFileNames, windowsFileName } from '../io/windows-file-name';
import { formatLongDate } from '../reports/kit/dates';
import { agencyLeads } from './agency-leads';
import { listCaseReturns } from './case-audit-return-rows';
import { chunks } from './cycle-scope';
import { recordChange } from './history';
import { getSettings } from './settings';
import { todayOf, type WriteCtx } from './write-context';

// Chasing case-audit returns: one e-mail per agency listing its outstanding cases (late, or sent back with what is
// missing), as .eml drafts for Outlook or mailto links, each recorded against the returns it chases.

/** The returns chosen, or by default every overdue return of the audit. */
async function chosen(db: Db, auditId: number, returnIds: number[] | undefined, today: string): Promise<{ title: string; rows: CaseReturnRow[] }> {
  const a = await db.selectFrom('case_audits').select('title').where('id', '=', auditId).executeTakeFirst();
  if (!a) throw notFound('Case-file audit', auditId);
  const rows = await listCaseReturns(db, { auditId, ...(returnIds ? { returnIds } : {}) }, today);
  const missing = (returnIds ?? []).filter((id) => !rows.some((r) => r.id === id));
  if (missing.length) throw invalid(`Return ${missing.join(', ')} is not part of ${a.title}.`, missing.map((id) => ({ field: 'returnIds', message: `${id} is not in this audit` })));
  return { title: a.title, rows: returnIds ? rows.filter((r) => r.status === 'issued' || r.status === 'sent_back') : rows.filter((r) => r.overdue) };
}

export async function caseChaserDrafts(db: Db, today: string, auditId: number, returnIds?: number[]): Promise<CaseAuditChaserDraft[]> {
  const { title, rows } = await chosen(db, auditId, returnIds, today);
  const settings = await getSettings(db);
  const agencyIds = [...new Set(rows.map((r) => r.agencyId))];
  const people = await agencyLeads(db, agencyIds);
  return agencyIds.map((agencyId) => {
    const mine = rows.filter((r) => r.agencyId === agencyId);
    const agencyName = mine[0]!.agencyName;
    const leads = people.filter((p) => p.agency_id === agencyId && p.role === 'safeguarding_lead');
    const lead = leads.find((p) => p.email) ?? leads[0];
    const to = lead?.email ? [lead.email] : [];
    const cc = [...new Set(people.filter((p) => p.agency_id === agencyId && p.role === 'deputy_lead' && p.email).map((p) => p.email!))].filter((e) => !to.includes(e));
    const lines = mine.map((r) => {
      const due = r.dueDate ? `due ${formatLongDate(r.dueDate)}${r.overdue ? `, ${r.daysOverdue} day${r.daysOverdue === 1 ? '' : 's'} overdue` : ''}` : 'no due date set';
      const back = r.status === 'sent_back' && r.sendBackReason ? ` (sent back as ${SEND_BACK_REASON_LABELS[r.sendBackReason].toLowerCase()}${r.sendBackNote ? `: ${r.sendBackNote}` : ''})` : '';
      return `- Case ${r.caseReference}: ${due}${back}`;
    });
    const subject = `${title}: case-file audit ${mine.length === 1 ? 'return' : 'returns'} outstanding`;
    const body = [
      `Dear ${lead?.full_name ?? 'colleague'},`,
      '',
      `We have not yet received ${agencyName}'s completed audit ${mine.length === 1 ? 'return' : 'returns'} for the multi-agency case-file audit "${title}":`,
      '',
      ...lines,
      '',
      'Please complete the audit tool you were sent for each case and return it to the business unit as soon as you can. If you have found a concern about immediate risk to a child or unsafe practice, please escalate it straight away and tell us.',
      '',
      'Thank you,',
      `${settings.partnershipName} business unit`,
    ].join('\n');
    const problem = !lead
      ? `${agencyName} has no safeguarding lead in the register; add one with an email address.`
      : !lead.email
        ? `${lead.full_name}, the safeguarding lead of ${agencyName}, has no email address in the register.`
        : null;
    return { agencyId, agencyName, to, cc, subject, body, returnIds: mine.map((r) => r.id), problem, mailto: problem ? null : mailtoLink(to, cc, subject, body) };
  });
}

export async function createCaseChasers(
  db: Db,
  ctx: WriteCtx,
  auditId: number,
  opts: { returnIds?: number[]; method: 'eml' | 'mailto'; folder?: string },
): Promise<{ files: GeneratedFile[]; paths: string[]; recorded: number; links: string[]; skipped: Array<{ agencyId: number; agencyName: string; problem: string }> }> {
  const today = todayOf(ctx);
  const drafts = await caseChaserDrafts(db, today, auditId, opts.returnIds);
  if (!drafts.length) throw conflict('No return needs chasing: none of those chosen is issued or sent back and overdue.', [{ field: 'returnIds', message: 'nothing to chase' }]);
  const ready = drafts.filter((d) => !d.problem);
  const skipped = drafts.filter((d) => d.problem).map((d) => ({ agencyId: d.agencyId, agencyName: d.agencyName, problem: d.problem! }));
  if (!ready.length) throw invalid('No reminder could be made: no agency chosen has a safeguarding lead with an email address.', skipped.map((s) => ({ field: 'returnIds', message: s.problem })));
  const now = ctx.now();
  const settings = await getSettings(db);
  const bu = settings.businessUnitContactId ? await db.selectFrom('contacts').select(['full_name', 'email']).where('id', '=', settings.businessUnitContactId).executeTakeFirst() : undefined;
  const from = bu?.email ? { name: bu.full_name, address: bu.email } : null;
  const names = uniqueFileNames(ready.map((d) => windowsFileName(`${d.agencyName} - case audit reminder`, '.eml')));
  const emls = opts.method === 'eml' ? await Promise.all(ready.map((d) => buildEml({ from, to: d.to, cc: d.cc, subject: d.subject, text: d.body, date: now }))) : [];
  const paths: string[] = [];
  let recorded = 0;
  await inTransaction(db, async (trx) => {
    for (const d of ready) {
      for (const part of chunks(d.returnIds)) {
        await trx
          .insertInto('case_audit_chasers')
          .values(part.map((return_id) => ({ return_id, sent_at: now.toISOString(), method: opts.method, to_addresses: d.to.join('; '), cc_addresses: d.cc.join('; '), subject: d.subject.slice(0, 300), created_by: ctx.userName })))
          .execute();
        await trx.updateTable('case_audit_returns').set({ last_chased_on: today }).where('id', 'in', part).execute();
      }
      recorded += d.returnIds.length;
      await recordChange(trx, ctx, {
        entityType: 'case_audit',
        entityId: auditId,
        action: 'create',
        summary: `Reminder to ${d.agencyName} about ${d.returnIds.length} case ${d.returnIds.length === 1 ? 'return' : 'returns'} (${opts.method === 'eml' ? '.eml draft' : 'mailto link'})`,
        before: null,
        after: { to: d.to.join('; '), cc: d.cc.join('; '), subject: d.subject, returns: d.returnIds.join(', ') },
      });
    }
    // Written before the commit: a file open elsewhere rolls the record back, so nothing is half done.
    if (opts.folder && opts.method === 'eml')
      paths.push(...(await writeEmls(opts.folder, names, emls)));
  });
  const files = opts.method === 'eml' && !opts.folder ? emlFiles(names, emls) : [];
  return { files, paths, recorded, links: opts.method === 'mailto' ? ready.map((d) => d.mailto!) : [], skipped };
}

import type { ChaserDraft } from '../../../shared/domain/cycle';
import type { Db } from '../db/schema';
import { invalid, notFound } from '../errors';
import { mailtoLink } from '../io/eml';
import { formatLongDate } from '../reports/kit/dates';
import { agencyLeads, type AgencyLeadRow } from './agency-leads';
import { fillTemplate } from './chaser-template';
import { chunks } from './cycle-scope';
import { returnBy } from './return-rules';
import { getSettings } from './settings';

// Reminder e-mails filled from the cycle's template, addressed from the register's contacts.

export interface Sender {
  /** "Pat Officer, Partnership Business Manager" as {sender} in the template. */
  signature: string;
  from: { name: string; address: string } | null;
}

export interface DraftSet {
  cycleName: string;
  sender: Sender;
  drafts: ChaserDraft[];
}

async function senderFor(db: Db, contactId: number | null, partnership: string): Promise<Sender> {
  const c = contactId ? await db.selectFrom('contacts').select(['full_name', 'job_title', 'email', 'active']).where('id', '=', contactId).executeTakeFirst() : undefined;
  if (!c || c.active !== 1) return { signature: `${partnership} business unit`, from: null };
  return {
    signature: c.job_title ? `${c.full_name}, ${c.job_title}` : c.full_name,
    from: c.email ? { name: c.full_name, address: c.email } : null,
  };
}

export async function buildDrafts(db: Db, cycleId: number, cycleAgencyIds: number[]): Promise<DraftSet> {
  const cycle = await db.selectFrom('cycles').selectAll().where('id', '=', cycleId).executeTakeFirst();
  if (!cycle) throw notFound('Cycle', cycleId);
  const settings = await getSettings(db);
  const sender = await senderFor(db, settings.businessUnitContactId, settings.partnershipName);
  const ids = [...new Set(cycleAgencyIds)];
  const rows: Array<{ id: number; agency_id: number; name: string; name_key: string }> = [];
  const people: AgencyLeadRow[] = [];
  for (const part of chunks(ids)) {
    const found = await db
      .selectFrom('cycle_agencies as ca')
      .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
      .select(['ca.id', 'ca.agency_id', 'a.name', 'a.name_key'])
      .where('ca.cycle_id', '=', cycleId)
      .where('ca.id', 'in', part)
      .execute();
    rows.push(...found);
    if (!found.length) continue;
    people.push(...(await agencyLeads(db, found.map((f) => f.agency_id))));
  }
  const missing = ids.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length)
    throw invalid(`Return ${missing.join(', ')} is not part of ${cycle.name}.`, missing.map((id) => ({ field: 'cycleAgencyIds', message: `${id} is not in this cycle` })));
  const deadline = returnBy(cycle);
  const common = {
    cycle: cycle.name,
    deadline: deadline ? formatLongDate(deadline) : '(no deadline set)',
    finalDeadline: cycle.final_deadline ? formatLongDate(cycle.final_deadline) : deadline ? formatLongDate(deadline) : '(no deadline set)',
    partnership: settings.partnershipName,
    sender: sender.signature,
  };
  rows.sort((a, b) => a.name_key.localeCompare(b.name_key) || a.id - b.id);
  const drafts = rows.map((r): ChaserDraft => {
    const mine = people.filter((p) => p.agency_id === r.agency_id);
    const leads = mine.filter((p) => p.role === 'safeguarding_lead');
    const lead = leads.find((p) => p.email) ?? leads[0];
    const to = lead?.email ? [lead.email] : [];
    const cc = [...new Set(mine.filter((p) => p.role === 'deputy_lead' && p.email).map((p) => p.email!))].filter((e) => !to.includes(e));
    const values = { ...common, agency: r.name, lead: lead?.full_name ?? 'colleague' };
    const subject = fillTemplate(cycle.chaser_subject, values).replace(/\s*\r?\n\s*/g, ' ');
    const body = fillTemplate(cycle.chaser_body, values);
    const problem = !lead
      ? `${r.name} has no safeguarding lead in the register; add one with an email address.`
      : !lead.email
        ? `${lead.full_name}, the safeguarding lead of ${r.name}, has no email address in the register.`
        : null;
    return { cycleAgencyId: r.id, agencyName: r.name, to, cc, subject, body, problem, mailto: problem ? null : mailtoLink(to, cc, subject, body) };
  });
  return { cycleName: cycle.name, sender, drafts };
}

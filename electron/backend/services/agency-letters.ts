import { join } from 'node:path';
import type { GeneratedReport } from '../../../shared/domain/report';
import type { ServiceContext } from '../context';
import type { Db } from '../db/schema';
import { notFound } from '../errors';
import { buildAgencyLetter, type LetterData, type LetterRating } from '../reports/agency-letter';
import { listActions } from './actions-read';
import { standardCells, type AnalysisAnswer, type CycleAnalysisData } from './analysis';
import { loadTargets } from './answers-write';
import { storedRating } from './answers-read';
import { loadContact } from './board-paper-scrutiny-data';
import { loadScaleForFramework } from './rating-scale';
import { isReturned } from './return-rules';
import { deliver, letterFileName } from './report-files';
import { getSettings } from './settings';
import { todayOf } from './write-context';

// One agency's feedback letter. Only that agency's answers are read, so writing a letter for each of 2,000
// agencies costs 2,000 small reads, not 2,000 reads of the whole cycle.

type LetterCtx = Pick<ServiceContext, 'now' | 'userName' | 'resourcesDir'>;

const asRating = (r: { code: string; label: string; colour: string } | null): LetterRating | null => (r ? { code: r.code, label: r.label, colour: r.colour } : null);

export async function loadLetterData(db: Db, cycleAgencyId: number, today: string): Promise<LetterData> {
  const ca = await db
    .selectFrom('cycle_agencies as ca')
    .innerJoin('cycles as c', 'c.id', 'ca.cycle_id')
    .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
    .innerJoin('sectors as s', 's.id', 'a.sector_id')
    .select(['ca.id', 'ca.cycle_id', 'ca.agency_id', 'ca.status', 'ca.returned_on', 'c.name as cycle_name', 'c.cycle_type', 'c.period_label', 'c.framework_id', 'c.previous_cycle_id'])
    .select(['a.name as agency_name', 'a.address_line1', 'a.address_line2', 'a.town', 'a.postcode', 'a.sector_id', 's.name as sector_name'])
    .where('ca.id', '=', cycleAgencyId)
    .executeTakeFirst();
  if (!ca) throw notFound('Return', cycleAgencyId);
  const [settings, scale, fw, rows, lead, actions] = await Promise.all([
    getSettings(db),
    loadScaleForFramework(db, ca.framework_id),
    loadTargets(db, ca.framework_id),
    db.selectFrom('answers').selectAll().where('cycle_agency_id', '=', cycleAgencyId).execute(),
    db
      .selectFrom('agency_contacts as ac')
      .innerJoin('contacts as c', 'c.id', 'ac.contact_id')
      .select(['c.full_name', 'c.job_title', 'c.email', 'c.phone'])
      .where('ac.agency_id', '=', ca.agency_id)
      .where('ac.role', '=', 'safeguarding_lead')
      .where('c.active', '=', 1)
      .orderBy('ac.id', 'desc')
      .executeTakeFirst(),
    listActions(db, { bucket: 'all', cycleId: ca.cycle_id, agencyId: ca.agency_id }, today),
  ]);
  const from = await loadContact(db, settings.businessUnitContactId);
  const standards = fw.targets.filter((t) => t.itemId === null).map((t) => ({ id: t.standardId, number: t.number, title: t.text }));
  // standardCells works on the cycle analysis; this is the same shape holding one agency.
  const data: CycleAnalysisData = {
    cycle: { id: ca.cycle_id, name: ca.cycle_name, frameworkId: ca.framework_id, cycleType: ca.cycle_type, previousCycleId: ca.previous_cycle_id, sortDate: today },
    scale,
    fw,
    standards,
    agencies: [{ cycleAgencyId, agencyId: ca.agency_id, agencyName: ca.agency_name, sectorId: ca.sector_id, sectorName: ca.sector_name }],
    answersByAgency: new Map([[cycleAgencyId, rows as AnalysisAnswer[]]]),
  };
  const self = standardCells(data, rows, 'self');
  const moderated = standardCells(data, rows, 'moderated');
  const order = new Map(fw.targets.map((t, i) => [t.key as string, i]));
  const changes = rows
    .filter((a) => a.moderated_code && (a.self_na === 1 || a.moderated_code !== a.self_code))
    .sort((a, b) => (order.get(a.target_key) ?? 1e9) - (order.get(b.target_key) ?? 1e9))
    .flatMap((a) => {
      const t = fw.byKey.get(a.target_key);
      const m = asRating(storedRating(scale, a.moderated_code, a.moderated_score));
      return t && m ? [{ number: t.number, text: t.text, self: a.self_na === 1 ? null : asRating(storedRating(scale, a.self_code, a.self_score)), moderated: m, note: a.moderation_note }] : [];
    });
  const open = actions.filter((a) => a.status !== 'complete' && a.status !== 'dropped');
  return {
    settings,
    today,
    cycle: { name: ca.cycle_name, type: ca.cycle_type as LetterData['cycle']['type'], periodLabel: ca.period_label },
    agency: {
      name: ca.agency_name,
      address: [ca.address_line1, ca.address_line2, [ca.town, ca.postcode].filter(Boolean).join(' ')].filter((x): x is string => Boolean(x?.trim())),
      returnedOn: ca.returned_on,
      returned: isReturned(ca.status),
    },
    lead: lead ? { name: lead.full_name, jobTitle: lead.job_title, email: lead.email, phone: lead.phone } : null,
    from,
    levels: scale.levels.map((l) => ({ code: l.code, label: l.label, colour: l.colour })),
    standards: standards.map((s) => {
      const a = self.get(s.id);
      const m = moderated.get(s.id);
      return { number: s.number, title: s.title, self: asRating(a?.rating ?? null), moderated: m?.moderated ? asRating(m.rating) : null, notApplicable: Boolean(a?.notApplicable) };
    }),
    changes,
    actions: open.map((a) => ({ reference: a.reference, standard: a.standardNumber, description: a.description, dueDate: a.dueDate, status: a.status, overdue: a.overdue })),
    completedActions: actions.filter((a) => a.status === 'complete').length,
  };
}

export async function generateLetter(db: Db, ctx: LetterCtx, cycleAgencyId: number, folder?: string): Promise<GeneratedReport> {
  const data = await loadLetterData(db, cycleAgencyId, todayOf(ctx));
  const bytes = await buildAgencyLetter(data, join(ctx.resourcesDir, 'fonts'));
  const warnings = [
    ...(data.agency.returned ? [] : [`${data.agency.name} has not returned its self-assessment.`]),
    ...(data.lead ? [] : [`${data.agency.name} has no safeguarding lead recorded; the letter is addressed to the role.`]),
  ];
  return deliver(bytes, letterFileName(data.agency.name, data.cycle.name), folder ? { folder } : {}, warnings);
}

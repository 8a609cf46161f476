import type { TargetKey } from '../../../shared/domain/cycle';
import type { ServiceContext } from '../context';
import type { Db } from '../db/schema';
import { notFound } from '../errors';
import { TOOL_FORMAT_VERSION, type ToolAnswer, type ToolContent, type ToolPerson, type ToolRow } from '../io/tool-layout';
import { getFramework } from './frameworks';
import { returnBy } from './return-rules';
import { getSettings } from './settings';
import { todayOf } from './write-context';

// Everything one agency's self-assessment tool shows, read once and handed to the workbook and Word writers.

async function person(db: Db, agencyId: number, role: 'safeguarding_lead' | 'deputy_lead'): Promise<ToolPerson | null> {
  const c = await db
    .selectFrom('agency_contacts as ac')
    .innerJoin('contacts as c', 'c.id', 'ac.contact_id')
    .select(['c.full_name', 'c.job_title', 'c.email', 'c.phone'])
    .where('ac.agency_id', '=', agencyId)
    .where('ac.role', '=', role)
    .where('c.active', '=', 1)
    .orderBy('ac.id', 'desc')
    .executeTakeFirst();
  return c ? { name: c.full_name, jobTitle: c.job_title, email: c.email, phone: c.phone } : null;
}

/** Answers already held: carried forward from the last cycle, or typed since. Levels show as their label. */
async function heldAnswers(db: Db, cycleAgencyId: number, labelOf: (code: string) => string, numeric: boolean): Promise<Map<string, ToolAnswer>> {
  const rows = await db.selectFrom('answers').selectAll().where('cycle_agency_id', '=', cycleAgencyId).execute();
  const out = new Map<string, ToolAnswer>();
  for (const a of rows) {
    const rating = a.self_na === 1 || !a.self_code ? null : numeric && a.self_score !== null ? String(a.self_score) : labelOf(a.self_code);
    if (!rating && a.self_na !== 1 && !a.evidence && !a.improvement) continue;
    out.set(a.target_key, {
      rating,
      notApplicable: a.self_na === 1,
      naReason: a.na_reason,
      evidence: a.evidence,
      improvement: a.improvement,
      carriedForward: a.carried_forward === 1,
    });
  }
  return out;
}

export async function loadToolContent(db: Db, ctx: Pick<ServiceContext, 'now' | 'userName'>, cycleAgencyId: number): Promise<ToolContent> {
  const ca = await db
    .selectFrom('cycle_agencies as ca')
    .innerJoin('cycles as c', 'c.id', 'ca.cycle_id')
    .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
    .innerJoin('sectors as s', 's.id', 'a.sector_id')
    .select(['ca.id', 'ca.cycle_id', 'ca.agency_id', 'c.name as cycle_name', 'c.period_label', 'c.framework_id', 'c.initial_deadline', 'c.final_deadline'])
    .select(['a.name as agency_name', 's.code as sector_code'])
    .where('ca.id', '=', cycleAgencyId)
    .executeTakeFirst();
  if (!ca) throw notFound('Return', cycleAgencyId);
  const fw = await getFramework(db, ca.framework_id);
  const settings = await getSettings(db);
  const { doc } = fw;
  const scaleLevels = doc.scale.levels;
  const labelOf = (code: string) => scaleLevels.find((l) => l.code.toLowerCase() === code.toLowerCase())?.label ?? code;
  const held = await heldAnswers(db, cycleAgencyId, labelOf, doc.scale.kind === 'numeric');
  const sector = ca.sector_code.toLowerCase();

  const standards = doc.standards.map((s) => {
    const rows: ToolRow[] = [];
    const key = `s:${s.id}` as TargetKey;
    rows.push({ key, kind: 'standard', ref: s.number, text: s.title, prompt: s.guidance, ratable: doc.ratingTarget !== 'items', answer: held.get(key) ?? null });
    for (const i of s.items) {
      const wording = i.wordings.find((w) => w.sectorCode.toLowerCase() === sector);
      const itemKey = `i:${i.id}` as TargetKey;
      rows.push({
        key: itemKey,
        kind: 'item',
        ref: i.number,
        text: wording?.text ?? i.text,
        prompt: wording?.evidencePrompt ?? i.evidencePrompt,
        ratable: doc.ratingTarget !== 'standards',
        answer: held.get(itemKey) ?? null,
      });
    }
    return { number: s.number, title: s.title, rows };
  });

  return {
    identity: {
      formatVersion: TOOL_FORMAT_VERSION,
      cycleId: ca.cycle_id,
      cycleAgencyId: ca.id,
      agencyId: ca.agency_id,
      agencyName: ca.agency_name,
      frameworkId: fw.id,
      familyKey: fw.familyKey,
      versionLabel: fw.versionLabel,
      issuedOn: todayOf(ctx),
    },
    partnershipName: settings.partnershipName,
    cycleName: ca.cycle_name,
    periodLabel: ca.period_label,
    deadline: returnBy(ca),
    finalDeadline: ca.final_deadline,
    frameworkName: `${fw.name} (${fw.versionLabel})`,
    ratingTarget: doc.ratingTarget,
    lead: await person(db, ca.agency_id, 'safeguarding_lead'),
    deputy: await person(db, ca.agency_id, 'deputy_lead'),
    scale: {
      name: doc.scale.name,
      kind: doc.scale.kind,
      allowsNa: doc.scale.allowsNa,
      naLabel: doc.scale.naLabel,
      min: doc.scale.min,
      max: doc.scale.max,
      step: doc.scale.step,
      levels: scaleLevels.map((l) => ({ code: l.code, label: l.label, colour: l.colour, description: l.description })),
    },
    standards,
    settings,
    authorName: ctx.userName,
  };
}

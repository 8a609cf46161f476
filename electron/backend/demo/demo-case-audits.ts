import { addDaysIso } from '../../../shared/domain/dates';
import type { Db } from '../db/schema';
import { addCase } from '../services/case-audit-cases';
import { addDissemination } from '../services/case-audit-dissemination';
import { saveFindings } from '../services/case-audit-findings';
import { scheduleModeration } from '../services/case-audit-moderation';
import { setCaseReturnStatus } from '../services/case-audit-qa';
import { getCaseAudit } from '../services/case-audit-read';
import { makeActions, saveRecommendations, type RecommendationFields } from '../services/case-audit-recommendations';
import { saveCaseReturn } from '../services/case-audit-returns';
import { insertRiskFlag, updateRiskFlag } from '../services/case-audit-risks';
import { createCaseAudit, updateCaseAudit } from '../services/case-audits';
import type { WriteCtx } from '../services/write-context';
import { DEMO_FINDINGS, DEMO_NARRATIVES, DEMO_RECOMMENDATIONS, DEMO_RISK, DEMO_SEND_BACK, DEMO_THEMES } from './demo-case-audit-text';

// A year's programme of four themed case-file audits for the demo partnership: neglect, completed end to end
// (sample, returns with one sent back, a risk flag tracked to assurance, moderation, findings tagged with s11
// standards, recommendations made into actions, dissemination); child exploitation under way with returns in every
// QA state; voice of the child planned; and an urgent mid-year theme. Dates are relative to `today`.

/** "2026/27" for a date in April 2026 to March 2027: the partnership's business year. */
export const programmeYearOf = (today: string): string => {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const start = m >= 4 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
};

async function pickAgencies(db: Db): Promise<Record<string, Array<{ id: number; name: string }>>> {
  const rows = await db
    .selectFrom('agencies as a')
    .innerJoin('sectors as s', 's.id', 'a.sector_id')
    .select(['a.id', 'a.name', 's.code'])
    .where('a.active', '=', 1)
    .orderBy('a.name_key')
    .execute();
  const out: Record<string, Array<{ id: number; name: string }>> = {};
  for (const r of rows) (out[r.code] ??= []).push(r);
  return out;
}

export async function seedDemoCaseAudits(db: Db, ctx: WriteCtx, today: string): Promise<void> {
  const year = programmeYearOf(today);
  const day = (n: number) => addDaysIso(today, n);
  const by = await pickAgencies(db);
  /** The sector's agency whose name matches, else its first; the demo reads best with a community health trust and a primary school. */
  const first = (code: string, like?: RegExp) => (by[code]?.find((a) => like?.test(a.name)) ?? by[code]?.[0])?.id;
  const involved = [first('health', /community/i), first('education', /primary/i), first('police'), first('la_childrens', /children/i)].filter((x): x is number => x !== undefined);
  if (involved.length < 3) return;
  const groups = new Map((await db.selectFrom('action_groups').select(['id', 'name']).execute()).map((g) => [g.name, g.id]));
  const unit = await db.selectFrom('contacts').select(['id', 'is_scrutineer']).where('is_business_unit', '=', 1).orderBy('id').execute();
  const chair = (await db.selectFrom('contacts').select('id').where('is_scrutineer', '=', 1).executeTakeFirst())?.id ?? unit[0]?.id ?? null;
  const qpg = groups.get('Quality & Performance subgroup') ?? null;
  const base = { programmeYear: year, leadGroupId: qpg, chairContactId: chair, status: 'planned' as const, urgent: false, methodology: 'deep_dive' as const, methodologyNotes: null, notes: null, reportDue: null };

  // 1. Neglect: complete.
  const t = DEMO_THEMES.neglect;
  const neglect = await createCaseAudit(db, ctx, {
    ...base,
    title: t.title,
    theme: t.theme,
    methodologyNotes: t.notes,
    practiceFrom: day(-560),
    practiceTo: day(-200),
    sampleAgreedBy: day(-190),
    returnsDue: day(-160),
    moderationPlanned: day(-135),
    reportDue: day(-110),
  });
  const qs = neglect.tool.questions;
  const levels = ['G', 'RI', 'G', 'O', 'RI'];
  const returnIds: number[] = [];
  for (const [n, agencies] of [involved.slice(0, 4), involved.slice(0, 3), [involved[0]!, involved[2]!, involved[3] ?? involved[1]!]].entries()) {
    const { caseId } = await addCase(db, ctx, neglect.id, { reference: `NSCP-${year.slice(2, 4)}-01-C${n + 1}`, summary: 'Child protection plan for neglect; siblings in the household.', notes: null, agencyIds: agencies });
    const audit = await getCaseAudit(db, neglect.id, today);
    for (const [i, r] of audit.cases.find((c) => c.id === caseId)!.returns.entries()) {
      const words = DEMO_NARRATIVES[(i + n) % DEMO_NARRATIVES.length]!;
      await setCaseReturnStatus(db, ctx, { returnId: r.id, status: 'issued', date: day(-188) });
      await saveCaseReturn(db, ctx, {
        returnId: r.id,
        ratings: qs.map((q, k) => ({ questionId: q.id, level: levels[(k + i + n) % levels.length]!, comment: k === 2 && n === 0 && i === 0 ? null : 'See the narrative.' })),
        narrative: words.narrative,
        goodPractice: words.goodPractice,
        gaps: words.gaps,
        auditor: 'Team manager, not involved in the case',
      });
      await setCaseReturnStatus(db, ctx, { returnId: r.id, status: 'returned', date: day(-162) });
      returnIds.push(r.id);
    }
  }
  // One return sent back as not comprehensive, then resubmitted.
  const redo = returnIds[0]!;
  await setCaseReturnStatus(db, ctx, { returnId: redo, status: 'sent_back', date: day(-158), sendBackReason: 'not_comprehensive', reason: DEMO_SEND_BACK, dueDate: day(-150) });
  await setCaseReturnStatus(db, ctx, { returnId: redo, status: 'returned', date: day(-151) });
  for (const id of returnIds) await setCaseReturnStatus(db, ctx, { returnId: id, status: 'accepted', date: day(-145) });
  // A concern about immediate risk, tracked through the agency's response and assurance to closing.
  const flagged = returnIds[3] ?? returnIds[1]!;
  const riskId = await insertRiskFlag(db, ctx, { auditId: neglect.id, caseId: null, returnId: flagged, agencyId: null, kind: 'immediate_risk', description: DEMO_RISK.description, raisedOn: day(-161), raisedBy: null, escalatedTo: 'Front door duty manager' }, today);
  await updateRiskFlag(db, ctx, riskId, { response: DEMO_RISK.response, responseOn: day(-160) });
  await updateRiskFlag(db, ctx, riskId, { assurance: DEMO_RISK.assurance, assuranceOn: day(-150), closedOn: day(-149) });
  await scheduleModeration(db, ctx, { auditId: neglect.id, start: `${day(-135)}T10:00`, end: `${day(-135)}T12:30`, location: 'Civic Centre, Committee Room 2', onlineLink: null, attendeeContactIds: unit.map((u) => u.id), reason: null, held: true });

  const fw = await db.selectFrom('frameworks').select('id').where('family_key', '=', 'compact-audit').where('built_in', '=', 1).executeTakeFirst();
  const standards = fw ? await db.selectFrom('framework_standards').select(['id', 'number']).where('framework_id', '=', fw.id).execute() : [];
  const std = (n: string) => standards.filter((s) => s.number === n).map((s) => s.id);
  const cases = (await getCaseAudit(db, neglect.id, today)).cases;
  await saveFindings(db, ctx, {
    auditId: neglect.id,
    findings: DEMO_FINDINGS.map((f, i) => ({ kind: f.kind, text: f.text, caseId: i === 2 ? cases[1]!.id : null, agencyId: null, standardIds: f.standards.flatMap(std) })),
    caseJudgements: cases.map((c, i) => ({ caseId: c.id, level: i === 1 ? 'RI' : 'G', note: null })),
    theme: { level: 'RI', summary: 'Practice with children on plans was often good, but early neglect was not acted on quickly enough and fathers were rarely engaged: overall, practice requires improvement.' },
  });
  const recs: RecommendationFields[] = DEMO_RECOMMENDATIONS.map((r) => ({
    text: r.text,
    ownerKind: 'group' in r ? 'partnership' : 'agency',
    groupId: 'group' in r ? (groups.get(r.group) ?? qpg) : null,
    agencyId: 'agencySector' in r ? (first(r.agencySector) ?? null) : null,
    dueDate: day(r.dueInDays),
    priority: r.priority,
  }));
  await saveRecommendations(db, ctx, neglect.id, recs.filter((r) => (r.ownerKind === 'agency' ? r.agencyId : r.groupId)));
  await makeActions(db, ctx, neglect.id);
  await addDissemination(db, ctx, neglect.id, { date: day(-100), channel: 'briefing', audience: 'Partnership Executive', notes: 'Summary report presented with the recommendations.' });
  await addDissemination(db, ctx, neglect.id, { date: day(-80), channel: 'seven_minute_briefing', audience: 'All frontline practitioners', notes: 'Seven-minute briefing on neglect and acting on early concerns.' });
  await updateCaseAudit(db, ctx, neglect.id, { status: 'complete' });

  // 2. Child exploitation: under way, returns in every QA state and an open risk flag.
  const e = DEMO_THEMES.exploitation;
  const exploitation = await createCaseAudit(db, ctx, { ...base, status: 'auditing', methodology: 'light_touch', title: e.title, theme: e.theme, methodologyNotes: e.notes, practiceFrom: day(-380), practiceTo: day(-20), sampleAgreedBy: day(-40), returnsDue: day(-7), moderationPlanned: day(21), reportDue: day(50) });
  const partners = [first('police'), first('la_childrens', /early help/i), first('education', /high/i), first('voluntary')].filter((x): x is number => x !== undefined);
  for (let n = 1; n <= 5; n++) await addCase(db, ctx, exploitation.id, { reference: `NSCP-${year.slice(2, 4)}-02-C${n}`, summary: 'Young person discussed at the exploitation panel.', notes: null, agencyIds: partners.slice(0, 2 + (n % 3)) });
  const live = await getCaseAudit(db, exploitation.id, today);
  const all = live.cases.flatMap((c) => c.returns);
  for (const [i, r] of all.entries()) {
    if (i % 5 === 4) continue; // not issued yet
    await setCaseReturnStatus(db, ctx, { returnId: r.id, status: 'issued', date: day(-38) });
    if (i % 5 === 0) continue; // issued and overdue
    await saveCaseReturn(db, ctx, { returnId: r.id, ratings: live.tool.questions.map((q, k) => ({ questionId: q.id, level: levels[(k + i) % levels.length]!, comment: null })), narrative: DEMO_NARRATIVES[i % DEMO_NARRATIVES.length]!.narrative, goodPractice: null, gaps: null, auditor: null });
    await setCaseReturnStatus(db, ctx, { returnId: r.id, status: 'returned', date: day(-8) });
    if (i % 5 === 2) await setCaseReturnStatus(db, ctx, { returnId: r.id, status: 'sent_back', date: day(-5), sendBackReason: 'not_robust', reason: 'Ratings are not explained: add a comment for each question.', dueDate: day(-1) });
    if (i % 5 === 3) await setCaseReturnStatus(db, ctx, { returnId: r.id, status: 'accepted', date: day(-3) });
  }
  await insertRiskFlag(db, ctx, { auditId: exploitation.id, caseId: live.cases[1]!.id, returnId: null, agencyId: partners[0] ?? null, kind: 'unsafe_practice', description: 'A missing-from-home return interview was not offered after three episodes.', raisedOn: day(-4), raisedBy: null, escalatedTo: null }, today);

  // 3 and 4: planned, one added mid-year as urgent.
  const v = DEMO_THEMES.voice;
  await createCaseAudit(db, ctx, { ...base, title: v.title, theme: v.theme, practiceFrom: day(-305), practiceTo: day(55), sampleAgreedBy: day(60), returnsDue: day(90), moderationPlanned: day(110), reportDue: day(130) });
  const o = DEMO_THEMES.online;
  await createCaseAudit(db, ctx, { ...base, urgent: true, status: 'sampling', methodology: 'light_touch', title: o.title, theme: o.theme, notes: o.notes, practiceFrom: day(-365), practiceTo: day(-1), sampleAgreedBy: day(7), returnsDue: day(35), moderationPlanned: day(56), reportDue: day(80) });
}

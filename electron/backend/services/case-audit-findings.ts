import type { z } from 'zod';
import type { CaseFinding, CaseStandardEvidence, FindingKind, findingsInputSchema } from '../../../shared/domain/case-audit';
import type { ApiErrorDetail } from '../../../shared/result';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { invalid, notFound } from '../errors';
import { loadScaleById, parseLevel, toCaseLevel } from './case-audit-scale';
import { refuseIdentifiers } from './case-audit-text';
import { chunks } from './cycle-scope';
import { recordChange } from './history';
import type { WriteCtx } from './write-context';

// What the moderation meeting agreed: what is working well, emerging concerns, learning about the audit process,
// the overall judgement per case and for the theme. Findings are tagged with the s11 standards they bear on, so
// board papers and scrutiny agendas can set practice evidence beside agencies' self-ratings.

export type FindingsFields = z.output<typeof findingsInputSchema>;

export async function listFindings(db: Db, auditId: number): Promise<CaseFinding[]> {
  const rows = await db
    .selectFrom('case_audit_findings as f')
    .leftJoin('case_audit_cases as c', 'c.id', 'f.case_id')
    .leftJoin('agencies as ag', 'ag.id', 'f.agency_id')
    .selectAll('f')
    .select(['c.reference', 'ag.name as agency_name'])
    .where('f.audit_id', '=', auditId)
    .orderBy('f.position')
    .orderBy('f.id')
    .execute();
  const tags = rows.length
    ? await db
        .selectFrom('case_audit_finding_standards as t')
        .innerJoin('framework_standards as s', 's.id', 't.standard_id')
        .innerJoin('frameworks as fw', 'fw.id', 's.framework_id')
        .select(['t.finding_id', 's.id', 's.number', 's.title', 'fw.name', 'fw.version_label', 's.position'])
        .where('t.finding_id', 'in', rows.map((r) => r.id))
        .orderBy('fw.id')
        .orderBy('s.position')
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as FindingKind,
    text: r.text,
    caseId: r.case_id,
    caseReference: r.reference,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    standards: tags.filter((t) => t.finding_id === r.id).map((t) => ({ id: t.id, number: t.number, title: t.title, frameworkName: t.name, versionLabel: t.version_label })),
  }));
}

async function checkLinks(db: Db, auditId: number, input: FindingsFields): Promise<void> {
  const problems: ApiErrorDetail[] = [];
  const cases = new Set((await db.selectFrom('case_audit_cases').select('id').where('audit_id', '=', auditId).execute()).map((c) => c.id));
  const mine = new Set((await db.selectFrom('case_audit_findings').select('id').where('audit_id', '=', auditId).execute()).map((f) => f.id));
  const agencyIds = [...new Set(input.findings.map((f) => f.agencyId).filter((x): x is number => x !== null))];
  const agencies = new Set(agencyIds.length ? (await db.selectFrom('agencies').select('id').where('id', 'in', agencyIds).execute()).map((a) => a.id) : []);
  const standardIds = [...new Set(input.findings.flatMap((f) => f.standardIds))];
  const standards = new Set<number>();
  for (const part of chunks(standardIds)) for (const s of await db.selectFrom('framework_standards').select('id').where('id', 'in', part).execute()) standards.add(s.id);
  input.findings.forEach((f, i) => {
    if (f.id !== undefined && !mine.has(f.id)) problems.push({ field: `findings.${i}.id`, message: `finding ${f.id} is not one of this audit's` });
    if (f.caseId !== null && !cases.has(f.caseId)) problems.push({ field: `findings.${i}.caseId`, message: `case ${f.caseId} is not in this audit's sample` });
    if (f.agencyId !== null && !agencies.has(f.agencyId)) problems.push({ field: `findings.${i}.agencyId`, message: `no agency has the id ${f.agencyId}` });
    for (const s of f.standardIds) if (!standards.has(s)) problems.push({ field: `findings.${i}.standardIds`, message: `no framework standard has the id ${s}` });
  });
  input.caseJudgements.forEach((j, i) => {
    if (!cases.has(j.caseId)) problems.push({ field: `caseJudgements.${i}.caseId`, message: `case ${j.caseId} is not in this audit's sample` });
  });
  if (problems.length) throw invalid(`The findings were not saved: ${problems[0]!.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}.`, problems);
}

/** Replaces the audit's findings (kept ids keep their rows), case judgements and theme judgement in one transaction. */
export async function saveFindings(db: Db, ctx: WriteCtx, input: FindingsFields): Promise<void> {
  await inTransaction(db, async (trx) => {
    const a = await trx.selectFrom('case_audits').selectAll().where('id', '=', input.auditId).executeTakeFirst();
    if (!a) throw notFound('Case-file audit', input.auditId);
    await checkLinks(trx, input.auditId, input);
    const scale = await loadScaleById(trx, a.scale_id);
    const level = (text: string | null, field: string): string | null => {
      const p = parseLevel(scale, text);
      if ('problem' in p) throw invalid(`The findings were not saved: ${field}: ${p.problem}.`, [{ field, message: p.problem }]);
      return p.code;
    };
    const judgements = input.caseJudgements.map((j, i) => ({ ...j, code: level(j.level, `caseJudgements.${i}.level`) }));
    const themeCode = input.theme ? level(input.theme.level, 'theme.level') : a.theme_level_code;
    const texts: Record<string, string | null> = { 'Theme summary': input.theme?.summary ?? null };
    input.findings.forEach((f, i) => (texts[`Finding ${i + 1}`] = f.text));
    judgements.forEach((j) => (texts[`Judgement note (case ${j.caseId})`] = j.note));
    await refuseIdentifiers(trx, texts, { strictDates: false, warnNames: false, what: 'The findings' });

    const before = await listFindings(trx, input.auditId);
    const keep = new Set(input.findings.map((f) => f.id).filter((x): x is number => x !== undefined));
    const drop = before.filter((f) => !keep.has(f.id)).map((f) => f.id);
    if (drop.length) await trx.deleteFrom('case_audit_findings').where('id', 'in', drop).execute();
    for (const [position, f] of input.findings.entries()) {
      const row = { kind: f.kind, text: f.text, case_id: f.caseId, agency_id: f.agencyId, position };
      let id = f.id;
      if (id !== undefined) await trx.updateTable('case_audit_findings').set(row).where('id', '=', id).execute();
      else id = (await trx.insertInto('case_audit_findings').values({ ...row, audit_id: input.auditId }).returning('id').executeTakeFirstOrThrow()).id;
      await trx.deleteFrom('case_audit_finding_standards').where('finding_id', '=', id).execute();
      const tags = [...new Set(f.standardIds)];
      if (tags.length) await trx.insertInto('case_audit_finding_standards').values(tags.map((standard_id) => ({ finding_id: id!, standard_id }))).execute();
    }
    for (const j of judgements)
      await trx.updateTable('case_audit_cases').set({ judgement_code: j.code, judgement_note: j.note, updated_at: ctx.now().toISOString() }).where('id', '=', j.caseId).execute();
    await trx
      .updateTable('case_audits')
      .set({ theme_level_code: themeCode, theme_summary: input.theme ? input.theme.summary : a.theme_summary, updated_at: ctx.now().toISOString() })
      .where('id', '=', input.auditId)
      .execute();
    const after = await listFindings(trx, input.auditId);
    const view = (fs: CaseFinding[], theme: string | null) => ({
      findings: fs.map((f) => `${f.kind}: ${f.text}${f.standards.length ? ` [${f.standards.map((s) => s.number).join(', ')}]` : ''}`),
      themeJudgement: theme,
      caseJudgements: judgements.map((j) => `${j.caseId}: ${j.code ?? '-'}`),
    });
    await recordChange(trx, ctx, {
      entityType: 'case_audit',
      entityId: input.auditId,
      action: 'update',
      summary: `${a.title}: findings recorded (${after.length})`,
      before: view(before, a.theme_level_code),
      after: view(after, themeCode),
    });
  });
}

/**
 * Practice evidence from case-file audits on the given s11 standards: each finding tagged with one of them, with
 * the judgement of its case (or the audit's theme judgement). Cancelled audits are left out. For the board paper
 * and the scrutiny agenda, to show where practice contradicts a self-rating.
 */
export async function caseEvidenceForStandards(db: Db, standardIds: number[]): Promise<CaseStandardEvidence[]> {
  const out: CaseStandardEvidence[] = [];
  const scales = new Map<number, Awaited<ReturnType<typeof loadScaleById>>>();
  for (const part of chunks([...new Set(standardIds)])) {
    const rows = await db
      .selectFrom('case_audit_finding_standards as t')
      .innerJoin('case_audit_findings as f', 'f.id', 't.finding_id')
      .innerJoin('case_audits as a', 'a.id', 'f.audit_id')
      .leftJoin('case_audit_cases as c', 'c.id', 'f.case_id')
      .select(['t.standard_id', 'a.id as audit_id', 'a.title', 'a.programme_year', 'a.scale_id', 'a.theme_level_code', 'f.kind', 'f.text', 'c.judgement_code', 'f.position', 'f.id'])
      .where('t.standard_id', 'in', part)
      .where('a.status', '!=', 'cancelled')
      .orderBy('t.standard_id')
      .orderBy('a.programme_year', 'desc')
      .orderBy('a.id')
      .orderBy('f.position')
      .execute();
    for (const r of rows) {
      if (!scales.has(r.scale_id)) scales.set(r.scale_id, await loadScaleById(db, r.scale_id));
      const level = toCaseLevel(scales.get(r.scale_id)!, r.judgement_code ?? r.theme_level_code);
      out.push({
        standardId: r.standard_id,
        auditId: r.audit_id,
        auditTitle: r.title,
        programmeYear: r.programme_year,
        kind: r.kind as FindingKind,
        finding: r.text,
        judgement: level?.label ?? null,
        judgementLevel: level,
      });
    }
  }
  return out;
}

import type { FileChild } from 'docx';
import { FINDING_KIND_LABELS, type CaseAuditDetail, type CaseFinding, type CaseLevel, type FindingKind } from '../../../shared/domain/case-audit';
import type { Settings } from '../../../shared/domain/settings';
import { bulletList, formatLongDate, paragraphs, scaleCell, type Cell } from './kit';

// Wording shared by the case-file audit report and the programme overview: counts as a person writes them, periods,
// judgements as scale-coloured cells with their label, and findings as bullets with the standards they bear on.

export interface CaseDocContext {
  settings: Settings;
  generatedAt: Date;
  authorName: string;
  fontsDir: string;
}

const num = new Intl.NumberFormat('en-GB');
export const plural = (n: number, one: string, many: string) => `${num.format(n)} ${n === 1 ? one : many}`;

export const periodText = (from: string | null, to: string | null): string =>
  from && to ? `${formatLongDate(from)} to ${formatLongDate(to)}` : from ? `from ${formatLongDate(from)}` : to ? `to ${formatLongDate(to)}` : 'Not set';

export const dateOr = (iso: string | null, none = 'Not set'): string => (iso ? formatLongDate(iso) : none);

/** A judgement as a coloured cell that also says it in words; "Not judged" in italics when there is none. */
export const judgementCell = (l: CaseLevel | null): Cell => (l ? scaleCell(l, 'left') : { text: 'Not judged', italics: true });

/** "Case NSCP-26-04-C3; Northmoor Police" after a finding, and the standards it bears on. */
function findingLine(f: CaseFinding): string {
  const about = [f.caseReference ? `case ${f.caseReference}` : null, f.agencyName].filter(Boolean).join(', ');
  const standards = f.standards.length ? ` [s11 standard${f.standards.length === 1 ? '' : 's'} ${f.standards.map((s) => s.number).join(', ')}]` : '';
  return `${f.text}${about ? ` (${about})` : ''}${standards}`;
}

export function findingBullets(audit: CaseAuditDetail, kind: FindingKind): FileChild[] {
  const xs = audit.findings.filter((f) => f.kind === kind);
  return xs.length ? bulletList(xs.map(findingLine)) : paragraphs(`No ${FINDING_KIND_LABELS[kind].toLowerCase()} recorded.`, { italics: true });
}

/** The opening summary: sample, returns, judgement and what needs attention, in sentences. */
export function describeAudit(a: CaseAuditDetail): string {
  const agencies = new Set(a.cases.flatMap((c) => c.returns.map((r) => r.agencyId))).size;
  const sample = a.caseCount
    ? `The audit looked at ${plural(a.caseCount, 'case', 'cases')} involving ${plural(agencies, 'agency', 'agencies')}; ${num.format(a.returnsAccepted)} of ${plural(a.returnCount, 'agency return was', 'agency returns were')} accepted after quality assurance.`
    : 'No cases have been sampled yet.';
  const judgement = a.themeJudgement ? ` Overall, practice on the theme was judged ${a.themeJudgement.label.toLowerCase()}.` : '';
  const risks = a.risks.length
    ? ` ${plural(a.risks.length, 'concern', 'concerns')} about immediate risk or unsafe practice ${a.risks.length === 1 ? 'was' : 'were'} escalated to the agencies for a response and assurance; ${a.openRisks === 0 ? 'all are closed' : `${num.format(a.openRisks)} ${a.openRisks === 1 ? 'remains' : 'remain'} open`}.`
    : '';
  const recs = a.recommendations.length ? ` The audit makes ${plural(a.recommendations.length, 'recommendation', 'recommendations')}.` : '';
  return `${sample}${judgement}${risks}${recs}`;
}

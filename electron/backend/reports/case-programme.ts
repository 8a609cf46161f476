import type { FileChild } from 'docx';
import { CASE_AUDIT_STATUS_LABELS, METHODOLOGY_LABELS, type CaseAuditDetail } from '../../../shared/domain/case-audit';
import { createReportDocument, dataTable, formatLongDate, formatShortDate, heading, keyValueTable, packDocument, paragraphs, reportDetails, title, type Cell } from './kit';
import { dateOr, judgementCell, periodText, plural, type CaseDocContext } from './case-audit-words';

// The year's programme of themed multi-agency case-file audits, for the Quality and Impact group and the Executive:
// each audit's theme, dates and progress, and for those done, the judgement, risks, recommendations and actions.

export interface CaseProgrammeData extends CaseDocContext {
  programmeYear: string;
  audits: CaseAuditDetail[];
}

export const programmeTitle = (year: string) => `Multi-agency case-file audit programme ${year}`;

/** The opening paragraph: how many audits, how far through, any urgent additions. */
export function describeProgramme(year: string, audits: readonly CaseAuditDetail[]): string {
  const live = audits.filter((a) => a.status !== 'cancelled');
  if (!audits.length) return `No case-file audits are planned for ${year} yet.`;
  const done = live.filter((a) => a.status === 'complete').length;
  const urgent = live.filter((a) => a.urgent).length;
  const cancelled = audits.length - live.length;
  const parts = [
    `The ${year} programme has ${plural(live.length, 'multi-agency case-file audit', 'multi-agency case-file audits')}${urgent ? `, ${plural(urgent, 'of them', 'of them')} added during the year as ${urgent === 1 ? 'an urgent theme' : 'urgent themes'}` : ''}.`,
    `${done === live.length && done > 0 ? 'All are' : `${plural(done, 'is', 'are')}`} complete${done === live.length ? '' : `; ${plural(live.length - done, 'is', 'are')} in progress or planned`}.`,
    cancelled ? `${plural(cancelled, 'audit was', 'audits were')} cancelled.` : '',
  ];
  const risks = live.reduce((n, a) => n + a.openRisks, 0);
  if (risks) parts.push(`${plural(risks, 'risk flag remains', 'risk flags remain')} open, awaiting an agency's response or assurance.`);
  return parts.filter(Boolean).join(' ');
}

const stage = (a: CaseAuditDetail): Cell => (a.status === 'cancelled' ? { text: 'Cancelled', italics: true } : CASE_AUDIT_STATUS_LABELS[a.status]);

function overviewTable(audits: CaseAuditDetail[], brandColour: string) {
  return dataTable({
    brandColour,
    columns: [{ header: 'Audit and theme', width: 30 }, { header: 'Practice period', width: 20 }, { header: 'Lead and chair', width: 20 }, { header: 'Moderation', width: 14 }, { header: 'Status', width: 16 }],
    rows: audits.map((a) => [
      `${a.title}\nTheme: ${a.theme}${a.urgent ? '\n(urgent addition)' : ''}`,
      periodText(a.practiceFrom, a.practiceTo),
      [a.leadGroupName, a.chairName ? `Chair: ${a.chairName}` : null].filter(Boolean).join('\n') || 'Not set',
      a.moderation ? formatShortDate(a.moderation.start.slice(0, 10)) : a.moderationPlanned ? formatShortDate(a.moderationPlanned) : 'Not set',
      stage(a),
    ]),
    emptyText: 'No audits planned.',
  });
}

function auditDetails(a: CaseAuditDetail, brandColour: string): FileChild[] {
  const made = a.recommendations.filter((r) => r.actionId).length;
  return [
    heading(`${a.title}${a.status === 'cancelled' ? ' (cancelled)' : ''}`, 2),
    keyValueTable(
      [
        ['Theme', a.theme],
        ['Methodology', METHODOLOGY_LABELS[a.methodology]],
        ['Key dates', `Sample agreed by ${dateOr(a.sampleAgreedBy)}; returns due ${dateOr(a.returnsDue)}; report due ${dateOr(a.reportDue)}`],
        ['Sample', a.caseCount ? `${plural(a.caseCount, 'case', 'cases')}; ${a.returnsAccepted} of ${plural(a.returnCount, 'return', 'returns')} accepted` : 'Not yet sampled'],
        ['Quality assurance', a.openQa ? `${plural(a.openQa, 'return', 'returns')} awaiting return or QA${a.overdueReturns ? `, ${a.overdueReturns} overdue` : ''}` : 'Nothing outstanding'],
        ['Risk flags', a.risks.length ? `${a.risks.length} raised, ${a.openRisks} open` : 'None raised'],
        ['Overall judgement', judgementCell(a.themeJudgement)],
        ['Recommendations', a.recommendations.length ? `${a.recommendations.length}, of which ${made} ${made === 1 ? 'is' : 'are'} tracked as actions` : 'None yet'],
        ['Findings shared', a.disseminations.length ? a.disseminations.map((d) => `${formatShortDate(d.date)}: ${d.audience}`).join('\n') : 'Not yet'],
      ],
      ['Item', 'Detail'],
      { brandColour },
    ),
  ];
}

export async function buildCaseProgramme(data: CaseProgrammeData): Promise<Buffer> {
  const { settings } = data;
  const brandColour = settings.brandColour;
  const docTitle = programmeTitle(data.programmeYear);
  const intro = describeProgramme(data.programmeYear, data.audits);
  const children: FileChild[] = [
    title(docTitle),
    reportDetails(
      [
        ['Partnership', settings.partnershipName],
        ['Programme year', data.programmeYear],
        ['Date produced', formatLongDate(data.generatedAt)],
        ['Produced by', data.authorName],
      ],
      settings,
    ),
    heading('Summary', 1),
    ...paragraphs(intro),
    heading('The programme', 1),
    overviewTable(data.audits, brandColour),
  ];
  if (data.audits.length) children.push(heading('The audits', 1), ...data.audits.flatMap((a) => auditDetails(a, brandColour)));
  const doc = createReportDocument({
    title: docTitle,
    subject: `${settings.partnershipName}: ${docTitle}`,
    description: intro,
    keywords: 'multi-agency case-file audit; programme; safeguarding',
    author: data.authorName,
    settings,
    fontsDir: data.fontsDir,
    children,
  });
  return packDocument(doc);
}

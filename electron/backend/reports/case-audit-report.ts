import type { FileChild } from 'docx';
import { ACTION_STATUS_LABELS, type ActionRow } from '../../../shared/domain/action';
import {
  DISSEMINATION_CHANNEL_LABELS,
  METHODOLOGY_LABELS,
  QUESTION_AREA_LABELS,
  RISK_KIND_LABELS,
  RISK_STATUS_LABELS,
  type CaseAuditDetail,
} from '../../../shared/domain/case-audit';
import {
  boardPaperHeaderTable,
  caption,
  createReportDocument,
  dataTable,
  formatShortDate,
  heading,
  keyValueTable,
  numberedSection,
  packDocument,
  paragraphs,
  scaleCell,
  scaleKeyTable,
  title,
  type Cell,
} from './kit';
import { dateOr, describeAudit, findingBullets, judgementCell, periodText, plural, type CaseDocContext } from './case-audit-words';

// The audit's summary report to the partnership (Halton: "what was found to be working well, emerging concerns,
// overall judgements and recommendations … and learning about the process of the audit itself"): theme,
// methodology, sample, findings, judgements, risk escalations, recommendations, actions, dissemination.

export interface QuestionDistribution {
  ref: string;
  text: string;
  /** Level code → number of agency returns giving it. */
  counts: Record<string, number>;
  notApplicable: number;
}

export interface CaseAuditReportData extends CaseDocContext {
  audit: CaseAuditDetail;
  /** The actions made from the recommendations, as the action plan has them now. */
  actions: ActionRow[];
  distribution: QuestionDistribution[];
}

export const caseAuditReportTitle = (a: CaseAuditDetail) => `Multi-agency case-file audit: ${a.title}`;

const none = (text: string): FileChild[] => paragraphs(text, { italics: true });

function sampleTable(a: CaseAuditDetail, brandColour: string) {
  const rows: Cell[][] = a.cases.map((c) => [
    c.reference,
    c.returns.map((r) => r.agencyName).join('\n') || { text: 'None recorded', italics: true },
    `${c.returns.filter((r) => r.status === 'accepted').length} of ${c.returns.length}`,
    judgementCell(c.judgement),
  ]);
  return dataTable({
    brandColour,
    columns: [{ header: 'Case', width: 20 }, { header: 'Agencies involved', width: 40 }, { header: 'Returns accepted', width: 15, align: 'center' }, { header: 'Overall judgement', width: 25 }],
    rows,
    emptyText: 'No cases sampled.',
  });
}

function distributionTable(a: CaseAuditDetail, d: QuestionDistribution[], brandColour: string) {
  const levels = a.tool.scale.levels;
  return dataTable({
    brandColour,
    columns: [
      { header: 'Question', width: 40 },
      ...levels.map((l) => ({ header: l.label, width: 60 / (levels.length + (a.tool.scale.allowsNa ? 1 : 0)), align: 'center' as const })),
      ...(a.tool.scale.allowsNa ? [{ header: a.tool.scale.naLabel, width: 60 / (levels.length + 1), align: 'center' as const }] : []),
    ],
    rows: d.map((q) => [`${q.ref}: ${q.text}`, ...levels.map((l) => q.counts[l.code] ?? 0), ...(a.tool.scale.allowsNa ? [q.notApplicable] : [])]),
  });
}

export async function buildCaseAuditReport(data: CaseAuditReportData): Promise<Buffer> {
  const { audit: a, settings } = data;
  const brandColour = settings.brandColour;
  const look = { brandColour };
  const docTitle = caseAuditReportTitle(a);
  const actionById = new Map(data.actions.map((x) => [x.id, x]));
  const children: FileChild[] = [
    title(docTitle),
    boardPaperHeaderTable(
      { meeting: a.leadGroupName ?? 'Safeguarding Children Partnership', date: data.generatedAt, subject: `Case-file audit: ${a.theme}`, author: a.chairName ? `${a.chairName} (chair)` : data.authorName, status: settings.protectiveMarking || 'Not marked' },
      look,
    ),
    ...numberedSection({
      title: 'Purpose of the report',
      body: `To report the findings of the multi-agency case-file audit on ${a.theme.toLowerCase()}, the judgements and recommendations agreed at the moderation meeting, and the learning about the audit process.\n\n${describeAudit(a)}`,
    }),
    ...numberedSection({ title: 'Theme and scope' }),
    keyValueTable(
      [
        ['Theme', a.theme],
        ['Programme year', `${a.programmeYear}${a.urgent ? ' (added during the year as an urgent theme)' : ''}`],
        ['Period of practice audited', periodText(a.practiceFrom, a.practiceTo)],
        ['Lead group', a.leadGroupName ?? 'Not set'],
        ['Chair', a.chairName ?? 'Not set'],
        ['Sample agreed by', dateOr(a.sampleAgreedBy)],
        ['Returns due', dateOr(a.returnsDue)],
        ['Moderation meeting', a.moderation ? `${dateOr(a.moderation.start.slice(0, 10))} ${a.moderation.start.slice(11)}` : dateOr(a.moderationPlanned)],
      ],
      ['Item', 'Detail'],
      look,
    ),
    ...numberedSection({
      title: 'Methodology',
      body: `${METHODOLOGY_LABELS[a.methodology]}.${a.methodologyNotes ? `\n\n${a.methodologyNotes}` : ''}\n\nEach agency involved in a case audited its own practice with the partnership's audit tool, through an auditor not involved in the case. The business unit quality-assured every return, sending back any that were not robust or comprehensive, and the auditors met to moderate the findings.`,
    }),
    heading('The audit tool', 2),
    dataTable({ ...look, columns: [{ header: 'Ref', width: 8 }, { header: 'Area', width: 24 }, { header: 'Question', width: 68 }], rows: a.tool.questions.map((q) => [q.ref, QUESTION_AREA_LABELS[q.area], q.text]) }),
    heading('Rating scale', 2),
    scaleKeyTable(a.tool.scale.levels.map((l) => ({ label: l.label, colour: l.colour, description: l.description ?? '' })), ['Rating', 'Guidance'], look),
    ...numberedSection({ title: 'The sample', body: a.caseCount ? `${plural(a.caseCount, 'case was', 'cases were')} audited, each known here by its pseudonymous reference only.` : 'No cases were sampled.' }),
    sampleTable(a, brandColour),
    ...numberedSection({ title: 'Findings' }),
    heading('What is working well', 2),
    ...findingBullets(a, 'working_well'),
    heading('Emerging concerns', 2),
    ...findingBullets(a, 'emerging_concern'),
    ...numberedSection({ title: 'Judgements', body: a.themeSummary ?? (a.themeJudgement ? 'The overall judgement for the theme is below.' : 'No overall judgement for the theme has been recorded yet.') }),
    keyValueTable([['Overall judgement for the theme', a.themeJudgement ? scaleCell(a.themeJudgement, 'left') : { text: 'Not judged', italics: true }]], ['Item', 'Detail'], look),
    heading('Ratings by question', 2),
    distributionTable(a, data.distribution, brandColour),
    caption('Number of agency returns giving each rating, across all cases.'),
    ...numberedSection({ title: 'Immediate risk and unsafe practice', body: a.risks.length ? 'Concerns raised during the audit were escalated to the agency concerned for a response and assurance.' : 'No concerns about immediate risk to a child or unsafe practice were raised during the audit.' }),
    ...(a.risks.length
      ? [
          dataTable({
            ...look,
            columns: [{ header: 'Concern', width: 24 }, { header: 'Case', width: 16 }, { header: 'Agency', width: 20 }, { header: 'Raised', width: 12 }, { header: 'Status', width: 28 }],
            rows: a.risks.map((r) => [RISK_KIND_LABELS[r.kind], r.caseReference ?? '', r.agencyName ?? '', formatShortDate(r.raisedOn), `${RISK_STATUS_LABELS[r.status]}${r.closedOn ? ` (${formatShortDate(r.closedOn)})` : ''}`]),
          }),
        ]
      : []),
    ...numberedSection({ title: 'Recommendations', body: a.recommendations.length ? 'The moderation meeting agreed these recommendations for the areas where change is most needed.' : 'No recommendations have been recorded yet.' }),
    ...(a.recommendations.length
      ? [
          dataTable({
            ...look,
            columns: [{ header: 'Recommendation', width: 46 }, { header: 'Owner', width: 22 }, { header: 'Due', width: 12 }, { header: 'Action', width: 20 }],
            rows: a.recommendations.map((r) => [r.text, r.groupName ?? r.agencyName ?? '', r.dueDate ? formatShortDate(r.dueDate) : '', r.actionReference ? `${r.actionReference}: ${r.actionStatus ? ACTION_STATUS_LABELS[r.actionStatus] : ''}` : { text: 'Not yet an action', italics: true }]),
          }),
        ]
      : []),
    ...numberedSection({ title: 'Actions', body: data.actions.length ? 'Progress on the actions made from the recommendations, from the partnership action plan.' : 'No actions have been made from the recommendations yet.' }),
    ...(data.actions.length
      ? [
          dataTable({
            ...look,
            columns: [{ header: 'Ref', width: 10 }, { header: 'Action', width: 40 }, { header: 'Owner', width: 20 }, { header: 'Due', width: 12 }, { header: 'Status', width: 18 }],
            rows: a.recommendations
              .map((r) => (r.actionId ? actionById.get(r.actionId) : undefined))
              .filter((x): x is ActionRow => Boolean(x))
              .map((x) => [x.reference, x.description, x.groupName ?? x.agencyName ?? '', formatShortDate(x.dueDate), `${ACTION_STATUS_LABELS[x.status]}${x.overdue ? ' (overdue)' : ''}`]),
          }),
        ]
      : []),
    ...numberedSection({ title: 'Learning about the audit process' }),
    ...findingBullets(a, 'process_learning'),
    ...numberedSection({ title: 'Dissemination', body: a.disseminations.length ? 'The findings have been shared as follows.' : 'The findings have not yet been disseminated.' }),
    ...(a.disseminations.length
      ? [dataTable({ ...look, columns: [{ header: 'Date', width: 14 }, { header: 'How', width: 22 }, { header: 'Audience', width: 30 }, { header: 'Notes', width: 34 }], rows: a.disseminations.map((d) => [formatShortDate(d.date), DISSEMINATION_CHANNEL_LABELS[d.channel], d.audience, d.notes ?? '']) })]
      : []),
  ];
  const tagged = a.findings.flatMap((f) => f.standards.map((s) => ({ f, s })));
  if (tagged.length)
    children.push(
      heading('Appendix: findings and the Section 11 standards', 1),
      ...paragraphs('Findings tagged with the s11 standards they bear on, so the practice evidence can be read beside agencies’ self-assessments.'),
      dataTable({ ...look, columns: [{ header: 'Standard', width: 30 }, { header: 'Finding', width: 70 }], rows: tagged.map(({ f, s }) => [`${s.number}. ${s.title}`, f.text]) }),
    );
  if (!a.cases.length) children.push(...none('This report was produced before any cases were sampled.'));
  const doc = createReportDocument({
    title: docTitle,
    subject: `${settings.partnershipName}: case-file audit on ${a.theme}`,
    description: describeAudit(a),
    keywords: 'multi-agency case-file audit; safeguarding; quality assurance',
    author: data.authorName,
    settings,
    fontsDir: data.fontsDir,
    children,
  });
  return packDocument(doc);
}

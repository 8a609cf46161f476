import type { FileChild } from 'docx';
import { createReportDocument, dataTable, formatLongDate, heading, keyValueTable, packDocument, paragraphs, scaleKeyTable, title, type ScaleLevelLook } from '../reports/kit';
import {
  CASE_IDENTITY_KEYS,
  CASE_PROPERTY_PREFIX,
  CASE_RETURN_DETAILS,
  NARRATIVE_COLUMNS,
  NARRATIVE_ROWS,
  RATING_COLUMNS,
  caseCoverDetails,
  caseHowToFill,
  type CaseReturnToolContent,
  type NarrativeField,
} from './case-return-layout';

// The Word version of the case-audit return, built from the document kit so it passes the team's checker. The
// identity goes in custom document properties and, in case Word drops those, in a closing "Return details" table.

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const NOT_RATED = '#D9D9D9';

export async function buildCaseReturnDocx(c: CaseReturnToolContent, fontsDir: string): Promise<Buffer> {
  const brandColour = c.settings.brandColour;
  const docTitle = `${c.auditTitle}: case-file audit return`;
  const key: ScaleLevelLook[] = c.scale.levels.map((l) => ({ label: l.label, colour: l.colour, description: l.description ?? '' }));
  if (c.scale.allowsNa) key.push({ label: c.scale.naLabel, colour: NOT_RATED, description: "The question does not apply to your agency's involvement: say why in the Comment column." });
  const children: FileChild[] = [
    title(docTitle),
    keyValueTable(caseCoverDetails(c), ['Item', 'Detail'], { brandColour }),
    heading('How to fill in this return', 1),
    ...caseHowToFill(c, 'docx').flatMap((line) => paragraphs(line)),
    heading('Rating scale', 1),
    scaleKeyTable(key, ['Rating', 'Guidance'], { brandColour }),
    heading('Ratings', 1),
    dataTable({
      brandColour,
      columns: [
        { header: RATING_COLUMNS.ref.heading, width: 6 },
        { header: RATING_COLUMNS.area.heading, width: 14 },
        { header: RATING_COLUMNS.question.heading, width: 34 },
        { header: RATING_COLUMNS.rating.heading, width: 16 },
        { header: RATING_COLUMNS.comment.heading, width: 30 },
      ],
      rows: c.questions.map((q) => [q.ref, q.area, q.guidance ? `${q.text}\n\nGuidance: ${q.guidance}` : q.text, q.rating ?? '', q.comment ?? '']),
    }),
    heading('Narrative', 1),
    dataTable({
      brandColour,
      columns: [
        { header: NARRATIVE_COLUMNS.section.heading, width: 30 },
        { header: NARRATIVE_COLUMNS.response.heading, width: 70 },
      ],
      rows: (Object.keys(NARRATIVE_ROWS) as NarrativeField[]).map((f) => [{ text: NARRATIVE_ROWS[f].label, bold: true }, c.narrative[f] ?? '']),
    }),
    heading('Return details', 1),
    ...paragraphs('The partnership uses these details to match your return to the audit and the case. Please leave them as they are.'),
    keyValueTable(
      CASE_RETURN_DETAILS.map(([label, k]) => [label, String(c.identity[k])] as const),
      ['Item', 'Detail'],
      { brandColour },
    ),
  ];
  const doc = createReportDocument({
    title: docTitle,
    subject: `${c.identity.agencyName}: case ${c.identity.caseReference}`,
    description: `Case-file audit return for ${c.identity.agencyName}, case ${c.identity.caseReference}, issued ${formatLongDate(c.identity.issuedOn)} by ${c.partnershipName}.`,
    keywords: 'multi-agency case-file audit; safeguarding',
    author: c.authorName,
    settings: c.settings,
    fontsDir,
    children,
    // Sent to agencies by email: without the embedded font the file is a fraction of the size.
    embedFonts: false,
  });
  for (const k of CASE_IDENTITY_KEYS) doc.CustomProperties.addCustomProperty({ name: `${CASE_PROPERTY_PREFIX}${k}`, value: String(c.identity[k]) });
  return packDocument(doc);
}

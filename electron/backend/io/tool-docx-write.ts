import type { FileChild } from 'docx';
import {
  createReportDocument,
  dataTable,
  formatLongDate,
  heading,
  keyValueTable,
  packDocument,
  paragraphs,
  scaleKeyTable,
  title,
  type Cell,
  type Column,
  type ScaleLevelLook,
} from '../reports/kit';
import { CUSTOM_PROPERTY_PREFIX, DOCX_COLUMNS, DOCX_HEADINGS, IDENTITY_KEYS, RETURN_DETAILS, coverDetails, howToFill, type ToolContent, type ToolField, type ToolRow } from './tool-layout';

// The Word version of the self-assessment tool, built from the document kit so it passes the team's checker.
// Identity goes in the custom document properties and, in case Word drops those, in a final "Return details" table.

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const WIDTHS: Record<ToolField, number> = { ref: 6, text: 29, prompt: 0, rating: 15, naReason: 11, evidence: 25, improvement: 14, carried: 0 };
const COLUMNS: Column[] = DOCX_COLUMNS.map((f) => ({ header: DOCX_HEADINGS[f], width: WIDTHS[f] }));
const NOT_RATED = '#D9D9D9';
const STANDARD_FILL = '#EEF3F8';

function rowCells(r: ToolRow, c: ToolContent): Cell[] {
  const a = r.answer;
  const rating = a?.notApplicable ? c.scale.naLabel : (a?.rating ?? '');
  // A standard's guidance is printed under its heading; an item's evidence prompt goes under its text.
  const prompt = r.kind === 'item' ? r.prompt : null;
  const requirement = [r.text, prompt ? `\n${prompt}` : null, a?.carriedForward ? '\n(Answer carried forward from the last audit: please check it.)' : null]
    .filter(Boolean)
    .join('\n');
  const fill = r.kind === 'standard' ? STANDARD_FILL : undefined;
  const cell = (text: string, bold = false): Cell => (fill ? { text, fill, bold } : text);
  return [
    cell(r.ref, r.kind === 'standard'),
    cell(requirement, r.kind === 'standard'),
    r.ratable ? cell(rating) : { text: '', fill: NOT_RATED },
    cell(a?.notApplicable ? (a.naReason ?? '') : ''),
    cell(a?.evidence ?? ''),
    cell(a?.improvement ?? ''),
  ];
}

function scaleKey(c: ToolContent): ScaleLevelLook[] {
  const levels: ScaleLevelLook[] = c.scale.levels.map((l) => ({ label: l.label, colour: l.colour, description: l.description ?? '' }));
  if (c.scale.allowsNa) levels.push({ label: c.scale.naLabel, colour: NOT_RATED, description: 'The requirement does not apply to this organisation: give the reason in the N/A reason column.' });
  return levels;
}

export async function buildToolDocx(c: ToolContent, fontsDir: string): Promise<Buffer> {
  const brandColour = c.settings.brandColour;
  const docTitle = `${c.cycleName}: self-assessment`;
  const children: FileChild[] = [
    title(docTitle),
    keyValueTable(coverDetails(c, 'docx'), ['Item', 'Detail'], { brandColour }),
    heading('How to fill in this form', 1),
    ...howToFill(c, 'docx').flatMap((line) => paragraphs(line)),
    heading('Rating scale', 1),
    ...(c.scale.kind === 'numeric' ? paragraphs(`Ratings are scores from ${c.scale.min} to ${c.scale.max}; the bands below show how scores are read.`) : []),
    scaleKeyTable(scaleKey(c), ['Rating', 'What it means'], { brandColour }),
    heading('Your self-assessment', 1),
  ];
  for (const s of c.standards) {
    const guidance = s.rows[0]?.kind === 'standard' ? s.rows[0].prompt : null;
    children.push(
      heading(`Standard ${s.number}: ${s.title}`, 2),
      ...(guidance ? paragraphs(guidance) : []),
      dataTable({ brandColour, columns: COLUMNS, rows: s.rows.map((r) => rowCells(r, c)) }),
    );
  }
  children.push(
    heading('Return details', 1),
    ...paragraphs('The partnership uses these details to match your return to this audit. Please leave them as they are.'),
    keyValueTable(
      RETURN_DETAILS.map(([label, key]) => [label, String(c.identity[key])] as const),
      ['Item', 'Detail'],
      { brandColour },
    ),
  );
  const doc = createReportDocument({
    title: docTitle,
    subject: `${c.identity.agencyName}: ${c.cycleName}`,
    description: `Self-assessment for ${c.identity.agencyName}, issued ${formatLongDate(c.identity.issuedOn)} by ${c.partnershipName}.`,
    keywords: 'self-assessment; safeguarding; section 11',
    author: c.authorName,
    settings: c.settings,
    fontsDir,
    children,
    // Sent to every agency by email: without the embedded font the file is a fraction of the size.
    embedFonts: false,
  });
  for (const k of IDENTITY_KEYS) doc.CustomProperties.addCustomProperty({ name: `${CUSTOM_PROPERTY_PREFIX}${k}`, value: String(c.identity[k]) });
  return packDocument(doc);
}

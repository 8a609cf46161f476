import type { FileChild } from 'docx';
import type { BoardPaperDraft, BoardPaperHeaderRow } from '../../../shared/domain/report';
import { challengeAppendix, comparisonAppendix, resultsSummary } from './board-paper-appendices';
import { matrixKey, matrixTables, standardsKey } from './board-paper-matrix';
import { CONTENT_WIDTH, CONTENT_WIDTH_PX, formatLongDate, heading, keyValueTable, numberedHeading, packDocument, paragraphs, title } from './kit';
import { appendicesFor, type AppendixKey } from './narrative/common';
import type { BoardPaperData } from './narrative/data';
import { distributionChart, returnCurve, returnRateChart, type Chart } from './report-charts';
import { LANDSCAPE_CONTENT_WIDTH, createMultiSectionDocument, type DocSection } from './report-document';
import { sectionParagraphs } from './section-text';
import { LargeTables } from './fast-table';

// The board paper as a Word document: title, the configurable header table, the numbered sections (the
// draft's text: edited where the user edited, generated elsewhere), then the appendices, the results matrix
// on landscape pages when the framework is wide.

export interface BoardPaperDocInput {
  data: BoardPaperData;
  draft: BoardPaperDraft;
  authorName: string;
  fontsDir: string;
  /** Embed Lato (default true); tests switch it off to keep files small. */
  embedFonts?: boolean;
}

/** Frameworks with more standards than this get the matrix on landscape pages. */
export const PORTRAIT_MATRIX_MAX = 5;

/**
 * What the document's header table shows: empty optional rows (agenda item, decision) are left out, an
 * unset meeting date reads "To be confirmed", and an ISO date is written as "18 November 2024".
 */
export function headerTableRows(rows: readonly BoardPaperHeaderRow[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const r of rows) {
    const v = r.value.trim();
    if (r.source === 'date') out.push([r.label, !v ? 'To be confirmed' : /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatLongDate(v) : v]);
    else if (v) out.push([r.label, v]);
  }
  return out;
}

export function paperTitle(draft: BoardPaperDraft): string {
  return draft.header.find((h) => h.source === 'title')?.value.trim() || draft.cycleName;
}

function body(draft: BoardPaperDraft): FileChild[] {
  const out: FileChild[] = [];
  let numbered = 0;
  for (const s of draft.sections) {
    if (s.hidden) continue;
    const text = s.text.trim();
    // A part (level 2) only makes sense under a numbered section, and an empty one (no scrutineer's report yet) is left out.
    if (s.level === 2 && numbered > 0) {
      if (!text) continue;
      out.push(heading(s.title, 2), ...sectionParagraphs(text, 2));
      continue;
    }
    numbered += 1;
    out.push(numberedHeading(s.title), ...sectionParagraphs(text, 1));
  }
  return out;
}

async function charts(d: BoardPaperData, fontsDir: string): Promise<{ distribution: Chart; returns: Chart | null }> {
  const width = CONTENT_WIDTH_PX - 2;
  const distribution = await distributionChart(d.results, d.levels, fontsDir, width);
  const from = d.cycle.launchDate;
  const to = d.cycle.finalDeadline ?? d.cycle.initialDeadline;
  if (!from || !to || to < from) return { distribution, returns: null };
  const deadlines = [
    ...(d.cycle.initialDeadline ? [{ label: 'Initial deadline', date: d.cycle.initialDeadline }] : []),
    ...(d.cycle.finalDeadline && d.cycle.finalDeadline !== d.cycle.initialDeadline ? [{ label: 'Final deadline', date: d.cycle.finalDeadline }] : []),
  ];
  const curve = returnCurve(
    d.agencies.map((a) => (a.returned ? a.returnedOn : null)),
    d.agencies.length,
    from,
    to < d.today ? to : d.today > from ? d.today : to,
  );
  return { distribution, returns: await returnRateChart(curve, deadlines, fontsDir, width, d.settings.brandColour) };
}

export async function buildBoardPaper(input: BoardPaperDocInput): Promise<Buffer> {
  const { data: d, draft } = input;
  const paper = paperTitle(draft);
  const brandColour = d.settings.brandColour;
  const appendices = appendicesFor(d);
  const landscape = d.standards.length > PORTRAIT_MATRIX_MAX;
  const sections: DocSection[] = [
    {
      orientation: 'portrait',
      children: [title(paper), keyValueTable(headerTableRows(draft.header), ['Item', 'Detail'], { brandColour }), ...body(draft)],
    },
  ];
  const made = await charts(d, input.fontsDir);
  const large = new LargeTables();
  const appendixBody = (key: AppendixKey, width: number): FileChild[] => {
    switch (key) {
      case 'matrix':
        return [
          ...paragraphs('Each agency’s rating of each standard after moderation: the moderated rating where the moderator gave one, otherwise the agency’s own. Colours follow the rating scale and every cell carries its code.'),
          ...matrixKey({ levels: d.levels, naLabel: d.framework.naLabel, brandColour, totalWidth: width }),
          ...standardsKey(d.standards, brandColour, width),
          ...matrixTables({ standards: d.standards, agencies: d.agencies, matrix: d.matrix, levels: d.levels, naLabel: d.framework.naLabel, brandColour, totalWidth: width }, large),
        ];
      case 'summary':
        return resultsSummary(d, made);
      case 'challenge':
        return challengeAppendix(d, large);
      case 'comparison':
        return comparisonAppendix(d);
    }
  };
  for (const a of appendices) {
    const wide = a.key === 'matrix' && landscape;
    const children = [heading(`Appendix ${a.number}: ${a.title}`, 1), ...appendixBody(a.key, wide ? LANDSCAPE_CONTENT_WIDTH : CONTENT_WIDTH)];
    // Each appendix is a section of its own, so it starts on a new page in the orientation it needs.
    sections.push({ orientation: wide ? 'landscape' : 'portrait', children });
  }
  const doc = createMultiSectionDocument({
    title: paper,
    subject: `${d.settings.partnershipName}: ${d.cycle.name}`,
    description: `Board paper on the ${d.cycle.name} (${d.cycle.periodLabel}).`,
    keywords: 'board paper; self-assessment audit; safeguarding; section 11',
    author: input.authorName,
    settings: d.settings,
    fontsDir: input.fontsDir,
    embedFonts: input.embedFonts,
    sections,
  });
  return large.inject(await packDocument(doc));
}

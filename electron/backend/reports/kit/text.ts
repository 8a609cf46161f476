import { HeadingLevel, Paragraph, TextRun, type IRunOptions } from 'docx';
import { STYLE } from './styles';

export type HeadingDepth = 1 | 2 | 3;

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Splits text on blank lines; trims blocks and drops empty ones, so stray whitespace never makes empty paragraphs. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}

/** Runs for one block of text; single line breaks inside it stay line breaks. */
export function textRuns(text: string, run: Omit<IRunOptions, 'text' | 'children' | 'break'> = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ ...run, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

/** The document title (Word's Title style; the checker accepts it as the first heading). */
export function title(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(text) });
}

/** A real Word heading (Heading 1 to 3). Callers keep levels in order: 1, then 2, then 3. */
export function heading(text: string, level: HeadingDepth): Paragraph {
  return new Paragraph({ heading: HEADINGS[level], children: textRuns(text) });
}

/** Plain body text: "\n\n" starts a new paragraph. */
export function paragraphs(text: string, run: Omit<IRunOptions, 'text' | 'children' | 'break'> = {}): Paragraph[] {
  return splitParagraphs(text).map((block) => new Paragraph({ children: textRuns(block, run) }));
}

/** One paragraph with a bold lead-in, e.g. "Note: ...". */
export function labelledParagraph(label: string, text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label} `, bold: true }), ...textRuns(text)] });
}

/** A small italic caption under a table or chart. */
export function caption(text: string): Paragraph {
  return new Paragraph({ style: STYLE.caption, children: textRuns(text) });
}

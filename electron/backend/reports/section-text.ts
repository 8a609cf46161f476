import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { NUMBERING } from './kit';

// The plain-text markup of board paper sections, as the user edits it in the app: a blank line starts a new
// paragraph, "- " a bullet, "  - " (indented) a sub-bullet, "## " a sub-heading, **text** is bold, and a
// single line break stays a line break. Anything else is text, so nothing a user types can break the file.

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'bullet'; level: 0 | 1; text: string }
  | { kind: 'paragraph'; text: string };

const BULLET = /^(\s*)[-•*]\s+(.*)$/;

/** Blocks of the markup, in order. */
export function parseSectionText(text: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  const close = () => {
    if (open && open.text.trim()) blocks.push({ ...open, text: open.text.trim() });
    open = null;
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim()) {
      close();
      continue;
    }
    const h = /^#{2,3}\s+(.*)$/.exec(line.trim());
    if (h) {
      close();
      blocks.push({ kind: 'heading', text: h[1]!.trim() });
      continue;
    }
    const b = BULLET.exec(line);
    // "**Action:**" at the start of a line is bold text, not a bullet.
    if (b && !line.trimStart().startsWith('**')) {
      close();
      open = { kind: 'bullet', level: b[1]!.length >= 2 ? 1 : 0, text: b[2]! };
      continue;
    }
    if (open) open.text += `\n${line.trim()}`;
    else open = { kind: 'paragraph', text: line.trim() };
  }
  close();
  return blocks;
}

/** Runs for one block: **bold** spans, line breaks kept. */
export function inlineRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  const parts = text.split(/\*\*(.+?)\*\*/g);
  let first = true;
  parts.forEach((part, i) => {
    part.split('\n').forEach((line, j) => {
      if (!line && j === 0 && !first) return;
      runs.push(new TextRun({ text: line, ...(i % 2 === 1 ? { bold: true } : {}), ...(j > 0 ? { break: 1 } : {}) }));
      first = false;
    });
  });
  return runs.length ? runs : [new TextRun('')];
}

/** The blocks as Word paragraphs; sub-headings one level below the section's own heading. */
export function sectionParagraphs(text: string, sectionLevel: 1 | 2): Paragraph[] {
  const sub = sectionLevel === 1 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return parseSectionText(text).map((b) => {
    if (b.kind === 'heading') return new Paragraph({ heading: sub, children: inlineRuns(b.text) });
    if (b.kind === 'bullet') return new Paragraph({ numbering: { reference: NUMBERING.bullets, level: b.level }, children: inlineRuns(b.text) });
    return new Paragraph({ children: inlineRuns(b.text) });
  });
}

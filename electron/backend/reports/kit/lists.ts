import { AlignmentType, HeadingLevel, LevelFormat, Paragraph, type INumberingOptions } from 'docx';
import { STYLE } from './styles';
import { splitParagraphs, textRuns } from './text';

/** Numbering references every document gets (see numberingOptions). */
export const NUMBERING = { sections: 'board-paper-sections', bullets: 'audit-desk-bullets' } as const;

const INDENT = 567; // 1 cm in twips

/**
 * Real Word list numbering, so sections renumber themselves when someone inserts one in Word:
 * level 0 "1." on Heading 1, level 1 "1.1" on paragraphs, level 2 "a)" on sub-points.
 */
export function numberingOptions(): INumberingOptions {
  return {
    config: [
      {
        reference: NUMBERING.sections,
        levels: [
          { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: INDENT, hanging: INDENT } } } },
          { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.START, style: { paragraph: { indent: { left: INDENT, hanging: INDENT } } } },
          { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 2 * INDENT, hanging: INDENT } } } },
        ],
      },
      {
        reference: NUMBERING.bullets,
        levels: [0, 1, 2].map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: level === 1 ? '\u2013' : '\u2022',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: INDENT * (level + 1), hanging: 340 } } },
        })),
      },
    ],
  };
}

/** "1. Purpose of the report": a Heading 1 numbered by the section list. */
export function numberedHeading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, numbering: { reference: NUMBERING.sections, level: 0 }, children: textRuns(text) });
}

/** "1.1 ...", "1.2 ...": each blank-line-separated block of text becomes one numbered paragraph. */
export function numberedParagraphs(text: string): Paragraph[] {
  return splitParagraphs(text).map(
    (block) => new Paragraph({ style: STYLE.numberedParagraph, numbering: { reference: NUMBERING.sections, level: 1 }, children: textRuns(block) }),
  );
}

/** "a) ...", "b) ..." under a numbered paragraph. */
export function numberedSubPoints(items: readonly string[]): Paragraph[] {
  return items.map(
    (item) => new Paragraph({ style: STYLE.numberedParagraph, numbering: { reference: NUMBERING.sections, level: 2 }, children: textRuns(item) }),
  );
}

/** A whole numbered section: heading, numbered paragraphs and optional lettered points after them. */
export function numberedSection(section: { title: string; body?: string; points?: readonly string[] }): Paragraph[] {
  return [
    numberedHeading(section.title),
    ...(section.body ? numberedParagraphs(section.body) : []),
    ...(section.points?.length ? numberedSubPoints(section.points) : []),
  ];
}

/** A bulleted list; nested arrays are indented one level under the item before them. */
export function bulletList(items: ReadonlyArray<string | readonly string[]>, level = 0): Paragraph[] {
  return items.flatMap((item) =>
    typeof item === 'string'
      ? [new Paragraph({ numbering: { reference: NUMBERING.bullets, level }, children: textRuns(item) })]
      : bulletList(item, Math.min(level + 1, 2)),
  );
}

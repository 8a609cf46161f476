import { LineRuleType, type IRunStylePropertiesOptions, type IStylesOptions } from 'docx';
import { readableOnWhite, textColourOn, toDocxHex } from './colour';
import { FONT_FAMILY } from './fonts';

/** Style ids the builders refer to. Heading1..3 and Title are Word's own ids, so Word sees real headings. */
export const STYLE = {
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  headerFooter: 'HeaderFooterText',
  numberedParagraph: 'NumberedParagraph',
  caption: 'Caption',
  table: 'AuditDeskTable',
} as const;

export const LANGUAGE = 'en-GB';
/** Sizes in half-points, as OOXML counts them. */
export const SIZE = { body: 22, table: 19, small: 17, h3: 24, h2: 28, h1: 32, title: 44 } as const;
export const TABLE_BORDER_COLOUR = 'A6A6A6';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const font = { ascii: FONT_FAMILY, hAnsi: FONT_FAMILY, cs: FONT_FAMILY, eastAsia: FONT_FAMILY };

/**
 * A real Word table style, so a table stays consistent when someone adds a row in Word. The builders also set the
 * header shading directly, because LibreOffice and older Word ignore conditional table-style formatting.
 */
function tableStylesXml(brand: string): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${TABLE_BORDER_COLOUR}"/>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('');
  return (
    `<w:styles xmlns:w="${W_NS}"><w:style w:type="table" w:styleId="${STYLE.table}">` +
    `<w:name w:val="Audit Desk table"/><w:uiPriority w:val="59"/>` +
    `<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
    `<w:rPr><w:sz w:val="${SIZE.table}"/><w:szCs w:val="${SIZE.table}"/></w:rPr>` +
    `<w:tblPr><w:tblBorders>${borders}</w:tblBorders>` +
    `<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>` +
    `<w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="${textColourOn(brand)}"/></w:rPr>` +
    `<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${brand}"/></w:tcPr></w:tblStylePr>` +
    `</w:style></w:styles>`
  );
}

export interface DocumentStyles {
  styles: IStylesOptions;
  /**
   * docx has no option for table styles, and a styles.importedStyles list would replace its default styles, so the
   * table style goes in as "external" styles, which docx merges with its defaults and the styles above.
   */
  externalStyles: string;
}

/** Styles for every Audit Desk document: Lato, brand-coloured headings, en-GB, a table style. Spread into Document. */
export function buildStyles(brandColour: string): DocumentStyles {
  const brand = toDocxHex(brandColour);
  const headingColour = readableOnWhite(brandColour);
  const heading = (size: number): IRunStylePropertiesOptions => ({ font, size, bold: true, color: headingColour });
  const keep = { keepNext: true, keepLines: true };
  const styles: IStylesOptions = {
    default: {
      document: {
        run: { font, size: SIZE.body, language: { value: LANGUAGE, eastAsia: LANGUAGE, bidirectional: LANGUAGE } },
        // lineRule written out: LibreOffice reads a bare w:line as an exact height and clips pictures to it
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: heading(SIZE.title),
        paragraph: { spacing: { before: 0, after: 240 }, ...keep },
      },
      heading1: { run: heading(SIZE.h1), paragraph: { spacing: { before: 360, after: 120 }, outlineLevel: 0, ...keep } },
      heading2: { run: heading(SIZE.h2), paragraph: { spacing: { before: 280, after: 100 }, outlineLevel: 1, ...keep } },
      heading3: {
        run: { ...heading(SIZE.h3), color: '000000' },
        paragraph: { spacing: { before: 240, after: 80 }, outlineLevel: 2, ...keep },
      },
      listParagraph: { paragraph: { spacing: { after: 60 } } },
      caption: { run: { font, size: SIZE.small, italics: true, color: '404040' }, paragraph: { spacing: { before: 60, after: 200 } } },
    },
    paragraphStyles: [
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: SIZE.table },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.tableHeading,
        name: 'Table Heading',
        basedOn: STYLE.tableText,
        quickFormat: true,
        run: { bold: true },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE.headerFooter,
        name: 'Header Footer Text',
        basedOn: 'Normal',
        run: { size: SIZE.small, color: '404040' },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.numberedParagraph,
        name: 'Numbered Paragraph',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { spacing: { after: 120 } },
      },
    ],
  };
  return { styles, externalStyles: tableStylesXml(brand) };
}


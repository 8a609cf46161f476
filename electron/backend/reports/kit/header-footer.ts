import { AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { readableOnWhite } from './colour';
import { imageRun, imageSize } from './images';
import { CONTENT_WIDTH } from './page';
import { STYLE } from './styles';

export interface Logo {
  base64: string;
  mimeType: 'image/png' | 'image/jpeg';
}

export interface HeaderFooterOptions {
  /** Protective marking, e.g. "OFFICIAL"; shown top and bottom of every page as Government Security Classifications ask. */
  marking: string;
  partnershipName: string;
  /** Document title, shown in the footer so a loose page can be placed. */
  documentTitle?: string;
  brandColour: string;
  logo?: Logo | null;
}

const LOGO_HEIGHT_PX = 36;
const LOGO_MAX_WIDTH_PX = 180;

function markingParagraph(marking: string): Paragraph | null {
  const text = marking.trim();
  if (!text) return null;
  return new Paragraph({ style: STYLE.headerFooter, alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true, color: '000000', size: 20 })] });
}

function logoRun(logo: Logo, partnershipName: string) {
  const data = Buffer.from(logo.base64.replace(/^data:[^,]*,/, ''), 'base64');
  const size = imageSize(data);
  const width = Math.min(LOGO_MAX_WIDTH_PX, Math.round((LOGO_HEIGHT_PX * size.width) / size.height));
  return imageRun(
    {
      data,
      type: logo.mimeType === 'image/png' ? 'png' : 'jpg',
      widthPx: width,
      altText: { title: `${partnershipName} logo`, description: `Logo of ${partnershipName}`, name: 'Partnership logo' },
    },
    LOGO_MAX_WIDTH_PX,
  );
}

/** Marking centred on top; then logo (if any) on the left and partnership name on the right, over a brand rule. */
export function buildHeader(o: HeaderFooterOptions): Header {
  const marking = markingParagraph(o.marking);
  const children = [
    ...(o.logo ? [logoRun(o.logo, o.partnershipName), new TextRun({ children: [new Tab()] })] : []),
    new TextRun({ text: o.partnershipName, bold: true, color: readableOnWhite(o.brandColour) }),
  ];
  const brandLine = new Paragraph({
    style: STYLE.headerFooter,
    alignment: o.logo ? AlignmentType.LEFT : AlignmentType.RIGHT,
    tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
    border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: readableOnWhite(o.brandColour), space: 4 } },
    spacing: { before: 60, after: 0 },
    children,
  });
  return new Header({ children: marking ? [marking, brandLine] : [brandLine] });
}

/** Characters of "partnership: title" that fit beside "Page X of Y" on a portrait page at the footer's size. */
export const FOOTER_TEXT_CHARS = 92;

/** Partnership and title on the left, "Page X of Y" (PAGE and NUMPAGES fields) on the right, marking centred below. */
export function buildFooter(o: HeaderFooterOptions): Footer {
  const full = o.documentTitle ? `${o.partnershipName}: ${o.documentTitle}` : o.partnershipName;
  // A long title would push "Page X of Y" onto a second line; the title page has it whole.
  const left = full.length > FOOTER_TEXT_CHARS ? `${full.slice(0, FOOTER_TEXT_CHARS - 1).trimEnd()}…` : full;
  const pageLine = new Paragraph({
    style: STYLE.headerFooter,
    tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
    border: { top: { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6', space: 4 } },
    children: [
      new TextRun({ text: left }),
      new TextRun({ children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
    ],
  });
  const marking = markingParagraph(o.marking);
  return new Footer({ children: marking ? [pageLine, marking] : [pageLine] });
}

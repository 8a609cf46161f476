import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type FileChild,
} from 'docx';
import { DEFAULT_DOCUMENT_FONT, type DocumentFont } from '../../../shared/domain/report';
import type { Settings } from '../../../shared/domain/settings';
import { DEFAULT_BRAND, FONT_FAMILY, PAGE, STYLE, buildFooter, buildHeader, buildStyles, loadFontFaces, numberingOptions, readableOnWhite } from './kit';

// Documents of several sections: a board paper is portrait but its results matrix goes on landscape pages.
// The kit's createReportDocument makes one portrait section; this builds the same document (properties,
// styles, numbering, fonts, marking, "Page X of Y") with a section per orientation, in the partnership's font.

export type Orientation = 'portrait' | 'landscape';

export interface DocSection {
  orientation: Orientation;
  children: readonly FileChild[];
}

export interface MultiSectionOptions {
  title: string;
  subject?: string;
  description?: string;
  keywords?: string;
  author: string;
  settings: Pick<Settings, 'partnershipName' | 'protectiveMarking' | 'brandColour' | 'logoBase64' | 'logoMimeType' | 'documentFont'>;
  fontsDir: string;
  sections: readonly DocSection[];
  /** Embed Lato when it is the font (default true). Other fonts are never embedded: every Windows desktop has them. */
  embedFonts?: boolean;
}

/** Characters of "partnership: title" that fit beside "Page X of Y" in the footer of a portrait page. */
const FOOTER_CHARS = 92;

/** Text width of a landscape A4 page, in twips. */
export const LANDSCAPE_CONTENT_WIDTH = PAGE.height - 2 * PAGE.marginSide;

/** Replaces the kit's font name wherever the styles name it. */
function withFont<T>(value: T, font: string): T {
  if (typeof value === 'string') return (value === FONT_FAMILY ? font : value) as T;
  if (Array.isArray(value)) return value.map((v) => withFont(v, font)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withFont(v, font)])) as T;
  return value;
}

// The kit's header and footer set their right tab at the portrait text width; landscape pages need it at theirs.
function landscapeHeader(o: { marking: string; partnershipName: string; brandColour: string }): Header {
  const marking = o.marking.trim()
    ? [new Paragraph({ style: STYLE.headerFooter, alignment: AlignmentType.CENTER, children: [new TextRun({ text: o.marking.trim(), bold: true, color: '000000', size: 20 })] })]
    : [];
  const brandLine = new Paragraph({
    style: STYLE.headerFooter,
    alignment: AlignmentType.RIGHT,
    border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: readableOnWhite(o.brandColour), space: 4 } },
    spacing: { before: 60, after: 0 },
    children: [new TextRun({ text: o.partnershipName, bold: true, color: readableOnWhite(o.brandColour) })],
  });
  return new Header({ children: [...marking, brandLine] });
}

function landscapeFooter(o: { marking: string; left: string }): Footer {
  const pageLine = new Paragraph({
    style: STYLE.headerFooter,
    tabStops: [{ type: TabStopType.RIGHT, position: LANDSCAPE_CONTENT_WIDTH }],
    border: { top: { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6', space: 4 } },
    children: [new TextRun({ text: o.left }), new TextRun({ children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
  });
  const marking = o.marking.trim()
    ? [new Paragraph({ style: STYLE.headerFooter, alignment: AlignmentType.CENTER, children: [new TextRun({ text: o.marking.trim(), bold: true, color: '000000', size: 20 })] })]
    : [];
  return new Footer({ children: [pageLine, ...marking] });
}

export function createMultiSectionDocument(o: MultiSectionOptions): Document {
  const title = o.title.trim();
  if (!title) throw new Error('a document needs a title');
  if (!o.sections.length) throw new Error('a document needs at least one section');
  const font: DocumentFont = o.settings.documentFont ?? DEFAULT_DOCUMENT_FONT;
  const brandColour = o.settings.brandColour || DEFAULT_BRAND;
  const marking = o.settings.protectiveMarking ?? '';
  // The footer carries "partnership: title" beside "Page X of Y" on one line; a long title is cut to fit.
  const room = Math.max(24, FOOTER_CHARS - o.settings.partnershipName.length - 2);
  const footerTitle = title.length > room ? `${title.slice(0, room - 1).trimEnd()}…` : title;
  const look = {
    marking,
    partnershipName: o.settings.partnershipName,
    documentTitle: footerTitle,
    brandColour,
    logo: o.settings.logoBase64 && o.settings.logoMimeType ? { base64: o.settings.logoBase64, mimeType: o.settings.logoMimeType } : null,
  };
  const portrait = { headers: { default: buildHeader(look) }, footers: { default: buildFooter(look) } };
  const landscape = {
    headers: { default: landscapeHeader(look) },
    footers: { default: landscapeFooter({ marking, left: `${o.settings.partnershipName}: ${footerTitle}` }) },
  };
  const faces = font === FONT_FAMILY && o.embedFonts !== false ? loadFontFaces(o.fontsDir) : null;
  const margin = { top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginSide, right: PAGE.marginSide, header: PAGE.header, footer: PAGE.footer };
  return new Document({
    title,
    creator: o.author,
    lastModifiedBy: o.author,
    ...(o.subject ? { subject: o.subject } : {}),
    ...(o.description ? { description: o.description } : {}),
    ...(o.keywords ? { keywords: o.keywords } : {}),
    ...withFont(buildStyles(brandColour), font),
    numbering: numberingOptions(),
    ...(faces ? { fonts: [{ name: FONT_FAMILY, data: faces.regular, bold: faces.bold, italic: faces.italic }] } : {}),
    sections: o.sections.map((s) => ({
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height, orientation: s.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin,
        },
      },
      ...(s.orientation === 'landscape' ? landscape : portrait),
      children: [...s.children],
    })),
  });
}

import { Document, Packer, type FileChild } from 'docx';
import type { Settings } from '../../../../shared/domain/settings';
import { FONT_FAMILY, loadFontFaces } from './fonts';
import { buildFooter, buildHeader } from './header-footer';
import { numberingOptions } from './lists';
import { DEFAULT_BRAND, PAGE } from './page';
import { buildStyles } from './styles';

export type DocumentSettings = Pick<
  Settings,
  'partnershipName' | 'protectiveMarking' | 'brandColour' | 'logoBase64' | 'logoMimeType'
>;

export interface ReportDocumentOptions {
  /** Document title: core.xml dc:title (Word's File > Info) and the footer. Required by accessibility rules. */
  title: string;
  subject?: string;
  description?: string;
  keywords?: string;
  /** The person producing the document: dc:creator and lastModifiedBy. */
  author: string;
  settings: DocumentSettings;
  /** Folder holding the Lato font files (resources/fonts). */
  fontsDir: string;
  children: readonly FileChild[];
  /** Embed Lato so the document looks the same on machines without it (adds about 220 KB). Default true. */
  embedFonts?: boolean;
}

/** Every Audit Desk Word document starts here: properties, styles, numbering, fonts, header and footer. */
export function createReportDocument(o: ReportDocumentOptions): Document {
  const title = o.title.trim();
  if (!title) throw new Error('a document needs a title');
  const brandColour = o.settings.brandColour || DEFAULT_BRAND;
  const look = {
    marking: o.settings.protectiveMarking ?? '',
    partnershipName: o.settings.partnershipName,
    documentTitle: title,
    brandColour,
    logo:
      o.settings.logoBase64 && o.settings.logoMimeType ? { base64: o.settings.logoBase64, mimeType: o.settings.logoMimeType } : null,
  };
  const faces = o.embedFonts === false ? null : loadFontFaces(o.fontsDir);
  return new Document({
    title,
    creator: o.author,
    lastModifiedBy: o.author,
    ...(o.subject ? { subject: o.subject } : {}),
    ...(o.description ? { description: o.description } : {}),
    ...(o.keywords ? { keywords: o.keywords } : {}),
    ...buildStyles(brandColour),
    numbering: numberingOptions(),
    ...(faces ? { fonts: [{ name: FONT_FAMILY, data: faces.regular, bold: faces.bold, italic: faces.italic }] } : {}),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginSide,
              right: PAGE.marginSide,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
        },
        headers: { default: buildHeader(look) },
        footers: { default: buildFooter(look) },
        children: o.children,
      },
    ],
  });
}

/** The .docx file as bytes. Writing it to disk is the caller's job (io/atomic-write). */
export function packDocument(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}

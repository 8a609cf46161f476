// Reading generated .docx files in tests: unzip with jszip and look at the XML parts.
import JSZip from 'jszip';

export type DocxPackage = JSZip;

export function openDocx(data: Buffer | Uint8Array): Promise<DocxPackage> {
  return JSZip.loadAsync(data);
}

/** The text of one part, e.g. "word/document.xml"; fails the test clearly when the part is missing. */
export async function readPart(pkg: DocxPackage, path: string): Promise<string> {
  const file = pkg.file(path);
  if (!file) throw new Error(`${path} is not in the package (parts: ${Object.keys(pkg.files).join(', ')})`);
  return file.async('string');
}

export const documentXml = (pkg: DocxPackage) => readPart(pkg, 'word/document.xml');
export const coreXml = (pkg: DocxPackage) => readPart(pkg, 'docProps/core.xml');
export const stylesXml = (pkg: DocxPackage) => readPart(pkg, 'word/styles.xml');
export const numberingXml = (pkg: DocxPackage) => readPart(pkg, 'word/numbering.xml');

/** All parts whose path matches, e.g. /^word\/header\d*\.xml$/, in name order. */
export async function readParts(pkg: DocxPackage, pattern: RegExp): Promise<string[]> {
  const names = Object.keys(pkg.files).filter((n) => pattern.test(n)).sort();
  return Promise.all(names.map((n) => readPart(pkg, n)));
}
export const headerXmls = (pkg: DocxPackage) => readParts(pkg, /^word\/header\d*\.xml$/);
export const footerXmls = (pkg: DocxPackage) => readParts(pkg, /^word\/footer\d*\.xml$/);

/** Unescapes the five XML entities (enough for text docx writes). */
export const unescapeXml = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Text of each w:p in order (tabs and breaks ignored), including paragraphs inside tables. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    unescapeXml([...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  );
}

/** Each table's XML (tables are not nested in what the kit writes). */
export const tables = (xml: string): string[] => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
/** Each row's XML within a table. */
export const rows = (tableXml: string): string[] => [...tableXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
/** Paragraph style ids in order, e.g. ["Title", "Heading1", ...]. */
export const paragraphStyles = (xml: string): string[] => [...xml.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1]!);
/** Text of one Dublin Core / core property, e.g. coreProperty(core, 'dc:title'). */
export function coreProperty(core: string, name: string): string | null {
  const m = new RegExp(`<${name}(?: [^>]*)?>([^<]*)</${name}>`).exec(core);
  return m ? unescapeXml(m[1]!) : null;
}
export const count = (xml: string, re: RegExp): number => (xml.match(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)) ?? []).length;

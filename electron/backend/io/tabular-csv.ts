import Papa from 'papaparse';
import { importInvalid, type GridRow } from './tabular-grid';

/**
 * CSV bytes to text: a BOM decides when present; otherwise UTF-8 if the bytes are valid UTF-8, else
 * Windows-1252, which is what Excel on a UK council desktop writes for "CSV (Comma delimited)".
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function readCsvGrid(fileName: string, bytes: Uint8Array): GridRow[] {
  let text = decodeText(bytes);
  if (text.includes('\u0000')) throw importInvalid(fileName, 'is not a text file, so it cannot be read as CSV.');
  // Excel honours a first line "sep=;" and does not show it as a row.
  let delimiter = '';
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    delimiter = sep[1]!;
    text = text.slice(sep[0].length);
  }
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: false,
    header: false,
  });
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote)
    throw importInvalid(
      fileName,
      `has a quote mark that is never closed${quote.row !== undefined ? ` (row ${quote.row + 1})` : ''}, so the rows after it cannot be told apart.`,
    );
  // One record per Excel row: a quoted newline stays inside its cell, as Excel shows it.
  return parsed.data.map((values, i) => ({ row: i + 1, values }));
}

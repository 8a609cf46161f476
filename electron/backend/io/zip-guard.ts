import { inflateRawSync } from 'node:zlib';
import { AppError } from '../errors';

// Zip-bomb guard for every .xlsx/.docx the user gives us, run BEFORE exceljs or jszip sees the bytes: both
// inflate whole entries into memory and only then compare with the declared size, so a 50 KB file declaring
// (or really expanding to) gigabytes would take the process down. The declared sizes in the central
// directory are checked first; each deflated entry is then inflated by zlib with its output capped at the
// declared size, so an entry that lies about its size is caught without ever holding more than the cap.

/** One entry: far above the largest worksheet a partnership writes (a 20,000-row tracker is ~40 MB of XML). */
export const MAX_ENTRY_BYTES = 256 * 1024 * 1024;
/** The whole package, inflated: bounds the import's memory well under the 400 MB goal's order of magnitude. */
export const MAX_TOTAL_BYTES = 512 * 1024 * 1024;
/** Deflate cannot do better than about 1032:1; a declared ratio above that is a lie or a bomb. */
const MAX_RATIO = 1100;
const MAX_ENTRIES = 10_000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const refuse = (fileName: string, why: string) =>
  new AppError('import_invalid', `${fileName} ${why}`, [{ file: fileName, message: why }]);

const bomb = 'expands to far more data than any real workbook or document (a "zip bomb"), so it was not opened.';

/**
 * Throws import_invalid naming the file when a zip's entries are too large (declared or real); returns quietly
 * for bytes that are not a zip at all (the caller says what they are) and for zips it can check.
 * `inflate: false` checks the declared sizes only: for a caller that reads with readZipEntries, whose inflation
 * is itself capped at each declared size. Any other reader needs the full check first.
 */
export function assertZipWithinLimits(fileName: string, bytes: Uint8Array, options: { inflate?: boolean } = {}): void {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 4 || b.readUInt32LE(0) !== LOCAL) return;
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--)
    if (b.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  // No central directory (truncated): the readers refuse it as damaged in their own words, without inflating
  // anything (jszip and exceljs both need the central directory to find an entry).
  if (eocd < 0) return;
  const count = b.readUInt16LE(eocd + 10);
  let at = b.readUInt32LE(eocd + 16);
  // Zip64 (counts or offsets at their maximum) is never written by Office for files this size.
  if (count === 0xffff || at === 0xffffffff) throw refuse(fileName, bomb);
  if (count > MAX_ENTRIES) throw refuse(fileName, bomb);
  let total = 0;
  for (let n = 0; n < count; n++) {
    // A damaged directory: the readers cannot list entries past it either, and say the file is damaged.
    if (at + 46 > b.length || b.readUInt32LE(at) !== CENTRAL) return;
    const method = b.readUInt16LE(at + 10);
    const compressed = b.readUInt32LE(at + 20);
    const size = b.readUInt32LE(at + 24);
    const nameLength = b.readUInt16LE(at + 28);
    const local = b.readUInt32LE(at + 42);
    if (size === 0xffffffff || compressed === 0xffffffff || local === 0xffffffff) throw refuse(fileName, bomb);
    total += size;
    if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES || size > Math.max(compressed, 1) * MAX_RATIO) throw refuse(fileName, bomb);
    if (options.inflate !== false && method === 8 && local + 30 <= b.length && b.readUInt32LE(local) === LOCAL) {
      const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
      const raw = b.subarray(start, Math.min(b.length, start + compressed));
      try {
        // maxOutputLength makes zlib stop (RangeError) the moment the entry grows past what it declared.
        inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
      } catch (err) {
        if (err instanceof RangeError) throw refuse(fileName, bomb);
        // Corrupt deflate data: the readers report the damage in their own words.
      }
    }
    at += 46 + nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
}

// Zip bombs for the fuzz tests, built by hand so their central directories can declare anything.
import { constants, deflateRawSync } from 'node:zlib';

/** A zip (valid structure) whose entries inflate to `size` bytes each, declaring `declared` (default: the truth). */
export function zipBomb(entries: Array<{ name: string; size: number; declared?: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = spaces(e.size);
    const declared = e.declared ?? e.size;
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/**
 * Deflated spaces: one MB deflated once and repeated (sync-flushed blocks concatenate), then the final empty
 * block, so a 300 MB bomb takes milliseconds to build instead of seconds.
 */
function spaces(size: number): Buffer {
  const mb = 1024 * 1024;
  const block = deflateRawSync(Buffer.alloc(Math.min(size, mb), 0x20), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const rest = size > mb && size % mb ? deflateRawSync(Buffer.alloc(size % mb, 0x20), { finishFlush: constants.Z_SYNC_FLUSH }) : Buffer.alloc(0);
  return Buffer.concat([...Array<Buffer>(Math.max(1, Math.floor(size / mb))).fill(block), rest, deflateRawSync(Buffer.alloc(0))]);
}

/**
 * Bombs of each kind: one entry really expanding to 300 MB; a small entry declaring 4 GB; an entry lying about
 * its size (declares 1 KB, inflates to 50 MB); and three 200 MB parts, each under the entry limit, together over.
 */
export const BOMBS: Array<{ label: string; bytes: () => Buffer }> = [
  { label: 'sheet expanding to 300 MB', bytes: () => zipBomb([{ name: 'xl/worksheets/sheet1.xml', size: 300 * 1024 * 1024 }]) },
  { label: 'document declaring 4 GB', bytes: () => zipBomb([{ name: 'word/document.xml', size: 1024, declared: 0xfffffffe }]) },
  { label: 'workbook lying about its size', bytes: () => zipBomb([{ name: 'xl/workbook.xml', size: 50 * 1024 * 1024, declared: 1024 }]) },
  {
    label: 'three 200 MB parts',
    bytes: () => zipBomb(['xl/workbook.xml', 'word/document.xml', 'xl/worksheets/sheet1.xml'].map((name) => ({ name, size: 200 * 1024 * 1024 }))),
  },
];


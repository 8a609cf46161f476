// Advance widths read straight from a TrueType file (cmap format 4 + hmtx), so chart layout can measure text in
// the font resvg will draw it with, without a canvas and without loading system fonts.

export interface FontMetrics {
  /** Width of the text in pixels at the given font size (no kerning). */
  measure(text: string, fontSize: number): number;
}

interface Table {
  offset: number;
  length: number;
}

function tables(view: DataView): Map<string, Table> {
  const found = new Map<string, Table>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(rec), view.getUint8(rec + 1), view.getUint8(rec + 2), view.getUint8(rec + 3));
    found.set(tag, { offset: view.getUint32(rec + 8), length: view.getUint32(rec + 12) });
  }
  return found;
}

/** Finds the Unicode BMP cmap subtable (format 4) and returns a char code -> glyph id lookup. */
function cmapLookup(view: DataView, cmap: Table): (code: number) => number {
  const count = view.getUint16(cmap.offset + 2);
  let sub = -1;
  for (let i = 0; i < count; i++) {
    const rec = cmap.offset + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const at = cmap.offset + view.getUint32(rec + 4);
    if (view.getUint16(at) === 4 && ((platform === 3 && encoding === 1) || platform === 0)) {
      sub = at;
      break;
    }
  }
  if (sub < 0) throw new Error('the font has no Unicode (format 4) character map');
  const segX2 = view.getUint16(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  return (code) => {
    if (code > 0xffff) return 0;
    for (let s = 0; s < segX2; s += 2) {
      if (view.getUint16(ends + s) < code) continue;
      const start = view.getUint16(starts + s);
      if (start > code) return 0;
      const delta = view.getUint16(deltas + s);
      const ro = view.getUint16(rangeOffsets + s);
      if (ro === 0) return (code + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + s + ro + 2 * (code - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** Reads a TTF's metrics. Throws on a file that is not a TrueType/OpenType font with the tables needed. */
export function readFontMetrics(data: Uint8Array): FontMetrics {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const t = tables(view);
  const head = t.get('head');
  const hhea = t.get('hhea');
  const hmtx = t.get('hmtx');
  const cmap = t.get('cmap');
  if (!head || !hhea || !hmtx || !cmap) throw new Error('not a TrueType font (head, hhea, hmtx or cmap missing)');
  const unitsPerEm = view.getUint16(head.offset + 18);
  const metricsCount = view.getUint16(hhea.offset + 34);
  const glyphOf = cmapLookup(view, cmap);
  const advance = (glyph: number) => view.getUint16(hmtx.offset + 4 * Math.min(glyph, metricsCount - 1));
  const cache = new Map<number, number>();
  const units = (code: number) => {
    let w = cache.get(code);
    if (w === undefined) {
      w = advance(glyphOf(code));
      cache.set(code, w);
    }
    return w;
  };
  return {
    measure(text, fontSize) {
      let total = 0;
      for (const ch of text) total += units(ch.codePointAt(0)!);
      return (total * fontSize) / unitsPerEm;
    },
  };
}

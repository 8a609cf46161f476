import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The bundled open-licence (SIL OFL) font every document and chart uses. */
export const FONT_FAMILY = 'Lato';

export const FONT_FILES = {
  regular: 'Lato_400Regular.ttf',
  bold: 'Lato_700Bold.ttf',
  italic: 'Lato_400Regular_Italic.ttf',
} as const;

export interface FontFaces {
  regular: Buffer;
  bold: Buffer;
  italic: Buffer;
}

const cache = new Map<string, FontFaces>();

/** Reads the Lato faces from resources/fonts (cached per folder: a report run reads them once). */
export function loadFontFaces(fontsDir: string): FontFaces {
  const hit = cache.get(fontsDir);
  if (hit) return hit;
  const read = (name: string) => {
    try {
      return readFileSync(join(fontsDir, name));
    } catch (err) {
      throw new Error(`font file ${name} is missing from ${fontsDir}: ${(err as Error).message}`);
    }
  };
  const faces = { regular: read(FONT_FILES.regular), bold: read(FONT_FILES.bold), italic: read(FONT_FILES.italic) };
  cache.set(fontsDir, faces);
  return faces;
}

/** Absolute paths of the font files, for resvg. */
export function fontFilePaths(fontsDir: string): string[] {
  return Object.values(FONT_FILES).map((name) => join(fontsDir, name));
}

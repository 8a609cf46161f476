// Colour helpers shared by the document kit and charts. Colours are "#RRGGBB" in settings and "RRGGBB" in OOXML.

const HEX_RE = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;

/** Upper-case "RRGGBB" without the hash, as docx wants it; throws on anything that is not a hex colour. */
export function toDocxHex(colour: string): string {
  const m = HEX_RE.exec(colour.trim());
  if (!m) throw new Error(`"${colour}" is not a hex colour such as #1F4E79`);
  const hex = m[1]!;
  const six = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return six.toUpperCase();
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(colour: string): number {
  const hex = toDocxHex(colour);
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white text, whichever contrasts more with the fill ("000000" or "FFFFFF"). */
export function textColourOn(fill: string): '000000' | 'FFFFFF' {
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#FFFFFF') ? '000000' : 'FFFFFF';
}

/** Mixes a colour with white; amount 0 keeps it, 1 gives white. Used for light table banding. */
export function tint(colour: string, amount: number): string {
  const hex = toDocxHex(colour);
  const mix = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16);
    return Math.round(c + (255 - c) * Math.min(1, Math.max(0, amount)))
      .toString(16)
      .padStart(2, '0');
  };
  return `${mix(0)}${mix(2)}${mix(4)}`.toUpperCase();
}

/**
 * The brand colour if body text on white stays readable in it (4.5:1), otherwise a near-black blue, so a pale
 * brand colour never makes headings unreadable.
 */
export function readableOnWhite(colour: string): string {
  return contrastRatio(colour, '#FFFFFF') >= 4.5 ? toDocxHex(colour) : '1F2937';
}

/** A4 portrait with 2 cm side margins, in twips (1/1440 inch), as council templates use. */
export const PAGE = {
  width: 11906,
  height: 16838,
  marginSide: 1134,
  marginTop: 1588, // room for the marking, a logo and the rule above the text
  marginBottom: 1247,
  header: 567,
  footer: 454,
} as const;

/** Width of the text area in twips; tables are laid out to it. */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginSide;

/** Word draws inline images at 96 pixels to the inch: 15 twips a pixel. */
export const TWIPS_PER_PX = 15;
export const CONTENT_WIDTH_PX = Math.floor(CONTENT_WIDTH / TWIPS_PER_PX);

/** The brand colour used when settings carry none. */
export const DEFAULT_BRAND = '#1F4E79';

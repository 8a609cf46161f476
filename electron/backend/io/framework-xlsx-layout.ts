// The framework workbook layout, shared by the reader and the writer so the two cannot drift apart.
// docs/formats.md ("Frameworks") describes it for users.

export const SHEETS = { framework: 'Framework', scale: 'Scale', items: 'Items' } as const;
export type SheetKey = keyof typeof SHEETS;

/** Framework sheet, Field | Value rows, in the order written. */
export const FRAMEWORK_FIELDS = {
  familyKey: 'Family key',
  name: 'Name',
  versionLabel: 'Version label',
  description: 'Description',
  duties: 'Duties',
  ratingTarget: 'Rating target',
  standardRollup: 'Standard roll-up',
  wordingSectors: 'Wording sectors',
} as const;
export type FrameworkField = keyof typeof FRAMEWORK_FIELDS;

/** Scale sheet, Field | Value rows above the level table. */
export const SCALE_FIELDS = {
  name: 'Name',
  kind: 'Kind',
  higherIsBetter: 'Higher is better',
  allowsNa: 'Allows N/A',
  naLabel: 'N/A label',
  min: 'Min',
  max: 'Max',
  step: 'Step',
} as const;
export type ScaleField = keyof typeof SCALE_FIELDS;

/** Scale sheet, level table columns. */
export const LEVEL_COLUMNS = {
  code: 'Code',
  label: 'Label',
  colour: 'Colour',
  score: 'Score',
  description: 'Description',
  bandMin: 'Band min',
  bandMax: 'Band max',
} as const;
export type LevelColumn = keyof typeof LEVEL_COLUMNS;

/** Items sheet columns before the per-sector wording columns. */
export const ITEM_COLUMNS = {
  standardNumber: 'Standard number',
  standardTitle: 'Standard title',
  standardGuidance: 'Standard guidance',
  itemNumber: 'Item number',
  itemText: 'Item text',
  evidencePrompt: 'Evidence prompt',
  itemGuidance: 'Item guidance',
} as const;
export type ItemColumn = keyof typeof ITEM_COLUMNS;

export const wordingHeader = (sector: string) => `Wording (${sector})`;
export const wordingPromptHeader = (sector: string) => `Evidence prompt (${sector})`;

/** Reads "Wording (education)" or "Evidence prompt (education)" in any case and spacing. */
export function parseWordingHeader(header: string): { sector: string; part: 'text' | 'evidencePrompt' } | null {
  const m = /^\s*(wording|evidence\s*prompt)\s*\(\s*(.+?)\s*\)\s*$/i.exec(header);
  if (!m || !m[1] || !m[2]) return null;
  return { sector: m[2], part: m[1].toLowerCase() === 'wording' ? 'text' : 'evidencePrompt' };
}

/** Header and field names match whatever the case, spacing and punctuation: "N/A label" = "na label". */
export const headerKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Field name → key, for matching a label typed in a sheet against one of the tables above. */
export function keyLookup<K extends string>(labels: Record<K, string>): Map<string, K> {
  return new Map(Object.entries<string>(labels).map(([k, label]) => [headerKey(label), k as K]));
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

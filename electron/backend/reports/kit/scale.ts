import type { Table } from 'docx';
import { textColourOn, toDocxHex } from './colour';
import { dataTable, type CellAlign, type CellSpec, type TableLook } from './tables';

/** One level of a rating scale as a document shows it: a label and its colour. */
export interface ScaleLevelLook {
  label: string;
  colour: string;
  /** What the level means, for the key. */
  description?: string;
}

/** Common RAG colours (Office's red, amber, green); partnerships may pass their own. */
export const RAG = {
  red: { label: 'Red', colour: '#C00000' },
  amber: { label: 'Amber', colour: '#FFC000' },
  green: { label: 'Green', colour: '#00B050' },
} as const satisfies Record<string, ScaleLevelLook>;

/**
 * A cell filled with the level's colour that also says the level in words: colour alone fails people who cannot
 * tell red from green, and prints badly in greyscale. Text is black or white, whichever contrasts more.
 */
export function scaleCell(level: Pick<ScaleLevelLook, 'label' | 'colour'>, align: CellAlign = 'center'): CellSpec {
  const label = level.label.trim();
  if (!label) throw new Error('a scale cell needs a label as well as a colour');
  const fill = toDocxHex(level.colour);
  return { text: label, fill, colour: textColourOn(fill), bold: true, align };
}

/** The same for Red/Amber/Green ratings. */
export const ragCell = scaleCell;

/** The key (legend) for a scale: each level as a coloured cell with its meaning, best to worst as given. */
export function scaleKeyTable(
  levels: readonly ScaleLevelLook[],
  headers: readonly [string, string] = ['Rating', 'What it means'],
  look: TableLook = {},
): Table {
  return dataTable({
    ...look,
    columns: [
      { header: headers[0], width: 28, align: 'center' },
      { header: headers[1], width: 72 },
    ],
    rows: levels.map((level) => [scaleCell(level), level.description ?? '']),
  });
}

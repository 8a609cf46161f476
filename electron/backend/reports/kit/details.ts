import type { Table } from 'docx';
import { keyValueTable, type Cell } from './tables';

// The details table every report opens with (what, for whom, when, by whom), ending with its protective marking.

interface DetailsLook {
  brandColour: string;
  protectiveMarking: string;
}

/** Item/Detail rows in the brand colour, the marking last (under `markingLabel`, "Not marked" when blank). */
export function reportDetails(rows: ReadonlyArray<readonly [string, Cell]>, settings: DetailsLook, markingLabel = 'Status'): Table {
  return keyValueTable([...rows, [markingLabel, settings.protectiveMarking || 'Not marked']], ['Item', 'Detail'], { brandColour: settings.brandColour });
}

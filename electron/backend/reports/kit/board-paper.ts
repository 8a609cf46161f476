import type { Table } from 'docx';
import { formatLongDate } from './dates';
import { keyValueTable, type TableLook } from './tables';

export interface BoardPaperHeader {
  /** e.g. "Safeguarding Children Partnership Executive". */
  meeting: string;
  date: Date | string;
  subject: string;
  author: string;
  /** e.g. "Strategic Safeguarding Partnership Manager". */
  authorRole?: string;
  /** e.g. "OFFICIAL" or "Not confidential". */
  status: string;
}

/** The table that opens a board paper (meeting, date, subject, author, status), with an "Item | Detail" header row. */
export function boardPaperHeaderTable(h: BoardPaperHeader, look: TableLook = {}): Table {
  return keyValueTable(
    [
      ['Meeting', h.meeting],
      ['Date of meeting', formatLongDate(h.date)],
      ['Subject', h.subject],
      ['Author', h.authorRole ? `${h.author}\n${h.authorRole}` : h.author],
      ['Status of report', h.status],
    ],
    ['Item', 'Detail'],
    look,
  );
}

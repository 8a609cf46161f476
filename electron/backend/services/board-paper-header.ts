import { DEFAULT_BOARD_PAPER_HEADER_FIELDS, type BoardPaperHeaderField, type BoardPaperHeaderRow, type HeaderSource } from '../../../shared/domain/report';
import type { Settings } from '../../../shared/domain/settings';
import type { PaperContact } from '../reports/narrative/data';

// The header table of a board paper: rows configured in settings (every council's cover sheet differs), each
// with a default worked out from settings, the cycle and the business unit contact, and the value the user
// set for this paper.

export const headerFieldsOf = (s: Settings): readonly BoardPaperHeaderField[] => s.boardPaperHeaderFields ?? DEFAULT_BOARD_PAPER_HEADER_FIELDS;

export interface HeaderContext {
  settings: Settings;
  cycleName: string;
  contact: PaperContact | null;
  /** Who is producing the paper, when no business unit contact is set. */
  userName: string;
}

export function defaultHeaderValue(source: HeaderSource, field: BoardPaperHeaderField, fields: readonly BoardPaperHeaderField[], c: HeaderContext): string {
  const name = c.contact?.name ?? c.userName;
  const role = c.contact?.jobTitle ?? '';
  switch (source) {
    case 'meeting':
      return c.settings.partnershipName;
    case 'title':
      return c.cycleName;
    case 'author':
      // Name and role in one cell, as the Barnsley cover sheet has them, unless the role has its own row.
      return role && !fields.some((f) => f.source === 'role') ? `${name}\n${role}` : name;
    case 'role':
      return role;
    case 'status':
      return c.settings.protectiveMarking || 'Not confidential';
    case 'fixed':
      return field.text ?? '';
    default:
      return '';
  }
}

/** The header rows of a paper: defaults with the paper's own values (keyed by label) laid over them. */
export function headerRows(c: HeaderContext, stored: Readonly<Record<string, string>>): BoardPaperHeaderRow[] {
  const fields = headerFieldsOf(c.settings);
  return fields.map((f) => {
    const defaultValue = defaultHeaderValue(f.source, f, fields, c);
    const mine = Object.prototype.hasOwnProperty.call(stored, f.label) ? stored[f.label]! : null;
    return { label: f.label, source: f.source, value: mine ?? defaultValue, defaultValue, edited: mine !== null };
  });
}

import type { ActionPriority, ActionStatus, Rag } from '../../../shared/domain/action';
import { formatShortDate } from '../reports/kit/dates';
import { FIELD_MAX_LENGTH, PRIORITY_CHOICES, RAG_CHOICES, STATUS_CHOICES, parseImportDate, parsePriority, parseRag, parseStatus } from './actions-xlsx-layout';
import type { RowReader } from './import-kit';

// One row's cells as the action importer reads them: a cell whose formula failed or that is too long is
// reported once and then read as empty, so one bad cell gives one message rather than a cascade.

const count = new Intl.NumberFormat('en-GB');

export class ActionCells {
  private readonly bad = new Set<string>();

  constructor(
    readonly r: RowReader,
    errors: Map<string, string> | undefined,
  ) {
    for (const [field, header] of Object.entries(r.mapping)) {
      const error = errors?.get(header);
      const length = r.get(field).length;
      const max = FIELD_MAX_LENGTH[field];
      if (error) this.fail(field, `the cell shows the formula error ${error}; correct the formula or type the value in`);
      else if (max && length > max) this.fail(field, `is ${count.format(length)} characters long; this column takes at most ${count.format(max)}`);
    }
  }

  private fail(field: string, message: string): void {
    this.r.issue(field, message);
    this.bad.add(field);
  }

  issue(field: string, message: string): void {
    this.r.issue(field, message);
  }

  get hasIssues(): boolean {
    return this.r.issues.length > 0;
  }

  text(field: string): string {
    return this.bad.has(field) ? '' : this.r.get(field);
  }

  has(field: string): boolean {
    return this.text(field) !== '';
  }

  /** yyyy-mm-dd; null when empty; undefined (with an issue) when not a date. */
  date(field: string): string | null | undefined {
    if (!this.has(field)) return null;
    const d = parseImportDate(this.text(field));
    if ('iso' in d) return d.iso;
    this.issue(field, d.error);
    return undefined;
  }

  private choice<T>(field: string, parse: (t: string) => T | null, choices: readonly string[], what: string): T | null {
    if (!this.has(field)) return null;
    const v = parse(this.text(field));
    if (v === null) this.issue(field, `"${this.text(field)}" is not ${what}; use one of: ${choices.join(', ')}`);
    return v;
  }

  status = (field: string) => this.choice<ActionStatus>(field, parseStatus, STATUS_CHOICES, 'a status');
  priority = (field: string) => this.choice<ActionPriority>(field, parsePriority, PRIORITY_CHOICES, 'a priority');
  rag = (field: string) => this.choice<Rag>(field, parseRag, RAG_CHOICES, 'a RAG rating');
}

/** "22/11/2026", for messages about dates. */
export const shortDate = (iso: string): string => formatShortDate(iso);

import { format, isValid, parseISO } from 'date-fns';
import { enGB } from 'date-fns/locale';

const toDate = (value: Date | string): Date => (typeof value === 'string' ? parseISO(value) : value);

/** "18 November 2024", as board papers write dates. */
export function formatLongDate(value: Date | string): string {
  const d = toDate(value);
  if (!isValid(d)) throw new Error(`not a date: ${String(value)}`);
  return format(d, 'd MMMM yyyy', { locale: enGB });
}

/** "18/11/2024", for dense tables. */
export function formatShortDate(value: Date | string): string {
  const d = toDate(value);
  if (!isValid(d)) throw new Error(`not a date: ${String(value)}`);
  return format(d, 'dd/MM/yyyy', { locale: enGB });
}

/** "18 November 2024 at 14:05", for "produced at" lines. */
export function formatDateTime(value: Date | string): string {
  const d = toDate(value);
  if (!isValid(d)) throw new Error(`not a date: ${String(value)}`);
  return format(d, "d MMMM yyyy 'at' HH:mm", { locale: enGB });
}

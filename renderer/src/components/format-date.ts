import { format, isValid, parseISO } from 'date-fns';
import { enGB } from 'date-fns/locale';

const parse = (value: string | Date | null | undefined): Date | null => {
  if (value === null || value === undefined || value === '') return null;
  const d = value instanceof Date ? value : parseISO(value);
  return isValid(d) ? d : null;
};

/** "18 November 2024" */
export const formatDate = (value: string | Date | null | undefined): string => {
  const d = parse(value);
  return d ? format(d, 'd MMMM yyyy', { locale: enGB }) : '';
};

/** "18/11/2024" */
export const formatShortDate = (value: string | Date | null | undefined): string => {
  const d = parse(value);
  return d ? format(d, 'dd/MM/yyyy', { locale: enGB }) : '';
};

/** "18 November 2024, 14:05" */
export const formatDateTime = (value: string | Date | null | undefined): string => {
  const d = parse(value);
  return d ? format(d, 'd MMMM yyyy, HH:mm', { locale: enGB }) : '';
};

import { makeStyles, tokens } from '@fluentui/react-components';
import type { ApiErrorDetail } from '../../../shared/result';

export type DetailLabeller = (detail: ApiErrorDetail) => string | null;

const capitalise = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/**
 * "Row 14, column Email: not an email address"; "agencies.csv, row 3, column Postcode: not a UK postcode";
 * "Postcode: not a UK postcode". `label` may turn a field path into words first.
 */
export function formatDetail(detail: ApiErrorDetail, label?: DetailLabeller): string {
  const where: string[] = [];
  if (detail.file) where.push(detail.file);
  if (detail.row !== undefined) where.push(`${where.length ? 'row' : 'Row'} ${detail.row}`);
  const field = detail.field ? (label?.(detail) ?? detail.field) : null;
  if (field) where.push(detail.row !== undefined ? `column ${field}` : field);
  // A file name is shown as given; otherwise the line starts with a capital ("Row 3, …").
  const place = where.join(', ');
  return where.length ? `${detail.file ? place : capitalise(place)}: ${detail.message}` : capitalise(detail.message);
}

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
  item: { marginBottom: tokens.spacingVerticalXXS },
  more: { listStyleType: 'none', marginLeft: `calc(-1 * ${tokens.spacingHorizontalL})`, fontStyle: 'italic' },
});

export function ErrorList(props: {
  details: ApiErrorDetail[];
  label?: DetailLabeller;
  /** Writes the whole line, when the standard wording does not suit. */
  format?: (detail: ApiErrorDetail) => string;
  max?: number;
  'aria-label'?: string;
}) {
  const styles = useStyles();
  const max = props.max ?? 50;
  const shown = props.details.slice(0, max);
  return (
    <ul className={styles.list} aria-label={props['aria-label'] ?? 'Problems'}>
      {shown.map((d, i) => (
        <li key={i} className={styles.item}>
          {props.format ? props.format(d) : formatDetail(d, props.label)}
        </li>
      ))}
      {props.details.length > max && <li className={styles.more}>and {props.details.length - max} more</li>}
    </ul>
  );
}

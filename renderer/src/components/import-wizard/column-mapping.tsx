import { Select, makeStyles, tokens } from '@fluentui/react-components';
import type { ColumnMapping, ImportFieldSpec } from '../../../../shared/domain/imports';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalXS,
  },
  row: { display: 'grid', gridTemplateColumns: '130px 1fr', alignItems: 'center', gap: tokens.spacingHorizontalS },
  label: { fontWeight: tokens.fontWeightSemibold },
  required: { color: tokens.colorPaletteRedForeground1, marginLeft: '2px' },
});

/** Each field the app can import, and which of the file's headings fills it. */
export function ColumnMappingEditor(props: {
  fields: ImportFieldSpec[];
  headers: string[];
  mapping: ColumnMapping;
  disabled?: boolean;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.grid} role="group" aria-label="Column mapping">
      {props.fields.map((f) => {
        const id = `map-${f.field}`;
        return (
          <div key={f.field} className={styles.row}>
            <label htmlFor={id} className={styles.label}>
              {f.label}
              {f.required && (
                <span className={styles.required} aria-label="required">
                  *
                </span>
              )}
            </label>
            <Select
              id={id}
              size="small"
              disabled={props.disabled}
              value={props.mapping[f.field] ?? ''}
              onChange={(_, d) => {
                const next = { ...props.mapping };
                if (d.value) next[f.field] = d.value;
                else delete next[f.field];
                props.onChange(next);
              }}
            >
              <option value="">{f.required ? '— choose a column —' : '— not imported —'}</option>
              {props.headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </Select>
          </div>
        );
      })}
    </div>
  );
}

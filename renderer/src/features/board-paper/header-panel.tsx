import { Badge, Button, Field, Input, Link, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowReset20Regular, Save20Regular } from '@fluentui/react-icons';
import { HEADER_SOURCE_LABELS, type BoardPaperHeaderRow } from '../../../../shared/domain/report';
import { DateField, parseUkDate } from '../../components/date-field';

const useStyles = makeStyles({
  // Children keep their height; the pane scrolls instead of squashing them into each other.
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`, overflowY: 'auto', minHeight: 0, '& > *': { flexShrink: 0 } },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground3 },
  table: { borderCollapse: 'collapse', width: '100%', maxWidth: '860px', border: `1px solid ${tokens.colorNeutralStroke1}` },
  th: { width: '34%', textAlign: 'left', verticalAlign: 'top', padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground3, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, fontWeight: tokens.fontWeightSemibold },
  td: { padding: tokens.spacingHorizontalM, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  source: { display: 'block', fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  dirty: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Blank means "use the default", as the API takes it. */
export const headerPatch = (rows: readonly BoardPaperHeaderRow[], values: Readonly<Record<string, string>>) =>
  rows
    .filter((r) => (values[r.label] ?? r.value) !== r.value)
    .map((r) => ({ label: r.label, value: values[r.label]!.trim() ? values[r.label]! : null }));

/** The paper's cover table: each row's value for this paper, blank for the default worked out from the data. */
export function HeaderPanel(props: {
  rows: BoardPaperHeaderRow[];
  values: Record<string, string>;
  busy: boolean;
  onChange: (values: Record<string, string>) => void;
  onSave: () => void;
  onDiscard: () => void;
}) {
  const styles = useStyles();
  const { rows, values } = props;
  const valueOf = (r: BoardPaperHeaderRow) => values[r.label] ?? r.value;
  const set = (label: string, value: string) => props.onChange({ ...values, [label]: value });
  const dirty = headerPatch(rows, values).length > 0;
  const badDate = rows.some((r) => r.source === 'date' && valueOf(r).trim() !== '' && !parseUkDate(valueOf(r)));

  return (
    <section className={styles.pane} aria-label="Header table">
      <h2 className={styles.h2}>Header table</h2>
      <p className={styles.hint}>
        The table at the top of the paper. Leave a value blank to use the default shown under it. The rows themselves are set in{' '}
        <Link href="#/settings">Settings, Documents</Link>, because every council’s cover sheet differs.
      </p>
      <table className={styles.table} aria-label="Header rows">
        <tbody>
          {rows.map((r) => {
            const v = valueOf(r);
            const custom = v.trim() !== '' && v !== r.defaultValue;
            const hint = `Default: ${r.defaultValue.replace(/\n/g, ', ') || (r.source === 'date' ? 'To be confirmed' : '(left out when blank)')}`;
            return (
              <tr key={r.label}>
                <th className={styles.th} scope="row">
                  {r.label}
                  <span className={styles.source}>From: {HEADER_SOURCE_LABELS[r.source]}</span>
                </th>
                <td className={styles.td}>
                  {r.source === 'date' ? (
                    <DateField label={`${r.label} (value)`} value={v} onChange={(x) => set(r.label, x)} hint={r.defaultValue ? hint : 'Not set: the paper says To be confirmed'} />
                  ) : (
                    <Field label={`${r.label} (value)`} hint={hint}>
                      {r.source === 'author' || r.source === 'decision' || r.source === 'fixed' ? (
                        <Textarea value={v} rows={2} resize="vertical" placeholder={r.defaultValue} onChange={(_, d) => set(r.label, d.value)} />
                      ) : (
                        <Input value={v} placeholder={r.defaultValue} onChange={(_, d) => set(r.label, d.value)} />
                      )}
                    </Field>
                  )}
                  <div className={styles.row}>
                    {(custom || r.edited) && <Badge appearance="tint" color="brand">Set for this paper</Badge>}
                    {(custom || r.edited) && (
                      <Button size="small" appearance="subtle" icon={<ArrowReset20Regular />} onClick={() => set(r.label, '')}>
                        Use the default
                      </Button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<Save20Regular />} disabled={!dirty || props.busy || badDate} onClick={props.onSave}>
          Save header
        </Button>
        <Button disabled={!dirty || props.busy} onClick={props.onDiscard}>
          Undo changes
        </Button>
        {dirty && <span className={styles.dirty}>● Unsaved changes</span>}
      </div>
    </section>
  );
}

import { Button, Card, CardHeader, Field, Input, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, ArrowDown20Regular, ArrowReset20Regular, ArrowUp20Regular, Delete20Regular, Save20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import {
  DEFAULT_BOARD_PAPER_HEADER_FIELDS,
  DEFAULT_DOCUMENT_FONT,
  DOCUMENT_FONTS,
  HEADER_SOURCES,
  HEADER_SOURCE_LABELS,
  boardPaperHeaderFieldSchema,
  type BoardPaperHeaderField,
  type DocumentFont,
  type HeaderSource,
} from '../../../../shared/domain/report';
import { useNotify } from '../../app/notify';
import { plainMessage } from '../../components/form-errors';
import { invalidate, useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';

const MAX_ROWS = 12;

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'left', verticalAlign: 'top' },
  actions: { whiteSpace: 'nowrap' },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, marginTop: '2px' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap', marginTop: tokens.spacingVerticalM },
  h3: { margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  fonts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
  dirty: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

type Row = BoardPaperHeaderField;
const same = (a: readonly Row[], b: readonly Row[]) => JSON.stringify(a) === JSON.stringify(b);

/** One message per row: a label it needs, a label used twice (values are kept per label), fixed text it needs. */
function rowErrors(rows: readonly Row[]): Array<string | null> {
  return rows.map((r, i) => {
    const parsed = boardPaperHeaderFieldSchema.safeParse(r);
    if (!parsed.success) return plainMessage(parsed.error.issues[0]!.message);
    if (rows.findIndex((x) => x.label.trim().toLowerCase() === r.label.trim().toLowerCase()) !== i) return 'another row has this label';
    if (r.source === 'fixed' && !r.text?.trim()) return 'give the fixed text';
    return null;
  });
}

/** How board papers, letters and extracts look: the rows of a board paper's header table, and the font. */
export function DocumentSettingsCard() {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const settings = useApiData(() => api.call('settings.get'), [api], ['settings']);
  const savedRows = settings.data?.boardPaperHeaderFields ?? DEFAULT_BOARD_PAPER_HEADER_FIELDS;
  const savedFont: DocumentFont = settings.data?.documentFont ?? DEFAULT_DOCUMENT_FONT;
  const [rows, setRows] = useState<Row[]>([...savedRows]);
  const [font, setFont] = useState<DocumentFont>(savedFont);
  const [saving, setSaving] = useState(false);
  const [tried, setTried] = useState(false);

  useEffect(() => {
    if (!settings.data) return;
    setRows([...(settings.data.boardPaperHeaderFields ?? DEFAULT_BOARD_PAPER_HEADER_FIELDS)]);
    setFont(settings.data.documentFont ?? DEFAULT_DOCUMENT_FONT);
  }, [settings.data]);

  const errors = rowErrors(rows);
  const dirty = !same(rows, savedRows) || font !== savedFont;
  const isDefault = same(rows, DEFAULT_BOARD_PAPER_HEADER_FIELDS);
  const setRow = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...rows];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    setRows(next);
  };

  const save = async () => {
    setTried(true);
    if (errors.some(Boolean)) return;
    setSaving(true);
    try {
      const clean = rows.map((r) => ({ label: r.label.trim(), source: r.source, text: r.source === 'fixed' ? (r.text?.trim() ?? null) : null }));
      // The Barnsley rows and Lato are stored as "not set", so a later change of default reaches them.
      const saved = await api.call('settings.update', {
        boardPaperHeaderFields: same(clean, DEFAULT_BOARD_PAPER_HEADER_FIELDS) ? null : clean,
        documentFont: font === DEFAULT_DOCUMENT_FONT ? null : font,
      });
      settings.setData(saved);
      setTried(false);
      invalidate('settings');
      notify.success('Document settings have been saved.');
    } catch (err) {
      notify.error(err, 'The document settings were not saved');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card className={styles.card} role="region" aria-label="Documents">
      <CardHeader
        header={<h2 style={{ margin: 0, fontSize: 18 }}>Documents</h2>}
        description="The header table at the top of every board paper, and the font of board papers, letters and extracts. Each paper can still change a row’s value."
      />
      <h3 className={styles.h3}>Board paper header table</h3>
      <table className={styles.table} aria-label="Header table rows">
        <thead>
          <tr>
            <th className={styles.cell} scope="col">Label</th>
            <th className={styles.cell} scope="col">Value comes from</th>
            <th className={styles.cell} scope="col"><span style={{ position: 'absolute', left: -9999 }}>Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const name = r.label.trim() || `row ${i + 1}`;
            const error = tried || r.label !== (savedRows[i]?.label ?? '') ? errors[i] : null;
            return (
              <tr key={i}>
                <td className={styles.cell}>
                  <Input size="small" aria-label={`Label of row ${i + 1}`} value={r.label} onChange={(_, d) => setRow(i, { label: d.value })} style={{ width: '100%' }} />
                  {error && <div className={styles.error} role="alert">{`${name}: ${error}`}</div>}
                </td>
                <td className={styles.cell}>
                  <Select size="small" aria-label={`Source of ${name}`} value={r.source} onChange={(_, d) => setRow(i, { source: d.value as HeaderSource })}>
                    {HEADER_SOURCES.map((s) => (
                      <option key={s} value={s}>
                        {HEADER_SOURCE_LABELS[s]}
                      </option>
                    ))}
                  </Select>
                  {r.source === 'fixed' && (
                    <Input size="small" aria-label={`Fixed text of ${name}`} placeholder="The text every paper shows" value={r.text ?? ''} onChange={(_, d) => setRow(i, { text: d.value })} style={{ width: '100%', marginTop: 4 }} />
                  )}
                </td>
                <td className={`${styles.cell} ${styles.actions}`}>
                  <Button size="small" appearance="subtle" icon={<ArrowUp20Regular />} aria-label={`Move ${name} up`} disabled={i === 0} onClick={() => move(i, -1)} />
                  <Button size="small" appearance="subtle" icon={<ArrowDown20Regular />} aria-label={`Move ${name} down`} disabled={i === rows.length - 1} onClick={() => move(i, 1)} />
                  <Button size="small" appearance="subtle" icon={<Delete20Regular />} aria-label={`Remove ${name}`} disabled={rows.length === 1} onClick={() => setRows(rows.filter((_, j) => j !== i))} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className={styles.row}>
        <Button icon={<Add20Regular />} disabled={rows.length >= MAX_ROWS} onClick={() => setRows([...rows, { label: '', source: 'fixed', text: null }])}>
          Add row
        </Button>
        <Button icon={<ArrowReset20Regular />} disabled={isDefault} onClick={() => setRows([...DEFAULT_BOARD_PAPER_HEADER_FIELDS])}>
          Reset to the default rows
        </Button>
      </div>
      <h3 className={styles.h3}>Font</h3>
      <Field hint="Lato is built into each document, so it looks the same on every computer; the others come with Windows.">
        <RadioGroup aria-label="Document font" value={font} onChange={(_, d) => setFont(d.value as DocumentFont)} className={styles.fonts} layout="horizontal">
          {DOCUMENT_FONTS.map((f) => (
            <Radio key={f} value={f} label={<span style={{ fontFamily: `${f}, sans-serif` }}>{f}</span>} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" icon={<Save20Regular />} disabled={!dirty || saving} onClick={() => void save()}>
          {saving ? 'Saving…' : 'Save document settings'}
        </Button>
        <Button disabled={!dirty || saving} onClick={() => (setRows([...savedRows]), setFont(savedFont), setTried(false))}>
          Undo document changes
        </Button>
        {dirty && <span className={styles.dirty}>● Unsaved changes</span>}
      </div>
    </Card>
  );
}

import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { FileEntry } from './use-multi-file-import';

/** What differs between the imports' tables: the "who" and "how many" columns, notes, and how problems read. */
export interface FilesTableColumns<P> {
  widths: { status: number; who: number; count: number };
  whoHeader: string;
  countHeader: string;
  /** Null shows a dash. */
  who: (p: P) => string | null;
  count: (p: P) => number;
  /** Badge text when the file matched nothing ("No agency matched"), else null. */
  unmatched: (p: P) => string | null;
  duplicate: (p: P) => boolean;
  /** Lines above the problems, e.g. "Replaces…". */
  notes: (p: P) => ReactNode;
  problems: (p: P) => string[];
  warnings?: (p: P) => string[];
}

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', fontSize: tokens.fontSizeBase300 },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'left', verticalAlign: 'top' },
  num: { textAlign: 'right' },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
  warnings: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteDarkOrangeForeground1 },
  file: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
});

function StateBadge<P>(props: { entry: FileEntry<P>; columns: FilesTableColumns<P> }) {
  const { entry: e, columns: c } = props;
  const p = e.preview;
  if (e.state === 'checking') return <Badge appearance="outline">Checking…</Badge>;
  if (e.state === 'importing') return <Badge appearance="tint" color="brand">Importing…</Badge>;
  if (e.state === 'imported') return <Badge appearance="filled" color="success">Imported</Badge>;
  if (e.state === 'failed' || (p && c.problems(p).length > 0)) return <Badge appearance="filled" color="danger">Has problems</Badge>;
  if (p && c.duplicate(p)) return <Badge appearance="tint" color="warning">Already imported</Badge>;
  const unmatched = p ? c.unmatched(p) : null;
  if (unmatched) return <Badge appearance="filled" color="danger">{unmatched}</Badge>;
  return <Badge appearance="tint" color="success">Ready</Badge>;
}

/** The files added so far: who each is, how many answers, and every problem with file, row and field. */
export function FilesTable<P>(props: { entries: Array<FileEntry<P>>; columns: FilesTableColumns<P>; onRemove: (key: number) => void; disabled: boolean }) {
  const styles = useStyles();
  const c = props.columns;
  if (!props.entries.length) return null;
  return (
    <table className={styles.table} aria-label="Return files">
      <colgroup>
        <col style={{ width: 210 }} />
        <col style={{ width: c.widths.status }} />
        <col style={{ width: c.widths.who }} />
        <col style={{ width: c.widths.count }} />
        <col />
        <col style={{ width: 44 }} />
      </colgroup>
      <thead>
        <tr>
          <th className={styles.cell} scope="col">File</th>
          <th className={styles.cell} scope="col">Status</th>
          <th className={styles.cell} scope="col">{c.whoHeader}</th>
          <th className={`${styles.cell} ${styles.num}`} scope="col">{c.countHeader}</th>
          <th className={styles.cell} scope="col">Notes and problems</th>
          <th className={styles.cell} scope="col"><span aria-hidden>&nbsp;</span></th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((e) => {
          const p = e.preview;
          const problems = p ? c.problems(p) : [];
          const warnings = p && c.warnings ? c.warnings(p) : [];
          return (
            <tr key={e.key} data-file={e.file.fileName}>
              <td className={`${styles.cell} ${styles.file}`}>{e.file.fileName}</td>
              <td className={styles.cell}>
                <StateBadge entry={e} columns={c} />
              </td>
              <td className={styles.cell}>{(p ? c.who(p) : null) ?? '—'}</td>
              <td className={`${styles.cell} ${styles.num}`}>{p ? c.count(p) : ''}</td>
              <td className={styles.cell}>
                {p && c.notes(p)}
                {problems.length > 0 && (
                  <ul className={styles.problems} aria-label={`Problems in ${e.file.fileName}`}>
                    {problems.map((x, i) => (
                      <li key={i}>{x}</li>
                    ))}
                  </ul>
                )}
                {warnings.length > 0 && (
                  <ul className={styles.warnings} aria-label={`Warnings in ${e.file.fileName}`}>
                    {warnings.map((x, i) => (
                      <li key={i}>{x}</li>
                    ))}
                  </ul>
                )}
                {e.error && (
                  <ul className={styles.problems} aria-label={`Problems in ${e.file.fileName}`}>
                    <li>{e.error}</li>
                  </ul>
                )}
              </td>
              <td className={styles.cell}>
                {e.state !== 'imported' && (
                  <Button size="small" appearance="subtle" icon={<Dismiss16Regular />} aria-label={`Remove ${e.file.fileName}`} disabled={props.disabled} onClick={() => props.onRemove(e.key)} />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

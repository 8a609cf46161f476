import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import type { ReturnImportPreview } from '../../../../shared/domain/cycle';
import type { PickedFile } from '../../../../shared/host';
import { formatDetail } from '../../components/error-list';

export interface ReturnFileEntry {
  key: number;
  file: PickedFile;
  state: 'checking' | 'checked' | 'importing' | 'imported' | 'failed';
  preview: ReturnImportPreview | null;
  error: string | null;
}

/** Checked, matched to an agency, no problems and not the very same file again. */
export const isImportable = (e: ReturnFileEntry): boolean =>
  e.state === 'checked' && !!e.preview && e.preview.problems.length === 0 && e.preview.cycleAgencyId !== null && !e.preview.duplicate;

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', fontSize: tokens.fontSizeBase300 },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'left', verticalAlign: 'top' },
  num: { textAlign: 'right' },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
  file: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
});

function StateBadge(props: { entry: ReturnFileEntry }) {
  const { entry } = props;
  if (entry.state === 'checking') return <Badge appearance="outline">Checking…</Badge>;
  if (entry.state === 'importing') return <Badge appearance="tint" color="brand">Importing…</Badge>;
  if (entry.state === 'imported') return <Badge appearance="filled" color="success">Imported</Badge>;
  if (entry.state === 'failed' || (entry.preview?.problems.length ?? 0) > 0) return <Badge appearance="filled" color="danger">Has problems</Badge>;
  if (entry.preview?.duplicate) return <Badge appearance="tint" color="warning">Already imported</Badge>;
  if (entry.preview?.cycleAgencyId === null) return <Badge appearance="filled" color="danger">No agency matched</Badge>;
  return <Badge appearance="tint" color="success">Ready</Badge>;
}

/** The files added so far: which agency each is, how many answers, and every problem with file, row and field. */
export function ReturnFilesTable(props: { entries: ReturnFileEntry[]; onRemove: (key: number) => void; disabled: boolean }) {
  const styles = useStyles();
  if (!props.entries.length) return null;
  return (
    <table className={styles.table} aria-label="Return files">
      <colgroup>
        <col style={{ width: 210 }} />
        <col style={{ width: 140 }} />
        <col style={{ width: 200 }} />
        <col style={{ width: 80 }} />
        <col />
        <col style={{ width: 44 }} />
      </colgroup>
      <thead>
        <tr>
          <th className={styles.cell} scope="col">File</th>
          <th className={styles.cell} scope="col">Status</th>
          <th className={styles.cell} scope="col">Agency</th>
          <th className={`${styles.cell} ${styles.num}`} scope="col">Answers</th>
          <th className={styles.cell} scope="col">Notes and problems</th>
          <th className={styles.cell} scope="col"><span aria-hidden>&nbsp;</span></th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((e) => {
          const p = e.preview;
          return (
            <tr key={e.key} data-file={e.file.fileName}>
              <td className={`${styles.cell} ${styles.file}`}>{e.file.fileName}</td>
              <td className={styles.cell}>
                <StateBadge entry={e} />
              </td>
              <td className={styles.cell}>{p?.agencyName ?? '—'}</td>
              <td className={`${styles.cell} ${styles.num}`}>{p ? p.answers : ''}</td>
              <td className={styles.cell}>
                {p?.replaces && !p.duplicate && <div>Replaces the agency’s earlier answers (kept in its history).</div>}
                {p?.duplicate && <div>This exact file has been imported before; it is not imported again.</div>}
                {(p?.problems.length ?? 0) > 0 && (
                  <ul className={styles.problems} aria-label={`Problems in ${e.file.fileName}`}>
                    {p!.problems.map((d, i) => (
                      <li key={i}>{formatDetail(d)}</li>
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

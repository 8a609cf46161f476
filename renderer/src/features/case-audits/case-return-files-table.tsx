import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import type { CaseReturnImportPreview, CaseReturnProblem } from '../../../../shared/domain/case-audit';
import type { PickedFile } from '../../../../shared/host';

export interface CaseFileEntry {
  key: number;
  file: PickedFile;
  state: 'checking' | 'checked' | 'importing' | 'imported' | 'failed';
  preview: CaseReturnImportPreview | null;
  error: string | null;
}

/** Checked, matched to a return, no problems, and not the very same file again. */
export const isImportable = (e: CaseFileEntry): boolean => e.state === 'checked' && !!e.preview && !e.preview.problems.length && e.preview.returnId !== null && !e.preview.duplicate;

/** "file.xlsx, row 12, Rating: not on the scale". */
export const problemText = (p: CaseReturnProblem) => [p.file, p.row !== undefined ? `row ${p.row}` : null, p.field ?? null].filter(Boolean).join(', ') + `: ${p.message}`;

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', fontSize: tokens.fontSizeBase300 },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'left', verticalAlign: 'top' },
  num: { textAlign: 'right' },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
  warnings: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteDarkOrangeForeground1 },
  risk: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  file: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
});

function StateBadge(props: { entry: CaseFileEntry }) {
  const { entry: e } = props;
  if (e.state === 'checking') return <Badge appearance="outline">Checking…</Badge>;
  if (e.state === 'importing') return <Badge appearance="tint" color="brand">Importing…</Badge>;
  if (e.state === 'imported') return <Badge appearance="filled" color="success">Imported</Badge>;
  if (e.state === 'failed' || (e.preview?.problems.length ?? 0) > 0) return <Badge appearance="filled" color="danger">Has problems</Badge>;
  if (e.preview?.duplicate) return <Badge appearance="tint" color="warning">Already imported</Badge>;
  if (e.preview?.returnId === null) return <Badge appearance="filled" color="danger">No return matched</Badge>;
  return <Badge appearance="tint" color="success">Ready</Badge>;
}

/** Each file added: which case and agency it is, how many ratings, every problem by file, row and field. */
export function CaseReturnFilesTable(props: { entries: CaseFileEntry[]; onRemove: (key: number) => void; disabled: boolean }) {
  const styles = useStyles();
  if (!props.entries.length) return null;
  return (
    <table className={styles.table} aria-label="Return files">
      <colgroup>
        <col style={{ width: 210 }} />
        <col style={{ width: 130 }} />
        <col style={{ width: 220 }} />
        <col style={{ width: 70 }} />
        <col />
        <col style={{ width: 44 }} />
      </colgroup>
      <thead>
        <tr>
          <th className={styles.cell} scope="col">File</th>
          <th className={styles.cell} scope="col">Status</th>
          <th className={styles.cell} scope="col">Case and agency</th>
          <th className={`${styles.cell} ${styles.num}`} scope="col">Ratings</th>
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
              <td className={styles.cell}>{p?.caseReference ? `${p.caseReference}, ${p.agencyName ?? '?'}` : '—'}</td>
              <td className={`${styles.cell} ${styles.num}`}>{p ? p.ratings : ''}</td>
              <td className={styles.cell}>
                {p?.replaces && !p.duplicate && <div>Replaces what the return already says (kept in its history).</div>}
                {p?.duplicate && <div>This exact file has been imported before; it is not imported again.</div>}
                {p?.riskConcern && <div className={styles.risk}>The file reports a concern about immediate risk: importing raises a risk flag.</div>}
                {(p?.problems.length ?? 0) > 0 && (
                  <ul className={styles.problems} aria-label={`Problems in ${e.file.fileName}`}>
                    {p!.problems.map((x, i) => (
                      <li key={i}>{problemText(x)}</li>
                    ))}
                  </ul>
                )}
                {(p?.warnings.length ?? 0) > 0 && (
                  <ul className={styles.warnings} aria-label={`Warnings in ${e.file.fileName}`}>
                    {p!.warnings.map((x, i) => (
                      <li key={i}>{problemText(x)}</li>
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

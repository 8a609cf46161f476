import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { ReturnDetail } from '../../../../shared/domain/cycle';
import { formatDateTime } from '../../components/format-date';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase300 },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'left', verticalAlign: 'top' },
  num: { textAlign: 'right' },
  hash: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
});

/** Reminders sent to the agency, newest first as the server lists them. */
export function ChasersTable(props: { chasers: ReturnDetail['chasers'] }) {
  const styles = useStyles();
  if (!props.chasers.length) return <p>The agency has not been chased.</p>;
  return (
    <table className={styles.table} aria-label="Chasers">
      <thead>
        <tr>
          {['Sent', 'How', 'To', 'Cc', 'Subject', 'By'].map((h) => (
            <th key={h} className={styles.cell} scope="col">{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.chasers.map((c) => (
          <tr key={c.id}>
            <td className={styles.cell}>{formatDateTime(c.sentAt)}</td>
            <td className={styles.cell}>{c.method === 'eml' ? 'Outlook draft' : 'Email link'}</td>
            <td className={styles.cell}>{c.to}</td>
            <td className={styles.cell}>{c.cc}</td>
            <td className={styles.cell}>{c.subject}</td>
            <td className={styles.cell}>{c.createdBy}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Return files imported for the agency; a replaced one stays listed. */
export function FilesTable(props: { files: ReturnDetail['files'] }) {
  const styles = useStyles();
  if (!props.files.length) return <p>No return file has been imported for this agency.</p>;
  return (
    <table className={styles.table} aria-label="Files imported">
      <thead>
        <tr>
          {['File', 'Kind', 'Answers', 'Imported', 'By', ''].map((h, i) => (
            <th key={i} className={`${styles.cell} ${h === 'Answers' ? styles.num : ''}`} scope="col">{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.files.map((f) => (
          <tr key={f.id}>
            <td className={styles.cell}>
              {f.fileName}
              <div className={styles.hash} title="SHA-256 of the file as imported">{f.sha256.slice(0, 16)}…</div>
            </td>
            <td className={styles.cell}>{f.kind === 'xlsx' ? 'Excel' : 'Word'}</td>
            <td className={`${styles.cell} ${styles.num}`}>{f.answerCount}</td>
            <td className={styles.cell}>{formatDateTime(f.importedAt)}</td>
            <td className={styles.cell}>{f.importedBy}</td>
            <td className={styles.cell}>{f.replaced && <Badge appearance="outline">Replaced by a newer file</Badge>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

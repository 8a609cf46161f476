import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { Attach16Regular, Dismiss12Regular, Link16Regular } from '@fluentui/react-icons';
import type { EvidenceFile } from '../../../../shared/domain/cycle';
import { formatDate } from '../../components/format-date';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, fontSize: tokens.fontSizeBase200 },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  meta: { color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

const size = (bytes: number | null) => (bytes === null ? '' : bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Files (copied into the app's store) and links backing one answer. */
export function EvidenceList(props: {
  files: EvidenceFile[];
  label: string;
  onAdd: (kind: 'file' | 'link') => void;
  onRemove: (evidenceId: number, name: string) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {props.files.length > 0 && (
        <ul className={styles.list} aria-label={`Evidence files and links, ${props.label}`}>
          {props.files.map((f) => {
            const name = f.kind === 'file' ? (f.fileName ?? 'file') : (f.url ?? 'link');
            return (
              <li key={f.id} className={styles.item}>
                {f.kind === 'file' ? <Attach16Regular aria-hidden /> : <Link16Regular aria-hidden />}
                {f.kind === 'link' && f.url ? (
                  <Link href={f.url} target="_blank" rel="noreferrer">
                    {f.url}
                  </Link>
                ) : (
                  <span>{name}</span>
                )}
                <span className={styles.meta}>
                  {[size(f.sizeBytes), formatDate(f.addedAt), f.addedBy].filter(Boolean).join(' · ')}
                </span>
                <Button size="small" appearance="subtle" icon={<Dismiss12Regular />} aria-label={`Remove ${name}`} onClick={() => props.onRemove(f.id, name)} />
              </li>
            );
          })}
        </ul>
      )}
      <div className={styles.buttons}>
        <Button size="small" appearance="subtle" icon={<Attach16Regular />} onClick={() => props.onAdd('file')}>
          Add file…
        </Button>
        <Button size="small" appearance="subtle" icon={<Link16Regular />} onClick={() => props.onAdd('link')}>
          Add link…
        </Button>
      </div>
    </div>
  );
}

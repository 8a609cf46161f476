import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { Attach16Regular, Dismiss12Regular, Link16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ActionDetail, ActionEvidence } from '../../../../shared/domain/action';
import { useNotify } from '../../app/notify';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDate } from '../../components/format-date';
import { useFileActions } from '../../components/use-file-actions';
import { useApi } from '../../host/services-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
  empty: { color: tokens.colorNeutralForeground3, margin: 0 },
});

const size = (bytes: number | null) => (bytes === null ? '' : bytes < 1024 ? `${bytes} bytes` : bytes < 1048576 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1048576).toFixed(1)} MB`);
const nameOf = (e: ActionEvidence) => (e.kind === 'file' ? (e.fileName ?? 'file') : (e.url ?? 'link'));

/** Evidence of completion: files (copied into the app's store) and links; each can be removed. */
export function ActionEvidenceList(props: { action: ActionDetail; onChanged: (a: ActionDetail) => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { pickFile } = useFileActions();
  const { action } = props;
  const [askLink, setAskLink] = useState(false);
  const [removing, setRemoving] = useState<ActionEvidence | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (call: () => Promise<ActionDetail>, done: string, failed: string): Promise<boolean> => {
    setBusy(true);
    try {
      props.onChanged(await call());
      notify.success(done);
      return true;
    } catch (err) {
      notify.error(err, failed);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const addFile = async () => {
    const file = await pickFile('Add an evidence file', [{ name: 'Any file', extensions: ['*'] }]);
    if (file) await run(() => api.call('actions.addEvidence', { id: action.id, file: { fileName: file.fileName, contentBase64: file.contentBase64 } }), `${file.fileName} added as evidence.`, 'The file was not added');
  };

  return (
    <div className={styles.root}>
      {action.evidence.length === 0 ? (
        <p className={styles.empty}>No files or links yet.</p>
      ) : (
        <ul className={styles.list} aria-label="Evidence files and links">
          {action.evidence.map((e) => (
            <li key={e.id} className={styles.item}>
              {e.kind === 'file' ? <Attach16Regular aria-hidden /> : <Link16Regular aria-hidden />}
              {e.kind === 'link' && e.url ? (
                <Link href={e.url} target="_blank" rel="noreferrer">
                  {e.url}
                </Link>
              ) : (
                <span>{nameOf(e)}</span>
              )}
              <span className={styles.meta}>{[size(e.sizeBytes), formatDate(e.addedAt), e.addedBy].filter(Boolean).join(' · ')}</span>
              <Button size="small" appearance="subtle" icon={<Dismiss12Regular />} aria-label={`Remove ${nameOf(e)}`} disabled={busy} onClick={() => setRemoving(e)} />
            </li>
          ))}
        </ul>
      )}
      <div className={styles.buttons}>
        <Button size="small" icon={<Attach16Regular />} disabled={busy} onClick={() => void addFile()}>
          Add file…
        </Button>
        <Button size="small" icon={<Link16Regular />} disabled={busy} onClick={() => setAskLink(true)}>
          Add link…
        </Button>
      </div>
      <ConfirmDialog
        open={askLink}
        title="Add a link to evidence"
        confirmLabel="Add link"
        busy={busy}
        prompt={{ label: 'Web address', required: true, hint: 'For example a SharePoint page or a published policy: https://…' }}
        onConfirm={async (url) => {
          if (await run(() => api.call('actions.addEvidence', { id: action.id, url }), 'Link added as evidence.', 'The link was not added')) setAskLink(false);
        }}
        onCancel={() => setAskLink(false)}
      />
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing ? nameOf(removing) : ''}?`}
        confirmLabel="Remove"
        busy={busy}
        onConfirm={async () => {
          const e = removing;
          if (e && (await run(() => api.call('actions.removeEvidence', { evidenceId: e.id }), `${nameOf(e)} removed.`, 'It was not removed'))) setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      >
        The evidence is taken off this action; the change is kept in its history.
      </ConfirmDialog>
    </div>
  );
}

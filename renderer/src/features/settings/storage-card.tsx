import { Badge, Button, Card, CardHeader, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowCounterclockwise20Regular, Save20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { BackupInfo } from '../../../../shared/domain/storage';
import { useNotify } from '../../app/notify';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDateTime } from '../../components/format-date';
import { LoadError, Loading } from '../../components/page';
import { invalidate, useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL },
  facts: { display: 'grid', gridTemplateColumns: '160px 1fr', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, margin: `0 0 ${tokens.spacingVerticalM}` },
  term: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'left' },
  num: { textAlign: 'right', whiteSpace: 'nowrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalM} 0` },
});

const KIND_LABEL: Record<BackupInfo['kind'], string> = {
  daily: 'Daily',
  weekly: 'Weekly',
  manual: 'Manual',
  'pre-migration': 'Before upgrade',
  'before-restore': 'Before a restore',
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Where the data is kept (with the network-share warning), its backups, "Back up now" and "Restore". */
export function StorageCard() {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const info = useApiData(() => api.call('storage.info'), [api], ['backups']);
  const backups = useApiData(() => api.call('backups.list'), [api], ['backups']);
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  const backUp = async () => {
    setBusy(true);
    try {
      const b = await api.call('backups.create');
      invalidate('backups');
      notify.success(`Backed up the database and ${b.evidenceFiles} evidence files.`, 'Backup made');
    } catch (err) {
      notify.error(err, 'The backup was not made');
    } finally {
      setBusy(false);
    }
  };

  const restore = async (b: BackupInfo) => {
    setBusy(true);
    try {
      await api.call('backups.restore', { name: b.name });
      // Every screen holds data from before the restore: start the interface afresh on the restored data.
      window.location.reload();
    } catch (err) {
      notify.error(err, 'The backup was not restored');
      setBusy(false);
      setRestoring(null);
    }
  };

  const heading = <CardHeader header={<h2 style={{ margin: 0, fontSize: 18 }}>Storage and backups</h2>} />;
  if (info.error || backups.error)
    return <Card className={styles.card}>{heading}<LoadError error={info.error ?? backups.error} what="the storage details" onRetry={() => invalidate('backups')} /></Card>;
  if (!info.data || !backups.data) return <Card className={styles.card}>{heading}<Loading /></Card>;
  const s = info.data;
  const check = s.lastIntegrityCheck;
  return (
    <Card className={styles.card}>
      {heading}
      {s.warning && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The data folder is on a network share</MessageBarTitle>
            {s.warning}
          </MessageBarBody>
        </MessageBar>
      )}
      {check && !check.ok && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The database failed its integrity check</MessageBarTitle>
            {check.problems.slice(0, 3).join('; ')}. Restore a backup taken before {formatDateTime(check.at)}.
          </MessageBarBody>
        </MessageBar>
      )}
      <dl className={styles.facts}>
        <dt className={styles.term}>Location</dt>
        <dd style={{ margin: 0 }}>{s.location === 'network' ? 'Network share' : 'Local disk'}</dd>
        <dt className={styles.term}>Journal</dt>
        <dd style={{ margin: 0 }}>{s.journalMode === 'WAL' ? 'Write-ahead log (WAL)' : `Rollback journal (${s.journalMode})`}</dd>
        <dt className={styles.term}>Last daily backup</dt>
        <dd style={{ margin: 0 }}>{s.lastDailyBackup ? formatDateTime(s.lastDailyBackup.at) : 'None yet (made on the first start of each day)'}</dd>
        <dt className={styles.term}>Integrity check</dt>
        <dd style={{ margin: 0 }}>{check ? `${check.ok ? 'Passed' : 'Problems found'}, ${formatDateTime(check.at)}` : 'Not run yet'}</dd>
      </dl>
      <div className={styles.actions}>
        <Button icon={<Save20Regular />} onClick={backUp} disabled={busy}>
          Back up now
        </Button>
      </div>
      {backups.data.length === 0 ? (
        <p>No backups yet.</p>
      ) : (
        <table className={styles.table} aria-label="Backups">
          <thead>
            <tr>
              <th className={styles.cell}>Taken</th>
              <th className={styles.cell}>Kind</th>
              <th className={`${styles.cell} ${styles.num}`}>Size</th>
              <th className={styles.cell}><span style={{ position: 'absolute', left: -9999 }}>Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {backups.data.map((b) => (
              <tr key={b.name}>
                <td className={styles.cell} title={b.name}>{formatDateTime(b.createdAt)}</td>
                <td className={styles.cell}><Badge appearance="tint" color={b.kind === 'manual' ? 'brand' : 'informative'}>{KIND_LABEL[b.kind]}</Badge></td>
                <td className={`${styles.cell} ${styles.num}`} title={`${b.evidenceFiles} evidence files`}>{mb(b.databaseBytes + b.evidenceBytes)}</td>
                <td className={styles.cell}>
                  <Button size="small" icon={<ArrowCounterclockwise20Regular />} disabled={busy} onClick={() => setRestoring(b)} aria-label={`Restore the backup of ${formatDateTime(b.createdAt)}`}>
                    Restore…
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={restoring !== null}
        title="Restore this backup?"
        confirmLabel="Restore"
        busy={busy}
        onConfirm={() => restoring && void restore(restoring)}
        onCancel={() => setRestoring(null)}
      >
        {restoring && (
          <p>
            All data and evidence will go back to how they were on {formatDateTime(restoring.createdAt)}. Changes made since then will no longer be
            shown. The current data is backed up first, so this restore can itself be undone from the list.
          </p>
        )}
      </ConfirmDialog>
    </Card>
  );
}

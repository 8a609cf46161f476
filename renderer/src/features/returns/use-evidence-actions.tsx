import { useCallback, useState } from 'react';
import type { ReturnDetail } from '../../../../shared/domain/cycle';
import { useNotify } from '../../app/notify';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useFileActions } from '../../components/use-file-actions';
import { useApi } from '../../host/services-context';

/** Adding evidence files (copied into the app's store) and links to an answer, and removing them. */
export function useEvidenceActions(cycleAgencyId: number, onDetail: (d: ReturnDetail) => void) {
  const api = useApi();
  const notify = useNotify();
  const { pickFile } = useFileActions();
  const [linkFor, setLinkFor] = useState<string | null>(null);
  const [removing, setRemoving] = useState<{ id: number; name: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (call: () => Promise<ReturnDetail>, done: string, failed: string) => {
      setBusy(true);
      try {
        onDetail(await call());
        notify.success(done);
        return true;
      } catch (err) {
        notify.error(err, failed);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [notify, onDetail],
  );

  const add = useCallback(
    async (targetKey: string, kind: 'file' | 'link') => {
      if (kind === 'link') return setLinkFor(targetKey);
      const file = await pickFile('Add an evidence file', [{ name: 'Any file', extensions: ['*'] }]);
      if (!file) return;
      await run(
        () => api.call('returns.addEvidence', { cycleAgencyId, targetKey, file: { fileName: file.fileName, contentBase64: file.contentBase64 } }),
        `${file.fileName} added as evidence.`,
        'The file was not added',
      );
    },
    [api, cycleAgencyId, pickFile, run],
  );

  const remove = useCallback((id: number, name: string) => setRemoving({ id, name }), []);

  const dialogs = (
    <>
      <ConfirmDialog
        open={linkFor !== null}
        title="Add a link to evidence"
        confirmLabel="Add link"
        busy={busy}
        prompt={{ label: 'Web address', required: true, hint: 'For example a SharePoint page or a published policy: https://…' }}
        onConfirm={async (url) => {
          const key = linkFor!;
          if (await run(() => api.call('returns.addEvidence', { cycleAgencyId, targetKey: key, url }), 'Link added as evidence.', 'The link was not added')) setLinkFor(null);
        }}
        onCancel={() => setLinkFor(null)}
      />
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? ''}?`}
        confirmLabel="Remove"
        busy={busy}
        onConfirm={async () => {
          if (removing && (await run(() => api.call('returns.removeEvidence', { evidenceId: removing.id }), `${removing.name} removed.`, 'It was not removed'))) setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      >
        The evidence is taken off this answer; the change is kept in the return’s history.
      </ConfirmDialog>
    </>
  );

  return { add, remove, dialogs };
}

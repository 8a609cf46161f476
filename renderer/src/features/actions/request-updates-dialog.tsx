import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import { Mail20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { ActionRequestDraft } from '../../../../shared/domain/action';
import { useNotify } from '../../app/notify';
import { Loading } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { zipGeneratedFiles } from '../../components/zip-files';
import { useApi, useHost } from '../../host/services-context';
import { ACTIONS_KEY, refreshActions } from './action-query';
import { RequestPreview } from './request-preview';

type Done = { kind: 'eml'; recorded: number; folder: string | null; zipName: string | null; skipped: string[] } | { kind: 'mailto'; recorded: number } | null;

const useStyles = makeStyles({
  surface: { width: 'min(980px, 94vw)', maxWidth: 'none' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxHeight: '70vh', overflowY: 'auto' },
});

const WINDOWS = [0, 14, 30, 60, 90];

/** Emails asking agencies for progress on actions due soon or overdue: previewed, then .eml drafts or mailto links. Each is recorded. */
export function RequestUpdatesDialog(props: { open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const host = useHost();
  const notify = useNotify();
  const { open } = props;
  const [withinDays, setWithinDays] = useState(30);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done>(null);
  const [links, setLinks] = useState(new Map<number, string>());
  useEffect(() => {
    if (open) {
      setDone(null);
      setLinks(new Map());
    }
  }, [open]);
  const drafts = useApiData(() => (open ? api.call('actions.requestDrafts', { withinDays }) : Promise.resolve([] as ActionRequestDraft[])), [api, open, withinDays], [ACTIONS_KEY]);
  const list = drafts.data ?? [];
  const sendable = list.filter((d) => !d.problem).map((d) => d.agencyId);

  const createEml = async () => {
    let folder: string | null = null;
    if (host.kind !== 'browser') {
      folder = await host.pickFolder({ title: 'Choose the folder for the email drafts' });
      if (!folder) return;
    }
    setBusy(true);
    try {
      const out = await api.call('actions.requestUpdates', { agencyIds: sendable, withinDays, method: 'eml', ...(folder ? { folder } : {}) });
      let zipName: string | null = null;
      if (!folder && out.files.length) {
        zipName = 'Requests for action updates.zip';
        await host.saveFile({ title: 'Save the email drafts', suggestedName: zipName, contentBase64: await zipGeneratedFiles(out.files), filters: [{ name: 'Zip file', extensions: ['zip'] }] });
      }
      setDone({ kind: 'eml', recorded: out.recorded, folder: out.paths[0] ?? folder, zipName, skipped: out.skipped.map((s) => `${s.agencyName}: ${s.problem}`) });
      notify.success(`${out.recorded} ${out.recorded === 1 ? 'request' : 'requests'} recorded.`, 'Email drafts created');
      refreshActions();
    } catch (err) {
      notify.error(err, 'The email drafts were not created');
    } finally {
      setBusy(false);
    }
  };

  const makeLinks = async () => {
    setBusy(true);
    try {
      const out = await api.call('actions.requestUpdates', { agencyIds: sendable, withinDays, method: 'mailto' });
      // Links come back in the order asked, without the agencies skipped.
      const skipped = new Set(out.skipped.map((s) => s.agencyId));
      const ids = sendable.filter((id) => !skipped.has(id));
      setLinks(new Map(ids.map((id, i) => [id, out.links[i] ?? ''] as const).filter(([, l]) => l)));
      setDone({ kind: 'mailto', recorded: out.recorded });
      refreshActions();
    } catch (err) {
      notify.error(err, 'The email links were not made');
    } finally {
      setBusy(false);
    }
  };

  const problems = list.filter((d) => d.problem).length;
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && !busy && props.onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Request updates on actions</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label="Ask about actions that are overdue or due within">
              <Select value={String(withinDays)} onChange={(_, d) => setWithinDays(Number(d.value))}>
                {WINDOWS.map((n) => (
                  <option key={n} value={String(n)}>
                    {n === 0 ? 'Overdue only' : `${n} days`}
                  </option>
                ))}
              </Select>
            </Field>
            {drafts.loading && <Loading label="Writing the emails…" />}
            {!drafts.loading && list.length === 0 && (
              <MessageBar intent="success">
                <MessageBarBody>No agency has actions overdue or due in that time.</MessageBarBody>
              </MessageBar>
            )}
            {list.length > 0 && (
              <p>
                {sendable.length} {sendable.length === 1 ? 'agency' : 'agencies'} to ask{problems ? `; ${problems} cannot be emailed (the reason is shown)` : ''}.
              </p>
            )}
            {done?.kind === 'eml' && (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>
                  {done.recorded} email {done.recorded === 1 ? 'draft' : 'drafts'} created and recorded.{' '}
                  {done.zipName ? `${done.zipName} has been downloaded: open each .eml file in Outlook to send it.` : 'Open each .eml file in Outlook to send it.'}
                  {done.skipped.length > 0 && ` Not asked: ${done.skipped.join('; ')}.`}
                </MessageBarBody>
                {done.folder && (
                  <Button size="small" onClick={() => void host.showInFolder(done.folder!).catch((e: unknown) => notify.error(e))}>
                    Open folder
                  </Button>
                )}
              </MessageBar>
            )}
            {done?.kind === 'mailto' && (
              <MessageBar intent="info">
                <MessageBarBody>{done.recorded} recorded as asked. Open each email below from your mail program.</MessageBarBody>
              </MessageBar>
            )}
            <RequestPreview drafts={list} links={links} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" icon={<Mail20Regular />} disabled={busy || !sendable.length || done !== null} onClick={() => void createEml()}>
              {busy ? 'Working…' : `Create ${sendable.length} Outlook ${sendable.length === 1 ? 'draft' : 'drafts'}`}
            </Button>
            <Button disabled={busy || !sendable.length || done !== null} onClick={() => void makeLinks()}>
              Use mailto links
            </Button>
            <Button onClick={props.onClose} disabled={busy}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

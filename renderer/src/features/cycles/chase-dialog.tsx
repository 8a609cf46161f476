import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Mail20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { CycleDetail, ReturnRow } from '../../../../shared/domain/cycle';
import { useNotify } from '../../app/notify';
import { Loading } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { safeFileName, zipGeneratedFiles } from '../../components/zip-files';
import { useApi, useHost } from '../../host/services-context';
import { ChaserPreview } from './chaser-preview';
import { refreshCycle, returnsKey } from './cycle-refresh';

type Who = 'overdue' | 'selected';
type Done = { kind: 'eml'; recorded: number; folderPath: string | null; zipName: string | null; skipped: string[] } | { kind: 'mailto' } | null;

const useStyles = makeStyles({
  surface: { width: 'min(980px, 94vw)', maxWidth: 'none' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxHeight: '70vh', overflowY: 'auto' },
});

/** Reminder emails for overdue (or chosen) agencies: previewed, then .eml drafts for Outlook or mailto links. Each is recorded. */
export function ChaseDialog(props: { cycle: CycleDetail; open: boolean; presetIds: number[] | null; onClose: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const host = useHost();
  const notify = useNotify();
  const { cycle, open, presetIds } = props;
  const [who, setWho] = useState<Who>('overdue');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done>(null);
  useEffect(() => {
    if (open) {
      setWho(presetIds ? 'selected' : 'overdue');
      setDone(null);
    }
  }, [open, presetIds]);

  const rows = useApiData(() => (open ? api.call('returns.list', { cycleId: cycle.id }) : Promise.resolve([] as ReturnRow[])), [api, cycle.id, open], [returnsKey(cycle.id)]);
  const overdue = (rows.data ?? []).filter((r) => r.daysOverdue !== null).map((r) => r.cycleAgencyId);
  const ids = who === 'selected' && presetIds ? presetIds : overdue;
  const idKey = ids.join(',');
  const drafts = useApiData(
    () => (open && ids.length ? api.call('chasers.drafts', { cycleId: cycle.id, cycleAgencyIds: ids }) : Promise.resolve([])),
    [api, cycle.id, open, idKey],
  );
  const list = drafts.data ?? [];
  const sendable = list.filter((d) => !d.problem).map((d) => d.cycleAgencyId);

  const createEml = async () => {
    let folder: string | null = null;
    if (host.kind !== 'browser') {
      folder = await host.pickFolder({ title: 'Choose the folder for the email drafts' });
      if (!folder) return;
    }
    setBusy(true);
    try {
      const out = await api.call('chasers.create', { cycleId: cycle.id, cycleAgencyIds: sendable, method: 'eml', ...(folder ? { folder } : {}) });
      let zipName: string | null = null;
      if (!folder && out.files.length) {
        zipName = `${safeFileName(cycle.name)} chasers.zip`;
        const contentBase64 = await zipGeneratedFiles(out.files);
        await host.saveFile({ title: 'Save the email drafts', suggestedName: zipName, contentBase64, filters: [{ name: 'Zip file', extensions: ['zip'] }] });
      }
      setDone({ kind: 'eml', recorded: out.recorded, folderPath: out.paths[0] ?? null, zipName, skipped: out.skipped.map((x) => `${x.agencyName}: ${x.problem}`) });
      notify.success(`${out.recorded} ${out.recorded === 1 ? 'chaser' : 'chasers'} recorded.`, 'Email drafts created');
      refreshCycle(cycle.id);
    } catch (err) {
      notify.error(err, 'The email drafts were not created');
    } finally {
      setBusy(false);
    }
  };

  const recordMailto = (cycleAgencyId: number) => {
    api.call('chasers.create', { cycleId: cycle.id, cycleAgencyIds: [cycleAgencyId], method: 'mailto' }).then(
      () => refreshCycle(cycle.id),
      (err: unknown) => notify.error(err, 'The chaser was not recorded'),
    );
  };

  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && !busy && props.onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Chase returns</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label="Agencies to chase">
              <RadioGroup layout="horizontal" value={who} onChange={(_, d) => setWho(d.value as Who)}>
                <Radio value="overdue" label={`Overdue (${overdue.length})`} />
                {presetIds && <Radio value="selected" label={`Selected (${presetIds.length})`} />}
              </RadioGroup>
            </Field>
            {!ids.length && rows.data && (
              <MessageBar intent="success">
                <MessageBarBody>No agency is overdue. Select agencies in the Returns tab to chase them anyway.</MessageBarBody>
              </MessageBar>
            )}
            {drafts.loading && ids.length > 0 && <Loading label="Writing the emails…" />}
            {done?.kind === 'eml' && (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>
                  {done.recorded} email {done.recorded === 1 ? 'draft' : 'drafts'} created and recorded as chased.{' '}
                  {done.zipName ? `${done.zipName} has been downloaded: open each .eml file in Outlook to send it.` : 'Open each .eml file in Outlook to send it.'}
                  {done.skipped.length > 0 && ` Not chased: ${done.skipped.join('; ')}.`}
                </MessageBarBody>
                {done.folderPath && (
                  <Button size="small" onClick={() => void host.showInFolder(done.folderPath!).catch((e: unknown) => notify.error(e))}>
                    Open folder
                  </Button>
                )}
              </MessageBar>
            )}
            <ChaserPreview drafts={list} mailto={done?.kind === 'mailto'} onMailto={recordMailto} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" icon={<Mail20Regular />} disabled={busy || !sendable.length || done?.kind === 'eml'} onClick={createEml}>
              {busy ? 'Creating…' : `Create ${sendable.length} Outlook ${sendable.length === 1 ? 'draft' : 'drafts'}`}
            </Button>
            <Button disabled={busy || !sendable.length} onClick={() => setDone({ kind: 'mailto' })}>
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

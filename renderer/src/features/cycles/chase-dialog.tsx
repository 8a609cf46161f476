import { Field, MessageBar, MessageBarBody, Radio, RadioGroup } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CycleDetail, ReturnRow } from '../../../../shared/domain/cycle';
import { useNotify } from '../../app/notify';
import { Loading } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { EmailDraftsDialog } from '../../components/email-drafts/email-drafts-dialog';
import { EmlDoneBar } from '../../components/email-drafts/eml-done-bar';
import { useEmlDrafts } from '../../components/email-drafts/use-eml-drafts';
import { safeFileName } from '../../components/zip-files';
import { useApi } from '../../host/services-context';
import { ChaserPreview } from './chaser-preview';
import { refreshCycle, returnsKey } from './cycle-refresh';

type Who = 'overdue' | 'selected';
type Done = { kind: 'eml'; recorded: number; folderPath: string | null; zipName: string | null; skipped: string[] } | { kind: 'mailto' } | null;

/** Reminder emails for overdue (or chosen) agencies: previewed, then .eml drafts for Outlook or mailto links. Each is recorded. */
export function ChaseDialog(props: { cycle: CycleDetail; open: boolean; presetIds: number[] | null; onClose: () => void }) {
  const api = useApi();
  const notify = useNotify();
  const { cycle, open, presetIds } = props;
  const [who, setWho] = useState<Who>('overdue');
  const eml = useEmlDrafts();
  const busy = eml.busy;
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

  const createEml = () =>
    eml.create({
      make: (folder) => api.call('chasers.create', { cycleId: cycle.id, cycleAgencyIds: sendable, method: 'eml', ...(folder ? { folder } : {}) }),
      zipName: `${safeFileName(cycle.name)} chasers.zip`,
      onDone: (out, { zipName }) => {
        setDone({ kind: 'eml', recorded: out.recorded, folderPath: out.paths[0] ?? null, zipName, skipped: out.skipped.map((x) => `${x.agencyName}: ${x.problem}`) });
        notify.success(`${out.recorded} ${out.recorded === 1 ? 'chaser' : 'chasers'} recorded.`, 'Email drafts created');
        refreshCycle(cycle.id);
      },
    });

  const recordMailto = (cycleAgencyId: number) => {
    api.call('chasers.create', { cycleId: cycle.id, cycleAgencyIds: [cycleAgencyId], method: 'mailto' }).then(
      () => refreshCycle(cycle.id),
      (err: unknown) => notify.error(err, 'The chaser was not recorded'),
    );
  };

  return (
    <EmailDraftsDialog
      open={open}
      title="Chase returns"
      actions={{
        count: sendable.length,
        busy,
        busyLabel: 'Creating…',
        disabled: done?.kind === 'eml',
        onCreate: () => void createEml(),
        mailto: { disabled: false, onClick: () => setDone({ kind: 'mailto' }) },
        onClose: props.onClose,
      }}
    >
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
        <EmlDoneBar
          lead={`${done.recorded} email ${done.recorded === 1 ? 'draft' : 'drafts'} created and recorded as chased.`}
          zipName={done.zipName}
          skippedWord="Not chased"
          skipped={done.skipped}
          folderPath={done.folderPath}
        />
      )}
      <ChaserPreview drafts={list} mailto={done?.kind === 'mailto'} onMailto={recordMailto} />
    </EmailDraftsDialog>
  );
}

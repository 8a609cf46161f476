import { Field, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ActionRequestDraft } from '../../../../shared/domain/action';
import { useNotify } from '../../app/notify';
import { Loading } from '../../components/page';
import { EmailDraftsDialog } from '../../components/email-drafts/email-drafts-dialog';
import { EmlDoneBar } from '../../components/email-drafts/eml-done-bar';
import { useEmlDrafts } from '../../components/email-drafts/use-eml-drafts';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { ACTIONS_KEY, refreshActions } from './action-query';
import { RequestPreview } from './request-preview';

type Done = { kind: 'eml'; recorded: number; folder: string | null; zipName: string | null; skipped: string[] } | { kind: 'mailto'; recorded: number } | null;

const WINDOWS = [0, 14, 30, 60, 90];

/** Emails asking agencies for progress on actions due soon or overdue: previewed, then .eml drafts or mailto links. Each is recorded. */
export function RequestUpdatesDialog(props: { open: boolean; onClose: () => void }) {
  const api = useApi();
  const notify = useNotify();
  const { open } = props;
  const [withinDays, setWithinDays] = useState(30);
  const eml = useEmlDrafts();
  const busy = eml.busy;
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

  const createEml = () =>
    eml.create({
      make: (folder) => api.call('actions.requestUpdates', { agencyIds: sendable, withinDays, method: 'eml', ...(folder ? { folder } : {}) }),
      zipName: 'Requests for action updates.zip',
      onDone: (out, { folder, zipName }) => {
        setDone({ kind: 'eml', recorded: out.recorded, folder: out.paths[0] ?? folder, zipName, skipped: out.skipped.map((s) => `${s.agencyName}: ${s.problem}`) });
        notify.success(`${out.recorded} ${out.recorded === 1 ? 'request' : 'requests'} recorded.`, 'Email drafts created');
        refreshActions();
      },
    });

  const makeLinks = () =>
    eml.whileBusy('The email links were not made', async () => {
      const out = await api.call('actions.requestUpdates', { agencyIds: sendable, withinDays, method: 'mailto' });
      // Links come back in the order asked, without the agencies skipped.
      const skipped = new Set(out.skipped.map((s) => s.agencyId));
      const ids = sendable.filter((id) => !skipped.has(id));
      setLinks(new Map(ids.map((id, i) => [id, out.links[i] ?? ''] as const).filter(([, l]) => l)));
      setDone({ kind: 'mailto', recorded: out.recorded });
      refreshActions();
    });

  const problems = list.filter((d) => d.problem).length;
  return (
    <EmailDraftsDialog
      open={open}
      title="Request updates on actions"
      actions={{
        count: sendable.length,
        busy,
        busyLabel: 'Working…',
        disabled: done !== null,
        onCreate: () => void createEml(),
        mailto: { disabled: done !== null, onClick: () => void makeLinks() },
        onClose: props.onClose,
      }}
    >
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
        <EmlDoneBar
          lead={`${done.recorded} email ${done.recorded === 1 ? 'draft' : 'drafts'} created and recorded.`}
          zipName={done.zipName}
          skippedWord="Not asked"
          skipped={done.skipped}
          folderPath={done.folder}
        />
      )}
      {done?.kind === 'mailto' && (
        <MessageBar intent="info">
          <MessageBarBody>{done.recorded} recorded as asked. Open each email below from your mail program.</MessageBarBody>
        </MessageBar>
      )}
      <RequestPreview drafts={list} links={links} />
    </EmailDraftsDialog>
  );
}

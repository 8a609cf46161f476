import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import {
  actionInputSchema,
  actionPatchSchema,
  type ActionDetail,
  type ActionInput,
  type ActionPatch,
  type ActionRow,
  type ActionSource,
  type ActionStatus,
} from '../../../../shared/domain/action';
import { useNotify } from '../../app/notify';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { HistoryPanel } from '../../components/history-panel';
import { RecordDrawer } from '../../components/record-drawer/record-drawer';
import { useRecordForm } from '../../components/record-drawer/use-record-form';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { ActionEvidenceList } from './action-evidence';
import { ActionForm } from './action-form';
import { ACTION_FIELD_LABELS, actionToForm, actionWording, emptyAction, formToInput, formToPatch, inputToForm } from './action-form-model';
import { actionKey, refreshActions } from './action-query';
import { ActionSummary } from './action-summary';
import { holderText } from './action-columns';
import { UpdateDialog } from './update-dialog';
import { UpdateTimeline } from './update-timeline';
import { useActionLookups } from './use-action-lookups';

const useStyles = makeStyles({
  drawer: { width: 'min(860px, 100vw)' },
  banner: { marginBottom: tokens.spacingVerticalM },
  h3: { margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  bar: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' },
});

/** A prefilled new action and what it answers ("Standard 3.2 …: rated Inadequate"). */
export interface ActionPrefill {
  input: Partial<ActionInput>;
  context?: string;
  existing?: ActionRow[];
}

/** One action: details, progress updates with evidence, and history. `id` null makes a new one, optionally prefilled. */
export function ActionDrawer(props: { id: number | null; prefill?: ActionPrefill; onClose: () => void; onCreated: (a: ActionDetail) => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { id, prefill } = props;
  const detail = useApiData(() => (id ? api.call('actions.get', { id }) : Promise.resolve(null)), [api, id], id ? [actionKey(id)] : []);
  const lookups = useActionLookups();
  const [updating, setUpdating] = useState<{ status?: ActionStatus } | null>(null);
  const [asking, setAsking] = useState<'delete' | null>(null);
  const action = detail.data ?? null;
  const source: ActionSource = (prefill?.input.source as ActionSource | undefined) ?? 'manual';

  const form = useRecordForm<ActionDetail, ReturnType<typeof actionToForm>, ActionInput | ActionPatch>({
    record: action,
    empty: prefill ? inputToForm(prefill.input) : emptyAction,
    toForm: actionToForm,
    toInput: (v) => (id ? formToPatch(v) : formToInput(v, source)),
    schema: id ? actionPatchSchema : actionInputSchema,
    wording: actionWording,
    persist: (input) => (id ? api.call('actions.update', { id, patch: input as ActionPatch }) : api.call('actions.create', input as ActionInput)),
    onSaved: (saved) => {
      if (id) detail.setData(saved);
      notify.success(`${saved.reference} has been saved.`, 'Saved');
      refreshActions(saved.id);
      if (!id) props.onCreated(saved);
    },
    failMessage: 'The action was not saved',
  });

  const changed = (a: ActionDetail) => {
    detail.setData(a);
    refreshActions(a.id);
  };

  const remove = async () => {
    if (!action) return;
    await form.run('The action was not deleted', async () => {
      await api.call('actions.delete', { id: action.id });
      notify.success(`${action.reference} has been deleted.`);
      refreshActions();
      props.onClose();
    });
    setAsking(null);
  };

  const title = action ? `${action.reference} · ${holderText(action)}` : id ? 'Action' : 'New action';
  const canDelete = action ? action.updates.length === 0 : false;
  return (
    <RecordDrawer
      noun="action"
      id={id}
      title={title}
      className={styles.drawer}
      detail={{ data: action ? { active: true } : null, error: detail.error, reload: detail.reload }}
      form={form}
      onClose={props.onClose}
      notice={
        !id && prefill?.context ? (
          <MessageBar intent="info" className={styles.banner} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{prefill.context}</MessageBarTitle>
              {prefill.existing?.length
                ? `Already open for this: ${prefill.existing.map((e) => `${e.reference} ${e.description}`).join('; ')}. Check this is not a duplicate.`
                : 'Check the words, owner and due date, then create the action.'}
            </MessageBarBody>
          </MessageBar>
        ) : null
      }
      details={
        <>
          {action && <ActionSummary action={action} onAddUpdate={() => setUpdating({})} />}
          <ActionForm values={form.values} errors={form.errors} isNew={!id} lookups={lookups} onChange={form.setValues} />
        </>
      }
      related={{
        value: 'progress',
        label: <>Progress{action ? ` (${action.updates.length})` : ''}</>,
        content: action && (
          <>
            <div className={styles.bar}>
              <h3 className={styles.h3}>Progress updates</h3>
              <Button appearance="primary" onClick={() => setUpdating({})}>
                Add update…
              </Button>
            </div>
            <UpdateTimeline updates={action.updates} />
            <h3 className={styles.h3}>Evidence of completion</h3>
            {action.completionNote && <p>{action.completionNote}</p>}
            <ActionEvidenceList action={action} onChanged={changed} />
          </>
        ),
      }}
      history={action && <HistoryPanel entityType="action" entityId={action.id} fieldLabels={ACTION_FIELD_LABELS} hideFields={['id', 'agencyId', 'standardId', 'itemId']} />}
      actions={action && <Button onClick={() => setAsking('delete')}>Delete…</Button>}
    >
      {action && (
        <UpdateDialog
          action={action}
          open={updating !== null}
          presetStatus={updating?.status}
          onClose={() => setUpdating(null)}
          onSaved={(a) => {
            changed(a);
            form.setTab('progress');
          }}
        />
      )}
      <ConfirmDialog
        open={asking === 'delete' && canDelete}
        title={`Delete ${action?.reference ?? 'the action'}?`}
        confirmLabel="Delete"
        busy={form.saving}
        onConfirm={() => void remove()}
        onCancel={() => setAsking(null)}
      >
        Delete an action only when it was made in error. It has no progress updates yet; the deletion is kept in the history.
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'delete' && !canDelete}
        title={`${action?.reference ?? 'This action'} cannot be deleted`}
        confirmLabel="Drop it instead…"
        onConfirm={() => {
          setAsking(null);
          setUpdating({ status: 'dropped' });
        }}
        onCancel={() => setAsking(null)}
      >
        It has progress updates, and they are kept. If the action is no longer needed, drop it with the reason: it stays on record as dropped and is no longer chased.
      </ConfirmDialog>
    </RecordDrawer>
  );
}

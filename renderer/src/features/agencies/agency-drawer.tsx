import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { agencyInputSchema } from '../../../../shared/domain/agency';
import { useNotify } from '../../app/notify';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { HistoryPanel } from '../../components/history-panel';
import { RecordDrawer } from '../../components/record-drawer/record-drawer';
import { useRecordForm } from '../../components/record-drawer/use-record-form';
import { invalidate, useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { AGENCY_ACTIONS_ID, AgencyActions, AgencyActionsStrip, useAgencyActions } from '../actions/agency-actions';
import { AgencyContacts } from './agency-contacts';
import { AGENCY_FIELD_LABELS, AgencyForm, agencyToForm, emptyAgency, formatAgencyValue, formToAgencyInput } from './agency-form';

const useStyles = makeStyles({
  drawer: { width: 'min(860px, 100vw)' },
  banner: { marginBottom: tokens.spacingVerticalM },
});

/** One agency: its fields, its contacts and its history. `id` null makes a new agency. */
export function AgencyDrawer(props: { id: number | null; onClose: () => void; onCreated: (id: number) => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { id } = props;
  const detail = useApiData(() => (id ? api.call('agencies.get', { id }) : Promise.resolve(null)), [api, id], id ? [`agency:${id}`] : []);
  const sectors = useApiData(() => api.call('sectors.list'), [api], ['sectors']);
  const [asking, setAsking] = useState<'deactivate' | 'reactivate' | null>(null);
  const agency = detail.data ?? null;
  const actions = useAgencyActions(id);
  const changed = (agencyId: number) => invalidate('agencies', `history:agency:${agencyId}`, `agency:${agencyId}`, 'home');

  const form = useRecordForm({
    record: agency,
    empty: emptyAgency,
    toForm: agencyToForm,
    toInput: formToAgencyInput,
    schema: agencyInputSchema,
    // No sector chosen reaches zod as 0 ("too small"); say what to do instead.
    wording: (errors) => ({ ...errors, ...(errors.sectorId ? { sectorId: 'Choose a sector.' } : {}) }),
    persist: (input) => (id ? api.call('agencies.update', { id, patch: input }) : api.call('agencies.create', input)),
    onSaved: (saved) => {
      if (id) detail.setData(saved);
      notify.success(`${saved.name} has been saved.`, 'Saved');
      changed(saved.id);
      if (!id) props.onCreated(saved.id);
    },
    failMessage: 'The agency was not saved',
  });

  // The list sits under the agency's fields; the strip above the tabs scrolls to it.
  const showActions = () => {
    form.setTab('details');
    setTimeout(() => document.getElementById(AGENCY_ACTIONS_ID)?.scrollIntoView({ behavior: 'smooth', block: 'start' }), 0);
  };

  const setActive = async (active: boolean, reason?: string) => {
    if (!id) return;
    await form.run(active ? 'Could not reactivate the agency' : 'Could not deactivate the agency', async () => {
      const saved = await api.call('agencies.setActive', { id, active, ...(reason ? { reason } : {}) });
      detail.setData(saved);
      notify.success(active ? `${saved.name} is active again.` : `${saved.name} has been deactivated.`);
      changed(saved.id);
    });
    setAsking(null);
  };

  return (
    <RecordDrawer
      noun="agency"
      id={id}
      title={id ? (agency?.name ?? 'Agency') : form.values.name.trim() || 'New agency'}
      className={styles.drawer}
      detail={detail}
      form={form}
      onClose={props.onClose}
      notice={
        agency && (
          <>
            {!agency.active && (
              <MessageBar intent="warning" className={styles.banner} layout="multiline">
                <MessageBarBody>
                  This agency is inactive{agency.deactivatedReason ? `: ${agency.deactivatedReason}` : '.'} It is left out of new cycles and lists
                  unless you include inactive agencies.
                </MessageBarBody>
                <MessageBarActions>
                  <Button onClick={() => setAsking('reactivate')}>Reactivate</Button>
                </MessageBarActions>
              </MessageBar>
            )}
            <AgencyActionsStrip agencyId={agency.id} rows={actions.data} onShowList={showActions} />
          </>
        )
      }
      details={
        <>
          <AgencyForm values={form.values} errors={form.errors} sectors={sectors.data ?? []} onChange={form.setValues} />
          {agency && <AgencyActions agencyId={agency.id} agencyName={agency.name} data={actions} />}
        </>
      }
      related={{
        value: 'contacts',
        label: <>Contacts{agency ? ` (${agency.contacts.length})` : ''}</>,
        content: agency && <AgencyContacts agency={agency} onChanged={() => changed(agency.id)} />,
      }}
      history={
        agency && (
          <HistoryPanel entityType="agency" entityId={agency.id} fieldLabels={AGENCY_FIELD_LABELS} hideFields={['sectorId', 'id']} formatValue={formatAgencyValue} />
        )
      }
      actions={
        agency &&
        (agency.active ? (
          <Button onClick={() => setAsking('deactivate')}>Deactivate…</Button>
        ) : (
          <Button onClick={() => setAsking('reactivate')}>Reactivate</Button>
        ))
      }
    >
      <ConfirmDialog
        open={asking === 'deactivate'}
        title={`Deactivate ${agency?.name ?? 'agency'}?`}
        confirmLabel="Deactivate"
        prompt={{ label: 'Reason', required: true, multiline: true, hint: 'For example: school closed; merged into another trust.' }}
        busy={form.saving}
        onConfirm={(reason) => setActive(false, reason)}
        onCancel={() => setAsking(null)}
      >
        The agency is kept with its history and past returns but is left out of new audit cycles. You can reactivate it later.
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'reactivate'}
        title={`Reactivate ${agency?.name ?? 'agency'}?`}
        confirmLabel="Reactivate"
        busy={form.saving}
        onConfirm={() => setActive(true)}
        onCancel={() => setAsking(null)}
      >
        The agency will appear in lists and can be included in new audit cycles again.
      </ConfirmDialog>
    </RecordDrawer>
  );
}

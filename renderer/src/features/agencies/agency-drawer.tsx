import {
  Badge,
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  OverlayDrawer,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { agencyInputSchema } from '../../../../shared/domain/agency';
import { useNotify } from '../../app/notify';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { serverFieldErrors, validate, type FieldErrors } from '../../components/form-errors';
import { HistoryPanel } from '../../components/history-panel';
import { LoadError, Loading } from '../../components/page';
import { invalidate, useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { AgencyContacts } from './agency-contacts';
import { AGENCY_FIELD_LABELS, AgencyForm, agencyToForm, emptyAgency, formatAgencyValue, formToAgencyInput, type AgencyFormValues } from './agency-form';

const useStyles = makeStyles({
  drawer: { width: 'min(860px, 100vw)' },
  titleRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  dirty: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightRegular },
  tabs: { marginTop: tokens.spacingVerticalS },
  body: { paddingTop: tokens.spacingVerticalM },
  footer: { justifyContent: 'space-between' },
  group: { display: 'flex', gap: tokens.spacingHorizontalS },
  banner: { marginBottom: tokens.spacingVerticalM },
});

type TabId = 'details' | 'contacts' | 'history';

/** One agency: its fields, its contacts and its history. `id` null makes a new agency. */
export function AgencyDrawer(props: { id: number | null; onClose: () => void; onCreated: (id: number) => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { id } = props;
  const detail = useApiData(() => (id ? api.call('agencies.get', { id }) : Promise.resolve(null)), [api, id], id ? [`agency:${id}`] : []);
  const sectors = useApiData(() => api.call('sectors.list'), [api], ['sectors']);
  const [initial, setInitial] = useState<AgencyFormValues>(emptyAgency);
  const [values, setValues] = useState<AgencyFormValues>(emptyAgency);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [tab, setTab] = useState<TabId>('details');
  const [saving, setSaving] = useState(false);
  const [asking, setAsking] = useState<'close' | 'deactivate' | 'reactivate' | null>(null);

  const agency = detail.data ?? null;
  useEffect(() => {
    if (agency) {
      const v = agencyToForm(agency);
      setInitial(v);
      setValues(v);
      setErrors({});
    }
  }, [agency]);

  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const close = () => (dirty ? setAsking('close') : props.onClose());
  const changed = (agencyId: number) => invalidate('agencies', `history:agency:${agencyId}`, `agency:${agencyId}`, 'home');

  const save = async () => {
    const input = formToAgencyInput(values);
    const checked = validate(agencyInputSchema, input);
    if (!checked.ok) {
      setErrors({ ...checked.errors, ...(checked.errors.sectorId ? { sectorId: 'Choose a sector.' } : {}) });
      setTab('details');
      return;
    }
    setSaving(true);
    try {
      const saved = id ? await api.call('agencies.update', { id, patch: input }) : await api.call('agencies.create', input);
      setErrors({});
      const v = agencyToForm(saved);
      setInitial(v);
      setValues(v);
      if (id) detail.setData(saved);
      notify.success(`${saved.name} has been saved.`, 'Saved');
      changed(saved.id);
      if (!id) props.onCreated(saved.id);
    } catch (err) {
      const fieldErrors = serverFieldErrors(err);
      if (fieldErrors) setErrors(fieldErrors);
      notify.error(err, 'The agency was not saved');
    } finally {
      setSaving(false);
    }
  };

  const setActive = async (active: boolean, reason?: string) => {
    if (!id) return;
    setSaving(true);
    try {
      const saved = await api.call('agencies.setActive', { id, active, ...(reason ? { reason } : {}) });
      detail.setData(saved);
      notify.success(active ? `${saved.name} is active again.` : `${saved.name} has been deactivated.`);
      changed(saved.id);
    } catch (err) {
      notify.error(err, active ? 'Could not reactivate the agency' : 'Could not deactivate the agency');
    } finally {
      setSaving(false);
      setAsking(null);
    }
  };

  const title = id ? (agency?.name ?? 'Agency') : values.name.trim() || 'New agency';
  return (
    <OverlayDrawer open position="end" className={styles.drawer} onOpenChange={(_, d) => !d.open && close()} aria-label={id ? title : 'New agency'}>
      <DrawerHeader>
        <DrawerHeaderTitle
          action={<Button appearance="subtle" aria-label="Close" icon={<Dismiss24Regular />} onClick={close} />}
        >
          <span className={styles.titleRow}>
            {title}
            {agency && !agency.active && (
              <Badge appearance="tint" color="subtle">
                Inactive
              </Badge>
            )}
            {dirty && <span className={styles.dirty}>● Unsaved changes</span>}
          </span>
        </DrawerHeaderTitle>
        {id && (
          <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
            <Tab value="details">Details</Tab>
            <Tab value="contacts">Contacts{agency ? ` (${agency.contacts.length})` : ''}</Tab>
            <Tab value="history">History</Tab>
          </TabList>
        )}
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        {detail.error ? (
          <LoadError error={detail.error} what="the agency" onRetry={detail.reload} />
        ) : id && !agency ? (
          <Loading />
        ) : (
          <>
            {agency && !agency.active && (
              <MessageBar intent="warning" className={styles.banner} layout="multiline">
                <MessageBarBody>
                  This agency is inactive{agency.deactivatedReason ? `: ${agency.deactivatedReason}` : '.'} It is left out of new cycles and
                  lists unless you include inactive agencies.
                </MessageBarBody>
                <MessageBarActions>
                  <Button onClick={() => setAsking('reactivate')}>Reactivate</Button>
                </MessageBarActions>
              </MessageBar>
            )}
            {tab === 'details' && <AgencyForm values={values} errors={errors} sectors={sectors.data ?? []} onChange={setValues} />}
            {tab === 'contacts' && agency && <AgencyContacts agency={agency} onChanged={() => changed(agency.id)} />}
            {tab === 'history' && agency && (
              <HistoryPanel
                entityType="agency"
                entityId={agency.id}
                fieldLabels={AGENCY_FIELD_LABELS}
                hideFields={['sectorId', 'id']}
                formatValue={formatAgencyValue}
              />
            )}
          </>
        )}
      </DrawerBody>
      <DrawerFooter className={styles.footer}>
        <div className={styles.group}>
          <Button appearance="primary" onClick={save} disabled={saving || (!dirty && Boolean(id))}>
            {saving ? 'Saving…' : id ? 'Save' : 'Create agency'}
          </Button>
          <Button onClick={close}>Close</Button>
        </div>
        {agency &&
          (agency.active ? (
            <Button onClick={() => setAsking('deactivate')}>Deactivate…</Button>
          ) : (
            <Button onClick={() => setAsking('reactivate')}>Reactivate</Button>
          ))}
      </DrawerFooter>
      <ConfirmDialog
        open={asking === 'close'}
        title="Discard unsaved changes?"
        confirmLabel="Discard changes"
        cancelLabel="Keep editing"
        onConfirm={() => {
          setAsking(null);
          props.onClose();
        }}
        onCancel={() => setAsking(null)}
      >
        You have changed this agency without saving. If you close it now, the changes are lost.
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'deactivate'}
        title={`Deactivate ${agency?.name ?? 'agency'}?`}
        confirmLabel="Deactivate"
        prompt={{ label: 'Reason', required: true, multiline: true, hint: 'For example: school closed; merged into another trust.' }}
        busy={saving}
        onConfirm={(reason) => setActive(false, reason)}
        onCancel={() => setAsking(null)}
      >
        The agency is kept with its history and past returns but is left out of new audit cycles. You can reactivate it later.
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'reactivate'}
        title={`Reactivate ${agency?.name ?? 'agency'}?`}
        confirmLabel="Reactivate"
        busy={saving}
        onConfirm={() => setActive(true)}
        onCancel={() => setAsking(null)}
      >
        The agency will appear in lists and can be included in new audit cycles again.
      </ConfirmDialog>
    </OverlayDrawer>
  );
}

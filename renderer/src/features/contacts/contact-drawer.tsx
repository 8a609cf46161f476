import {
  Badge,
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { contactInputSchema, type Contact } from '../../../../shared/domain/agency';
import { useNotify } from '../../app/notify';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { serverFieldErrors, validate, type FieldErrors } from '../../components/form-errors';
import { HistoryPanel } from '../../components/history-panel';
import { LoadError, Loading } from '../../components/page';
import { invalidate, useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { CONTACT_FIELD_LABELS, ContactForm, contactToForm, emptyContact, formToContactInput, type ContactFormValues } from './contact-form';
import { ContactLinks } from './contact-links';

const useStyles = makeStyles({
  drawer: { width: 'min(760px, 100vw)' },
  titleRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  dirty: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightRegular },
  tabs: { marginTop: tokens.spacingVerticalS },
  body: { paddingTop: tokens.spacingVerticalM },
  footer: { justifyContent: 'space-between' },
  group: { display: 'flex', gap: tokens.spacingHorizontalS },
});

type TabId = 'details' | 'agencies' | 'history';

export function ContactDrawer(props: { id: number | null; onClose: () => void; onCreated: (id: number) => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { id } = props;
  const detail = useApiData(() => (id ? api.call('contacts.get', { id }) : Promise.resolve(null)), [api, id], id ? [`contact:${id}`] : []);
  const [initial, setInitial] = useState<ContactFormValues>(emptyContact);
  const [values, setValues] = useState<ContactFormValues>(emptyContact);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [tab, setTab] = useState<TabId>('details');
  const [saving, setSaving] = useState(false);
  const [confirmClose, setConfirmClose] = useState(false);

  const contact = detail.data ?? null;
  useEffect(() => {
    if (contact) {
      const v = contactToForm(contact);
      setInitial(v);
      setValues(v);
      setErrors({});
    }
  }, [contact]);

  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const close = () => (dirty ? setConfirmClose(true) : props.onClose());
  const changed = (c: Contact) => {
    detail.setData(c);
    invalidate('contacts', 'agencies', 'home', `history:contact:${c.id}`);
    for (const l of c.links) invalidate(`agency:${l.agencyId}`);
  };

  const save = async () => {
    const input = formToContactInput(values);
    const checked = validate(contactInputSchema, input);
    if (!checked.ok) {
      setErrors(checked.errors);
      setTab('details');
      return;
    }
    setSaving(true);
    try {
      const saved = id ? await api.call('contacts.update', { id, patch: input }) : await api.call('contacts.create', input);
      const v = contactToForm(saved);
      setInitial(v);
      setValues(v);
      setErrors({});
      notify.success(`${saved.fullName} has been saved.`, 'Saved');
      changed(saved);
      if (!id) props.onCreated(saved.id);
    } catch (err) {
      const fieldErrors = serverFieldErrors(err);
      if (fieldErrors) setErrors(fieldErrors);
      notify.error(err, 'The contact was not saved');
    } finally {
      setSaving(false);
    }
  };

  const toggleActive = async () => {
    if (!contact) return;
    setSaving(true);
    try {
      const saved = await api.call('contacts.setActive', { id: contact.id, active: !contact.active });
      notify.success(saved.active ? `${saved.fullName} is active again.` : `${saved.fullName} has been deactivated.`);
      changed(saved);
    } catch (err) {
      notify.error(err, 'Could not change the contact');
    } finally {
      setSaving(false);
    }
  };

  const title = id ? (contact?.fullName ?? 'Contact') : values.fullName.trim() || 'New contact';
  return (
    <OverlayDrawer open position="end" className={styles.drawer} onOpenChange={(_, d) => !d.open && close()} aria-label={id ? title : 'New contact'}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<Dismiss24Regular />} onClick={close} />}>
          <span className={styles.titleRow}>
            {title}
            {contact && !contact.active && (
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
            <Tab value="agencies">Agencies{contact ? ` (${contact.links.length})` : ''}</Tab>
            <Tab value="history">History</Tab>
          </TabList>
        )}
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        {detail.error ? (
          <LoadError error={detail.error} what="the contact" onRetry={detail.reload} />
        ) : id && !contact ? (
          <Loading />
        ) : (
          <>
            {tab === 'details' && <ContactForm values={values} errors={errors} onChange={setValues} />}
            {tab === 'agencies' && contact && <ContactLinks contact={contact} onChanged={changed} />}
            {tab === 'history' && contact && <HistoryPanel entityType="contact" entityId={contact.id} fieldLabels={CONTACT_FIELD_LABELS} />}
          </>
        )}
      </DrawerBody>
      <DrawerFooter className={styles.footer}>
        <div className={styles.group}>
          <Button appearance="primary" onClick={save} disabled={saving || (!dirty && Boolean(id))}>
            {saving ? 'Saving…' : id ? 'Save' : 'Create contact'}
          </Button>
          <Button onClick={close}>Close</Button>
        </div>
        {contact && <Button onClick={toggleActive} disabled={saving}>{contact.active ? 'Deactivate' : 'Reactivate'}</Button>}
      </DrawerFooter>
      <ConfirmDialog
        open={confirmClose}
        title="Discard unsaved changes?"
        confirmLabel="Discard changes"
        cancelLabel="Keep editing"
        onConfirm={() => {
          setConfirmClose(false);
          props.onClose();
        }}
        onCancel={() => setConfirmClose(false)}
      >
        You have changed this contact without saving. If you close it now, the changes are lost.
      </ConfirmDialog>
    </OverlayDrawer>
  );
}

import { Button, makeStyles } from '@fluentui/react-components';
import { contactInputSchema, type Contact } from '../../../../shared/domain/agency';
import { useNotify } from '../../app/notify';
import { HistoryPanel } from '../../components/history-panel';
import { RecordDrawer } from '../../components/record-drawer/record-drawer';
import { useRecordForm } from '../../components/record-drawer/use-record-form';
import { invalidate, useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { CONTACT_FIELD_LABELS, ContactForm, contactToForm, emptyContact, formToContactInput } from './contact-form';
import { ContactLinks } from './contact-links';

const useStyles = makeStyles({ drawer: { width: 'min(760px, 100vw)' } });

/** One contact: their fields, the agencies they are linked to, and their history. `id` null makes a new contact. */
export function ContactDrawer(props: { id: number | null; onClose: () => void; onCreated: (id: number) => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { id } = props;
  const detail = useApiData(() => (id ? api.call('contacts.get', { id }) : Promise.resolve(null)), [api, id], id ? [`contact:${id}`] : []);
  const contact = detail.data ?? null;
  // A contact shows on the agencies it is linked to, so those reload too.
  const changed = (c: Contact) => {
    detail.setData(c);
    invalidate('contacts', 'agencies', 'home', `history:contact:${c.id}`);
    for (const l of c.links) invalidate(`agency:${l.agencyId}`);
  };

  const form = useRecordForm({
    record: contact,
    empty: emptyContact,
    toForm: contactToForm,
    toInput: formToContactInput,
    schema: contactInputSchema,
    persist: (input) => (id ? api.call('contacts.update', { id, patch: input }) : api.call('contacts.create', input)),
    onSaved: (saved) => {
      notify.success(`${saved.fullName} has been saved.`, 'Saved');
      changed(saved);
      if (!id) props.onCreated(saved.id);
    },
    failMessage: 'The contact was not saved',
  });

  const toggleActive = () =>
    contact &&
    form.run('Could not change the contact', async () => {
      const saved = await api.call('contacts.setActive', { id: contact.id, active: !contact.active });
      notify.success(saved.active ? `${saved.fullName} is active again.` : `${saved.fullName} has been deactivated.`);
      changed(saved);
    });

  return (
    <RecordDrawer
      noun="contact"
      id={id}
      title={id ? (contact?.fullName ?? 'Contact') : form.values.fullName.trim() || 'New contact'}
      className={styles.drawer}
      detail={detail}
      form={form}
      onClose={props.onClose}
      details={<ContactForm values={form.values} errors={form.errors} onChange={form.setValues} />}
      related={{
        value: 'agencies',
        label: <>Agencies{contact ? ` (${contact.links.length})` : ''}</>,
        content: contact && <ContactLinks contact={contact} onChanged={changed} />,
      }}
      history={contact && <HistoryPanel entityType="contact" entityId={contact.id} fieldLabels={CONTACT_FIELD_LABELS} />}
      actions={
        contact && (
          <Button onClick={toggleActive} disabled={form.saving}>
            {contact.active ? 'Deactivate' : 'Reactivate'}
          </Button>
        )
      }
    />
  );
}

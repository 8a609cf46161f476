import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { contactInputSchema } from '../../../../shared/domain/agency';
import { AGENCY_CONTACT_ROLE_LABELS, type AgencyContactRole } from '../../../../shared/domain/enums';
import { useNotify } from '../../app/notify';
import { serverFieldErrors, validate, type FieldErrors } from '../../components/form-errors';
import { RoleSelect } from '../../components/role-link/role-select';
import { useApi } from '../../host/services-context';
import { ContactForm, emptyContact, formToContactInput, type ContactFormValues } from '../contacts/contact-form';

/** Adds a new person and links them to the agency in one go. */
export function NewContactDialog(props: { open: boolean; agencyId: number; agencyName: string; onClose: () => void; onDone: () => void }) {
  const api = useApi();
  const notify = useNotify();
  const [values, setValues] = useState<ContactFormValues>(emptyContact);
  const [role, setRole] = useState<AgencyContactRole>('safeguarding_lead');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (props.open) {
      setValues({ ...emptyContact, organisation: props.agencyName });
      setErrors({});
      setRole('safeguarding_lead');
    }
  }, [props.open, props.agencyName]);

  const create = async () => {
    const input = formToContactInput(values);
    const checked = validate(contactInputSchema, input);
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    try {
      const contact = await api.call('contacts.create', input);
      await api.call('contacts.link', { contactId: contact.id, agencyId: props.agencyId, role });
      notify.success(`${contact.fullName} has been added as ${AGENCY_CONTACT_ROLE_LABELS[role].toLowerCase()}.`);
      props.onDone();
      props.onClose();
    } catch (err) {
      const fieldErrors = serverFieldErrors(err);
      if (fieldErrors) setErrors(fieldErrors);
      notify.error(err, 'The contact was not added');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && props.onClose()}>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <DialogBody>
            <DialogTitle>New contact at {props.agencyName}</DialogTitle>
            <DialogContent>
              <ContactForm values={values} errors={errors} compact onChange={setValues} />
              <Field label="Role at this agency" required style={{ marginTop: 12 }}>
                <RoleSelect value={role} onChange={setRole} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={busy}>
                {busy ? 'Adding…' : 'Add contact'}
              </Button>
              <Button onClick={props.onClose}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

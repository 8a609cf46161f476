import { useMemo, useState } from 'react';
import type { Contact } from '../../../../shared/domain/agency';
import { AGENCY_CONTACT_ROLE_LABELS } from '../../../../shared/domain/enums';
import { useNotify } from '../../app/notify';
import { RoleLinkPicker } from '../../components/role-link/role-link-picker';
import { RoleLinkTable, useRoleLinkStyles } from '../../components/role-link/role-link-table';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';

/** The agencies a contact is linked to, with roles; link to another or unlink. */
export function ContactLinks(props: { contact: Contact; onChanged: (c: Contact) => void }) {
  const styles = useRoleLinkStyles();
  const api = useApi();
  const notify = useNotify();
  const { contact } = props;
  const agencies = useApiData(() => api.call('agencies.list'), [api], ['agencies']);
  const [busy, setBusy] = useState(false);

  const candidates = useMemo(() => (agencies.data ?? []).map((a) => ({ id: a.id, text: a.name, search: a.name })), [agencies.data]);

  const run = async (what: string, call: () => Promise<Contact>, done: string) => {
    setBusy(true);
    try {
      const c = await call();
      notify.success(done);
      props.onChanged(c);
    } catch (err) {
      notify.error(err, what);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <h3 className={styles.heading}>Agencies</h3>
      <RoleLinkTable
        label={`Agencies ${contact.fullName} is linked to`}
        links={contact.links}
        empty={<>{contact.fullName} is not linked to any agency.</>}
        columns={[
          { header: 'Agency', cell: (l) => <a href={`#/agencies/${l.agencyId}`}>{l.agencyName}</a> },
          { header: 'Role', cell: (l) => AGENCY_CONTACT_ROLE_LABELS[l.role] },
        ]}
        disabled={busy}
        unlinkLabel={(l) => `Unlink from ${l.agencyName}`}
        onUnlink={(l) => run('Could not unlink', () => api.call('contacts.unlink', { linkId: l.linkId }), `Unlinked from ${l.agencyName}.`)}
      />
      <RoleLinkPicker
        heading="Link to an agency"
        label="Agency"
        placeholder="Type part of the agency's name"
        candidates={candidates}
        busy={busy}
        // The choice is cleared once the call settles, even if linking failed (as it always has been here).
        onLink={(agencyId, role, name) =>
          run('Could not link', () => api.call('contacts.link', { contactId: contact.id, agencyId, role }), `Linked to ${name}.`).then(() => true)
        }
      />
    </div>
  );
}

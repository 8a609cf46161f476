import { Button, makeStyles } from '@fluentui/react-components';
import { PersonAdd20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { AgencyContact, AgencyDetail } from '../../../../shared/domain/agency';
import { AGENCY_CONTACT_ROLE_LABELS, type AgencyContactRole } from '../../../../shared/domain/enums';
import { useNotify } from '../../app/notify';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { RoleLinkPicker } from '../../components/role-link/role-link-picker';
import { RoleLinkTable, useRoleLinkStyles } from '../../components/role-link/role-link-table';
import { invalidate, useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { NewContactDialog } from './new-contact-dialog';

const useStyles = makeStyles({
  bar: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' },
  wrap: { overflowWrap: 'anywhere' },
});

/** Who the partnership deals with at this agency, and in what role. */
export function AgencyContacts(props: { agency: AgencyDetail; onChanged: () => void }) {
  const styles = { ...useRoleLinkStyles(), ...useStyles() };
  const api = useApi();
  const notify = useNotify();
  const { agency } = props;
  const all = useApiData(() => api.call('contacts.list'), [api], ['contacts']);
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState(false);
  const [unlinking, setUnlinking] = useState<AgencyContact | null>(null);

  const candidates = useMemo(
    () =>
      (all.data ?? [])
        .filter((c) => c.active)
        .map((c) => ({ id: c.id, text: c.fullName, detail: c.organisation, search: `${c.fullName} ${c.email ?? ''} ${c.organisation ?? ''}` })),
    [all.data],
  );

  const after = () => {
    props.onChanged();
    invalidate('contacts');
  };

  const link = async (contactId: number, role: AgencyContactRole) => {
    setBusy(true);
    try {
      const c = await api.call('contacts.link', { contactId, agencyId: agency.id, role });
      notify.success(`${c.fullName} is now ${AGENCY_CONTACT_ROLE_LABELS[role].toLowerCase()} at ${agency.name}.`);
      after();
      return true;
    } catch (err) {
      notify.error(err, 'Could not link the contact');
      return false;
    } finally {
      setBusy(false);
    }
  };

  const unlink = async (c: AgencyContact) => {
    setBusy(true);
    try {
      await api.call('contacts.unlink', { linkId: c.linkId });
      notify.success(`${c.fullName} is no longer linked to ${agency.name}.`);
      after();
    } catch (err) {
      notify.error(err, 'Could not unlink the contact');
    } finally {
      setBusy(false);
      setUnlinking(null);
    }
  };

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <h3 className={styles.heading}>Contacts at {agency.name}</h3>
        <Button icon={<PersonAdd20Regular />} onClick={() => setAdding(true)}>
          New contact…
        </Button>
      </div>
      <RoleLinkTable
        label={`Contacts at ${agency.name}`}
        links={agency.contacts}
        empty="No one is linked to this agency yet."
        columns={[
          {
            header: 'Name',
            cell: (c) => (
              <>
                <a href={`#/contacts/${c.contactId}`}>{c.fullName}</a>
                {!c.active && <span className={styles.muted}> (inactive)</span>}
              </>
            ),
          },
          { header: 'Role', cell: (c) => AGENCY_CONTACT_ROLE_LABELS[c.role] },
          { header: 'Job title', cell: (c) => c.jobTitle },
          { header: 'Email', cell: (c) => c.email && <a href={`mailto:${c.email}`}>{c.email}</a>, className: styles.wrap },
          { header: 'Phone', cell: (c) => c.phone },
        ]}
        unlinkLabel={(c) => `Unlink ${c.fullName}`}
        onUnlink={setUnlinking}
      />
      <RoleLinkPicker
        heading="Link an existing contact"
        label="Contact"
        placeholder="Type a name or email"
        candidates={candidates}
        busy={busy}
        onLink={link}
      />
      <NewContactDialog open={adding} agencyId={agency.id} agencyName={agency.name} onClose={() => setAdding(false)} onDone={after} />
      <ConfirmDialog
        open={unlinking !== null}
        title={`Unlink ${unlinking?.fullName ?? 'contact'}?`}
        confirmLabel="Unlink"
        busy={busy}
        onConfirm={() => unlinking && unlink(unlinking)}
        onCancel={() => setUnlinking(null)}
      >
        {unlinking?.fullName} will no longer be {unlinking ? AGENCY_CONTACT_ROLE_LABELS[unlinking.role].toLowerCase() : ''} at {agency.name}. The
        contact itself is kept.
      </ConfirmDialog>
    </div>
  );
}

import {
  Button,
  Combobox,
  Field,
  Option,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Link20Regular, LinkDismiss20Regular, PersonAdd20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { AgencyContact, AgencyDetail } from '../../../../shared/domain/agency';
import { AGENCY_CONTACT_ROLES, AGENCY_CONTACT_ROLE_LABELS, type AgencyContactRole } from '../../../../shared/domain/enums';
import { useNotify } from '../../app/notify';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { invalidate, useApiData } from '../../components/use-api-data';
import { VisuallyHidden } from '../../components/visually-hidden';
import { useApi } from '../../host/services-context';
import { NewContactDialog } from './new-contact-dialog';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  link: { display: 'grid', gridTemplateColumns: '1fr 220px auto', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  bar: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' },
  wrap: { overflowWrap: 'anywhere' },
});

/** Who the partnership deals with at this agency, and in what role. */
export function AgencyContacts(props: { agency: AgencyDetail; onChanged: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { agency } = props;
  const all = useApiData(() => api.call('contacts.list'), [api], ['contacts']);
  const [query, setQuery] = useState('');
  const [contactId, setContactId] = useState<number | null>(null);
  const [role, setRole] = useState<AgencyContactRole>('safeguarding_lead');
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState(false);
  const [unlinking, setUnlinking] = useState<AgencyContact | null>(null);

  const options = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (all.data ?? []).filter((c) => c.active && (!q || `${c.fullName} ${c.email ?? ''} ${c.organisation ?? ''}`.toLowerCase().includes(q))).slice(0, 50);
  }, [all.data, query]);

  const after = () => {
    props.onChanged();
    invalidate('contacts');
  };

  const link = async () => {
    if (!contactId) return;
    setBusy(true);
    try {
      const c = await api.call('contacts.link', { contactId, agencyId: agency.id, role });
      notify.success(`${c.fullName} is now ${AGENCY_CONTACT_ROLE_LABELS[role].toLowerCase()} at ${agency.name}.`);
      setContactId(null);
      setQuery('');
      after();
    } catch (err) {
      notify.error(err, 'Could not link the contact');
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
      {agency.contacts.length === 0 ? (
        <p className={styles.muted}>No one is linked to this agency yet.</p>
      ) : (
        <Table aria-label={`Contacts at ${agency.name}`} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Name</TableHeaderCell>
              <TableHeaderCell>Role</TableHeaderCell>
              <TableHeaderCell>Job title</TableHeaderCell>
              <TableHeaderCell>Email</TableHeaderCell>
              <TableHeaderCell>Phone</TableHeaderCell>
              <TableHeaderCell>
                <VisuallyHidden>Actions</VisuallyHidden>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {agency.contacts.map((c) => (
              <TableRow key={c.linkId}>
                <TableCell>
                  <a href={`#/contacts/${c.contactId}`}>{c.fullName}</a>
                  {!c.active && <span className={styles.muted}> (inactive)</span>}
                </TableCell>
                <TableCell>{AGENCY_CONTACT_ROLE_LABELS[c.role]}</TableCell>
                <TableCell>{c.jobTitle}</TableCell>
                <TableCell className={styles.wrap}>{c.email && <a href={`mailto:${c.email}`}>{c.email}</a>}</TableCell>
                <TableCell>{c.phone}</TableCell>
                <TableCell>
                  <Button size="small" appearance="subtle" icon={<LinkDismiss20Regular />} onClick={() => setUnlinking(c)} aria-label={`Unlink ${c.fullName}`}>
                    Unlink
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <h3 className={styles.heading}>Link an existing contact</h3>
      <div className={styles.link}>
        <Field label="Contact">
          <Combobox
            placeholder="Type a name or email"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setContactId(null);
            }}
            onOptionSelect={(_, d) => {
              setContactId(d.optionValue ? Number(d.optionValue) : null);
              setQuery(d.optionText ?? '');
            }}
          >
            {options.map((c) => (
              <Option key={c.id} value={String(c.id)} text={c.fullName}>
                {c.fullName}
                {c.organisation ? ` — ${c.organisation}` : ''}
              </Option>
            ))}
          </Combobox>
        </Field>
        <Field label="Role">
          <Select value={role} onChange={(_, d) => setRole(d.value as AgencyContactRole)}>
            {AGENCY_CONTACT_ROLES.map((r) => (
              <option key={r} value={r}>
                {AGENCY_CONTACT_ROLE_LABELS[r]}
              </option>
            ))}
          </Select>
        </Field>
        <Button icon={<Link20Regular />} disabled={!contactId || busy} onClick={link}>
          Link
        </Button>
      </div>
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

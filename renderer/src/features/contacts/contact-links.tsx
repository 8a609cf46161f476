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
import { Link20Regular, LinkDismiss20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { Contact } from '../../../../shared/domain/agency';
import { AGENCY_CONTACT_ROLES, AGENCY_CONTACT_ROLE_LABELS, type AgencyContactRole } from '../../../../shared/domain/enums';
import { useNotify } from '../../app/notify';
import { useApiData } from '../../components/use-api-data';
import { VisuallyHidden } from '../../components/visually-hidden';
import { useApi } from '../../host/services-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  link: { display: 'grid', gridTemplateColumns: '1fr 220px auto', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The agencies a contact is linked to, with roles; link to another or unlink. */
export function ContactLinks(props: { contact: Contact; onChanged: (c: Contact) => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { contact } = props;
  const agencies = useApiData(() => api.call('agencies.list'), [api], ['agencies']);
  const [query, setQuery] = useState('');
  const [agencyId, setAgencyId] = useState<number | null>(null);
  const [role, setRole] = useState<AgencyContactRole>('safeguarding_lead');
  const [busy, setBusy] = useState(false);

  const options = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (agencies.data ?? []).filter((a) => !q || a.name.toLowerCase().includes(q)).slice(0, 50);
  }, [agencies.data, query]);

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
      {contact.links.length === 0 ? (
        <p className={styles.muted}>{contact.fullName} is not linked to any agency.</p>
      ) : (
        <Table aria-label={`Agencies ${contact.fullName} is linked to`} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Agency</TableHeaderCell>
              <TableHeaderCell>Role</TableHeaderCell>
              <TableHeaderCell>
                <VisuallyHidden>Actions</VisuallyHidden>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {contact.links.map((l) => (
              <TableRow key={l.linkId}>
                <TableCell>
                  <a href={`#/agencies/${l.agencyId}`}>{l.agencyName}</a>
                </TableCell>
                <TableCell>{AGENCY_CONTACT_ROLE_LABELS[l.role]}</TableCell>
                <TableCell>
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<LinkDismiss20Regular />}
                    disabled={busy}
                    aria-label={`Unlink from ${l.agencyName}`}
                    onClick={() =>
                      run('Could not unlink', () => api.call('contacts.unlink', { linkId: l.linkId }), `Unlinked from ${l.agencyName}.`)
                    }
                  >
                    Unlink
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <h3 className={styles.heading}>Link to an agency</h3>
      <div className={styles.link}>
        <Field label="Agency">
          <Combobox
            placeholder="Type part of the agency's name"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setAgencyId(null);
            }}
            onOptionSelect={(_, d) => {
              setAgencyId(d.optionValue ? Number(d.optionValue) : null);
              setQuery(d.optionText ?? '');
            }}
          >
            {options.map((a) => (
              <Option key={a.id} value={String(a.id)} text={a.name}>
                {a.name}
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
        <Button
          icon={<Link20Regular />}
          disabled={!agencyId || busy}
          onClick={() =>
            agencyId &&
            run('Could not link', () => api.call('contacts.link', { contactId: contact.id, agencyId, role }), `Linked to ${query}.`).then(() => {
              setAgencyId(null);
              setQuery('');
            })
          }
        >
          Link
        </Button>
      </div>
    </div>
  );
}

import { ArrowDownload20Regular, PersonAdd20Regular } from '@fluentui/react-icons';
import { RegisterPage } from '../../components/register-page';
import { invalidate } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { CONTACT_COLUMNS } from './contact-columns';
import { ContactDrawer } from './contact-drawer';

/** The register of contacts: the grid, its toolbar, and the contact drawer on top. */
export function ContactsPage(props: { openId: string | null }) {
  const api = useApi();
  return (
    <RegisterPage
      kind="contacts"
      title="Contacts"
      subtitle="Safeguarding leads, representatives, the business unit and the scrutineer"
      noun={{ one: 'contact', many: 'contacts' }}
      newIcon={<PersonAdd20Regular />}
      list={(includeInactive) => api.call('contacts.list', { includeInactive })}
      // The contacts workbook ignores the switch: it always holds the active contacts.
      exports={[{ label: 'Export to Excel', icon: <ArrowDownload20Regular />, what: 'Contacts workbook', make: () => api.call('contacts.exportXlsx') }]}
      columns={CONTACT_COLUMNS}
      openId={props.openId}
      drawer={ContactDrawer}
      // Contacts are counted on the agencies grid, so it reloads too.
      onImported={() => invalidate('contacts', 'agencies', 'home')}
    />
  );
}

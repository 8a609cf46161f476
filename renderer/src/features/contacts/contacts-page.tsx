import { Switch, Toolbar, ToolbarButton, ToolbarDivider, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, ArrowUpload20Regular, PersonAdd20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ContactListRow } from '../../../../shared/domain/agency';
import { navigate } from '../../app/router';
import { DataGrid } from '../../components/data-grid/data-grid';
import { ImportWizard } from '../../components/import-wizard/import-wizard';
import { LoadError, Page } from '../../components/page';
import { invalidate, useApiData } from '../../components/use-api-data';
import { useFileActions } from '../../components/use-file-actions';
import { useApi } from '../../host/services-context';
import { CONTACT_COLUMNS } from './contact-columns';
import { ContactDrawer } from './contact-drawer';

const NO_ROWS: ContactListRow[] = [];
const useStyles = makeStyles({ toolbar: { padding: 0, gap: tokens.spacingHorizontalXS } });

export function ContactsPage(props: { openId: string | null }) {
  const styles = useStyles();
  const api = useApi();
  const { busy, saveGenerated } = useFileActions();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [importing, setImporting] = useState(false);
  const list = useApiData(() => api.call('contacts.list', { includeInactive }), [api, includeInactive], ['contacts']);
  const openId = props.openId;

  const toolbar = (
    <Toolbar aria-label="Contact actions" className={styles.toolbar}>
      <ToolbarButton appearance="primary" icon={<PersonAdd20Regular />} onClick={() => navigate('/contacts/new')}>
        New contact
      </ToolbarButton>
      <ToolbarButton icon={<ArrowUpload20Regular />} onClick={() => setImporting(true)}>
        Import…
      </ToolbarButton>
      <ToolbarButton
        icon={<ArrowDownload20Regular />}
        disabled={busy !== null}
        onClick={() => saveGenerated('Contacts workbook', () => api.call('contacts.exportXlsx'))}
      >
        Export to Excel
      </ToolbarButton>
      <ToolbarDivider />
      <Switch label="Include inactive" checked={includeInactive} onChange={(_, d) => setIncludeInactive(d.checked)} />
    </Toolbar>
  );

  return (
    <Page title="Contacts" subtitle="Safeguarding leads, representatives, the business unit and the scrutineer">
      {list.error ? <LoadError error={list.error} what="the contacts" onRetry={list.reload} /> : null}
      <DataGrid
        gridId="contacts"
        label="Contacts"
        rows={list.data ?? NO_ROWS}
        columns={CONTACT_COLUMNS}
        getRowId={(c) => String(c.id)}
        onOpen={(c) => navigate(`/contacts/${c.id}`)}
        noun={{ one: 'contact', many: 'contacts' }}
        toolbar={toolbar}
        isMuted={(c) => !c.active}
        loading={list.loading && !list.data}
        initialSort={[{ id: 'name', desc: false }]}
      />
      {openId && (
        <ContactDrawer
          key={openId}
          id={openId === 'new' ? null : Number(openId)}
          onClose={() => navigate('/contacts')}
          onCreated={(id) => navigate(`/contacts/${id}`)}
        />
      )}
      <ImportWizard kind="contacts" open={importing} onClose={() => setImporting(false)} onImported={() => invalidate('contacts', 'agencies', 'home')} />
    </Page>
  );
}

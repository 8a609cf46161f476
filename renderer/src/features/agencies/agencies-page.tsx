import { Add20Regular, ArrowDownload20Regular, DocumentText20Regular } from '@fluentui/react-icons';
import { RegisterPage } from '../../components/register-page';
import { invalidate } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { AGENCY_COLUMNS } from './agency-columns';
import { AgencyDrawer } from './agency-drawer';

/** The register of agencies: the grid, its toolbar, and the agency drawer on top. */
export function AgenciesPage(props: { openId: string | null }) {
  const api = useApi();
  return (
    <RegisterPage
      kind="agencies"
      title="Agencies"
      subtitle="Relevant agencies, schools and settings in the partnership"
      noun={{ one: 'agency', many: 'agencies' }}
      newIcon={<Add20Regular />}
      list={(includeInactive) => api.call('agencies.list', { includeInactive })}
      exports={[
        {
          label: 'Export to Excel',
          icon: <ArrowDownload20Regular />,
          what: 'Agencies workbook',
          make: (includeInactive) => api.call('agencies.exportXlsx', { includeInactive }),
        },
        {
          label: 'Register (Word)',
          icon: <DocumentText20Regular />,
          what: 'Agency register',
          make: (includeInactive) => api.call('reports.agencyRegister', { includeInactive }),
        },
      ]}
      columns={AGENCY_COLUMNS}
      openId={props.openId}
      drawer={AgencyDrawer}
      onImported={() => invalidate('agencies', 'home')}
    />
  );
}

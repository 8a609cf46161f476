import { Badge } from '@fluentui/react-components';
import type { AgencyListRow } from '../../../../shared/domain/agency';
import { DUTIES, DUTY_SHORT } from '../../../../shared/domain/enums';
import type { GridColumn } from '../../components/data-grid/data-grid';
import { formatShortDate } from '../../components/format-date';

export const identifiersText = (a: Pick<AgencyListRow, 'schoolUrn' | 'ofstedUrn' | 'odsCode' | 'charityNumber'>): string =>
  [
    a.schoolUrn && `URN ${a.schoolUrn}`,
    a.ofstedUrn && `Ofsted ${a.ofstedUrn}`,
    a.odsCode && `ODS ${a.odsCode}`,
    a.charityNumber && `Charity ${a.charityNumber}`,
  ]
    .filter(Boolean)
    .join(' · ');

export const dutiesText = (duties: AgencyListRow['duties']) => duties.map((d) => DUTY_SHORT[d]).join(', ');

export const AGENCY_COLUMNS: GridColumn<AgencyListRow>[] = [
  { id: 'name', header: 'Name', value: (a) => a.name, width: 220, canHide: false },
  { id: 'sector', header: 'Sector', value: (a) => a.sectorName, width: 150, filter: { kind: 'enum' } },
  {
    id: 'duties',
    header: 'Duties',
    value: (a) => dutiesText(a.duties),
    width: 120,
    filter: { kind: 'enum', multi: true, options: DUTIES.map((d) => DUTY_SHORT[d]) },
  },
  { id: 'identifiers', header: 'Identifiers', value: identifiersText, width: 160 },
  { id: 'town', header: 'Town', value: (a) => a.town, width: 115 },
  { id: 'postcode', header: 'Postcode', value: (a) => a.postcode, width: 95 },
  { id: 'lead', header: 'Safeguarding lead', value: (a) => a.safeguardingLead, width: 160 },
  { id: 'contacts', header: 'Contacts', value: (a) => a.contactCount, width: 80, align: 'end', filter: { kind: 'none' } },
  {
    id: 'active',
    header: 'Status',
    value: (a) => (a.active ? 'Active' : 'Inactive'),
    render: (a) =>
      a.active ? (
        'Active'
      ) : (
        <Badge appearance="tint" color="subtle">
          Inactive
        </Badge>
      ),
    width: 90,
    filter: { kind: 'enum', options: ['Active', 'Inactive'] },
  },
  { id: 'updated', header: 'Last changed', value: (a) => a.updatedAt?.slice(0, 10) ?? null, render: (a) => formatShortDate(a.updatedAt), width: 120, hiddenByDefault: true },
];

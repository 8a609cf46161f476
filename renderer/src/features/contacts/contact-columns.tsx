import type { ContactListRow } from '../../../../shared/domain/agency';
import type { GridColumn } from '../../components/data-grid/data-grid';

const yesNo = (v: boolean) => (v ? 'Yes' : 'No');

export const CONTACT_COLUMNS: GridColumn<ContactListRow>[] = [
  { id: 'name', header: 'Name', value: (c) => c.fullName, width: 200, canHide: false },
  { id: 'jobTitle', header: 'Job title', value: (c) => c.jobTitle, width: 200 },
  { id: 'email', header: 'Email', value: (c) => c.email, width: 230 },
  { id: 'phone', header: 'Phone', value: (c) => c.phone, width: 140 },
  { id: 'organisation', header: 'Organisation', value: (c) => c.organisation, width: 200 },
  { id: 'agencies', header: 'Agencies', value: (c) => c.agencySummary, width: 300 },
  { id: 'businessUnit', header: 'Business unit', value: (c) => yesNo(c.isBusinessUnit), width: 110, filter: { kind: 'enum', options: ['Yes', 'No'] } },
  { id: 'scrutineer', header: 'Scrutineer', value: (c) => yesNo(c.isScrutineer), width: 100, filter: { kind: 'enum', options: ['Yes', 'No'] } },
  { id: 'active', header: 'Status', value: (c) => (c.active ? 'Active' : 'Inactive'), width: 100, filter: { kind: 'enum', options: ['Active', 'Inactive'] } },
];

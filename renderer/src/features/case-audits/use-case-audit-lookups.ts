import { useMemo } from 'react';
import type { ActionGroup } from '../../../../shared/domain/action';
import type { AgencyListRow, ContactListRow } from '../../../../shared/domain/agency';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import type { PickOption } from '../actions/record-picker';

export interface CaseAuditLookups {
  agencies: AgencyListRow[];
  contacts: ContactListRow[];
  groups: ActionGroup[];
  agencyOptions: PickOption[];
  contactOptions: PickOption[];
}

/** The register lists the audit forms choose from: active agencies, contacts and the partnership's groups. */
export function useCaseAuditLookups(): CaseAuditLookups {
  const api = useApi();
  const agencies = useApiData(() => api.call('agencies.list'), [api], ['agencies']);
  const contacts = useApiData(() => api.call('contacts.list'), [api], ['contacts']);
  const groups = useApiData(() => api.call('actionGroups.list', { includeInactive: true }), [api], ['action-groups']);
  return useMemo(() => {
    const a = (agencies.data ?? []).filter((x) => x.active);
    const c = (contacts.data ?? []).filter((x) => x.active);
    return {
      agencies: a,
      contacts: c,
      groups: groups.data ?? [],
      agencyOptions: a.map((x) => ({ id: x.id, text: x.name, detail: x.sectorName })),
      contactOptions: c.map((x) => ({ id: x.id, text: x.fullName, detail: x.jobTitle ?? x.organisation })),
    };
  }, [agencies.data, contacts.data, groups.data]);
}

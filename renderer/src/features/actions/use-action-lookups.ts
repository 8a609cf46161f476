import { useMemo } from 'react';
import type { ActionGroup } from '../../../../shared/domain/action';
import type { AgencyListRow, ContactListRow } from '../../../../shared/domain/agency';
import type { CycleSummary } from '../../../../shared/domain/cycle';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import type { PickOption } from './record-picker';

export const GROUPS_KEY = 'action-groups';

export interface ActionLookups {
  agencies: AgencyListRow[];
  contacts: ContactListRow[];
  groups: ActionGroup[];
  cycles: CycleSummary[];
  agencyOptions: PickOption[];
  contactOptions: PickOption[];
}

/** The lists the board's filters and the action form choose from. Inactive records stay findable for old actions. */
export function useActionLookups(): ActionLookups {
  const api = useApi();
  const agencies = useApiData(() => api.call('agencies.list', { includeInactive: true }), [api], ['agencies']);
  const contacts = useApiData(() => api.call('contacts.list', { includeInactive: true }), [api], ['contacts']);
  const groups = useApiData(() => api.call('actionGroups.list', { includeInactive: true }), [api], [GROUPS_KEY]);
  const cycles = useApiData(() => api.call('cycles.list'), [api], ['cycles']);
  return useMemo(() => {
    const a = agencies.data ?? [];
    const c = contacts.data ?? [];
    return {
      agencies: a,
      contacts: c,
      groups: groups.data ?? [],
      cycles: cycles.data ?? [],
      agencyOptions: a.map((x) => ({ id: x.id, text: x.name, detail: x.active ? x.sectorName : 'inactive' })),
      contactOptions: c.map((x) => ({ id: x.id, text: x.fullName, detail: x.organisation })),
    };
  }, [agencies.data, contacts.data, groups.data, cycles.data]);
}

export interface TargetOption {
  /** 's:<standard id>' or 'i:<item id>'. */
  key: string;
  standardId: number;
  label: string;
}

/** The standards and items of a cycle's framework, for the standard/item picker and the standard filter. */
export function useCycleTargets(cycleId: number | null | undefined, cycles: CycleSummary[]): TargetOption[] {
  const api = useApi();
  const frameworkId = cycles.find((c) => c.id === cycleId)?.frameworkId ?? null;
  const fw = useApiData(() => (frameworkId ? api.call('frameworks.get', { id: frameworkId }) : Promise.resolve(null)), [api, frameworkId]);
  return useMemo(() => {
    if (!fw.data || !frameworkId || fw.data.id !== frameworkId) return [];
    const out: TargetOption[] = [];
    for (const s of fw.data.doc.standards) {
      out.push({ key: `s:${s.id}`, standardId: s.id!, label: `Standard ${s.number} ${s.title}` });
      for (const i of s.items) out.push({ key: `i:${i.id}`, standardId: s.id!, label: `Item ${i.number} ${i.text.length > 90 ? `${i.text.slice(0, 88)}…` : i.text}` });
    }
    return out;
  }, [fw.data, frameworkId]);
}

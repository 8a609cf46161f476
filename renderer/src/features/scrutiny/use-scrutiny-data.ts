import { useMemo } from 'react';
import type { ContactListRow } from '../../../../shared/domain/agency';
import type { CycleSummary, ReturnRow } from '../../../../shared/domain/cycle';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { returnsKey } from '../cycles/cycle-refresh';
import type { PickOption } from '../actions/record-picker';

/** The cycle scrutiny opens on: the newest open cycle run in the app, else the newest one. */
export function defaultCycle(cycles: CycleSummary[]): CycleSummary | null {
  const live = cycles.filter((c) => !c.historical);
  const newest = (list: CycleSummary[]) => [...list].sort((a, b) => b.id - a.id)[0] ?? null;
  return newest(live.filter((c) => c.status === 'open')) ?? newest(live) ?? newest(cycles);
}

export function useCycles() {
  const api = useApi();
  return useApiData(() => api.call('cycles.list'), [api], ['cycles']);
}

/** The agencies in a cycle's scope, by name. */
export function useScope(cycleId: number) {
  const api = useApi();
  const rows = useApiData(() => api.call('returns.list', { cycleId }), [api, cycleId], [returnsKey(cycleId)]);
  const sorted = useMemo(() => [...(rows.data ?? [])].sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'en-GB')), [rows.data]);
  return { rows: sorted, loaded: rows.data !== undefined, error: rows.error, reload: rows.reload } as { rows: ReturnRow[]; loaded: boolean; error: unknown; reload: () => void };
}

export interface PeopleLookups {
  contacts: ContactListRow[];
  active: ContactListRow[];
  options: PickOption[];
  scrutineers: ContactListRow[];
  businessUnit: ContactListRow[];
}

/** Everyone the partnership knows, with the scrutineer(s) and the business unit picked out. */
export function usePeople(): PeopleLookups {
  const api = useApi();
  const contacts = useApiData(() => api.call('contacts.list'), [api], ['contacts']);
  return useMemo(() => {
    const all = contacts.data ?? [];
    const active = all.filter((c) => c.active);
    return {
      contacts: all,
      active,
      options: active.map((c) => ({ id: c.id, text: c.fullName, detail: c.organisation ?? c.jobTitle })),
      scrutineers: active.filter((c) => c.isScrutineer),
      businessUnit: active.filter((c) => c.isBusinessUnit && !c.isScrutineer),
    };
  }, [contacts.data]);
}

import { useMemo } from 'react';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';

export interface StandardOption {
  id: number;
  /** "4 Service development takes account of…" */
  text: string;
  /** "4 Service development takes…", for the closed box. */
  short: string;
}

export interface StandardGroup {
  /** "Safeguarding and Early Help Compact Audit (2023)" */
  label: string;
  standards: StandardOption[];
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** The standards of the published Section 11 frameworks, by framework, for tagging findings with the standards they bear on. */
export function useS11Standards(): StandardGroup[] {
  const api = useApi();
  const list = useApiData(
    async () => {
      const all = await api.call('frameworks.list');
      const s11 = all.filter((f) => f.status === 'published' && f.duties.includes('s11'));
      return Promise.all(s11.map((f) => api.call('frameworks.get', { id: f.id })));
    },
    [api],
    ['frameworks'],
  );
  return useMemo(
    () =>
      (list.data ?? []).map((fw) => ({
        label: `${fw.name} (${fw.versionLabel})`,
        standards: fw.doc.standards
          .filter((s) => typeof s.id === 'number')
          .map((s) => ({ id: s.id!, text: `${s.number} ${s.title}`, short: `${s.number} ${clip(s.title, 32)}` })),
      })),
    [list.data],
  );
}

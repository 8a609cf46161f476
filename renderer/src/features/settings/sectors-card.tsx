import { useMemo } from 'react';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { NamedListCard, type NamedListWords } from './named-list-card';

const WORDS: NamedListWords = {
  title: 'Sectors',
  description: 'Agencies are grouped by sector in lists, returns and board papers. Retire a sector rather than delete it.',
  item: 'sector',
  countHeader: 'Active agencies',
  actionsHeader: 'Actions',
  status: { active: 'In use', inactive: 'Retired' },
  off: { button: 'Retire', done: 'retired' },
  on: { button: 'Restore', done: 'restored' },
  newLabel: 'New sector',
  placeholder: 'For example Faith groups',
  addLabel: 'Add sector',
};

/** The partnership's own list of sectors: rename, reorder, add, retire. Sectors with agencies are never deleted. */
export function SectorsCard() {
  const api = useApi();
  const sectors = useApiData(() => api.call('sectors.list'), [api], ['sectors']);
  const items = useMemo(() => sectors.data?.map((s) => ({ id: s.id, name: s.name, active: s.active, count: s.agencyCount })) ?? null, [sectors.data]);
  return (
    <NamedListCard
      words={WORDS}
      items={items}
      keys={['sectors', 'agencies']}
      rename={(id, name) => api.call('sectors.update', { id, name })}
      setActive={(id, active) => api.call('sectors.update', { id, active })}
      create={(name) => api.call('sectors.create', { name })}
      move={(ids) => api.call('sectors.reorder', { ids })}
    />
  );
}

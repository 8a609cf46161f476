import { useMemo } from 'react';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { GROUPS_KEY } from '../actions/use-action-lookups';
import { NamedListCard, type NamedListWords } from './named-list-card';

const WORDS: NamedListWords = {
  title: 'Action groups',
  description: 'The boards and subgroups that own partnership actions. Deactivate a group rather than delete it: its actions keep their owner.',
  item: 'group',
  countHeader: 'Open actions',
  actionsHeader: 'Change',
  status: { active: 'Active', inactive: 'Inactive' },
  off: { button: 'Deactivate', done: 'deactivated' },
  on: { button: 'Reactivate', done: 'reactivated' },
  newLabel: 'New group',
  placeholder: 'For example Learning and Development subgroup',
  addLabel: 'Add group',
  empty: 'No groups yet. Add the first below.',
};

/** The groups that own partnership actions (Executive, subgroups, Business Unit): add, rename, deactivate. Never deleted. */
export function ActionGroupsCard() {
  const api = useApi();
  const groups = useApiData(() => api.call('actionGroups.list', { includeInactive: true }), [api], [GROUPS_KEY]);
  const items = useMemo(() => groups.data?.map((g) => ({ id: g.id, name: g.name, active: g.active, count: g.openActions })) ?? null, [groups.data]);
  return (
    <NamedListCard
      words={WORDS}
      items={items}
      keys={[GROUPS_KEY, 'actions']}
      rename={(id, name) => api.call('actionGroups.update', { id, name })}
      setActive={(id, active) => api.call('actionGroups.update', { id, active })}
      create={(name) => api.call('actionGroups.create', { name })}
    />
  );
}

import { Button, Dropdown, Field, Option, SearchBox, Select, makeStyles, tokens } from '@fluentui/react-components';
import { DismissCircle16Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { ACTION_KINDS, ACTION_STATUSES, ACTION_STATUS_LABELS, type ActionStatus } from '../../../../shared/domain/action';
import type { BoardFilter } from './action-query';
import { RecordPicker } from './record-picker';
import { useCycleTargets, type ActionLookups } from './use-action-lookups';
import { IdSelect } from '../../components/id-select';

const KIND_LABELS = { agency: 'Agency actions', partnership: 'Partnership actions' } as const;

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, alignItems: 'flex-end' },
  narrow: { width: '130px', minWidth: '130px' },
  wide: { width: '185px', minWidth: '185px' },
  search: { width: '185px' },
});

const num = (v: string) => (v ? Number(v) : undefined);

/** The board's filters; each change goes into the address, so Back undoes it. */
export function FilterBar(props: { filter: BoardFilter; lookups: ActionLookups; onChange: (f: BoardFilter) => void }) {
  const styles = useStyles();
  const { filter, lookups } = props;
  const set = (patch: Partial<BoardFilter>) => props.onChange({ ...filter, ...patch });
  const targets = useCycleTargets(filter.cycleId, lookups.cycles).filter((t) => t.key.startsWith('s:'));
  const [search, setSearch] = useState(filter.search ?? '');
  useEffect(() => setSearch(filter.search ?? ''), [filter.search]);
  // Typing waits for a pause before asking the backend again.
  useEffect(() => {
    if (search.trim() === (filter.search ?? '')) return;
    const t = setTimeout(() => set({ search: search.trim() || undefined }), 350);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search]);

  const statuses = filter.statuses ?? [];
  const any = Boolean(filter.kind || filter.agencyId || filter.ownerContactId || filter.groupId || filter.cycleId || filter.standardId || statuses.length || filter.search);
  const owners = lookups.contactOptions;
  return (
    <div className={styles.bar} role="search" aria-label="Filter actions">
      <Field label="Kind" size="small">
        <Select size="small" className={styles.narrow} value={filter.kind ?? ''} onChange={(_, d) => set({ kind: (d.value || undefined) as BoardFilter['kind'], ...(d.value === 'partnership' ? { agencyId: undefined } : {}), ...(d.value === 'agency' ? { groupId: undefined } : {}) })}>
          <option value="">All kinds</option>
          {ACTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Agency" size="small">
        <RecordPicker label="Agency" className={styles.wide} options={lookups.agencyOptions} value={filter.agencyId ?? null} placeholder="Any agency" onChange={(id) => set({ agencyId: id ?? undefined })} />
      </Field>
      <Field label="Owner" size="small">
        <RecordPicker label="Owner" className={styles.wide} options={owners} value={filter.ownerContactId ?? null} placeholder="Anyone" onChange={(id) => set({ ownerContactId: id ?? undefined })} />
      </Field>
      <Field label="Group" size="small">
        <IdSelect
          size="small"
          className={styles.narrow}
          items={lookups.groups}
          value={filter.groupId}
          emptyLabel="Any group"
          label={(g) => `${g.name}${g.active ? '' : ' (inactive)'}`}
          onChange={(groupId) => set({ groupId: groupId ?? undefined })}
        />
      </Field>
      <Field label="Cycle" size="small">
        <IdSelect size="small" className={styles.wide} items={lookups.cycles} value={filter.cycleId} emptyLabel="Any cycle" onChange={(cycleId) => set({ cycleId: cycleId ?? undefined, standardId: undefined })} />
      </Field>
      <Field label="Standard" size="small">
        <Select
          size="small"
          className={styles.wide}
          disabled={!filter.cycleId}
          title={filter.cycleId ? undefined : 'Choose a cycle first: standards belong to its framework'}
          value={filter.standardId ? String(filter.standardId) : ''}
          onChange={(_, d) => set({ standardId: num(d.value) })}
        >
          <option value="">{filter.cycleId ? 'Any standard' : 'Choose a cycle first'}</option>
          {targets.map((t) => (
            <option key={t.key} value={String(t.standardId)}>
              {t.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Status" size="small">
        <Dropdown
          size="small"
          className={styles.narrow}
          multiselect
          placeholder="Any status"
          selectedOptions={statuses}
          value={statuses.map((s) => ACTION_STATUS_LABELS[s]).join(', ')}
          onOptionSelect={(_, d) => set({ statuses: d.selectedOptions.length ? (d.selectedOptions as ActionStatus[]) : undefined })}
        >
          {ACTION_STATUSES.map((s) => (
            <Option key={s} value={s}>
              {ACTION_STATUS_LABELS[s]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Search" size="small">
        <SearchBox size="small" className={styles.search} aria-label="Search all actions" placeholder="Words in any action" value={search} onChange={(_, d) => setSearch(d.value)} />
      </Field>
      {any && (
        <Button size="small" appearance="subtle" icon={<DismissCircle16Regular />} onClick={() => props.onChange({ bucket: filter.bucket })}>
          Clear filters
        </Button>
      )}
    </div>
  );
}

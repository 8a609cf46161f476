import { Field, Input, Radio, RadioGroup, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { ActionKind } from '../../../../shared/domain/action';
import { AGENCY_CONTACT_ROLE_LABELS } from '../../../../shared/domain/enums';
import { DateField } from '../../components/date-field';
import type { FieldErrors } from '../../components/form-errors';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import type { ActionFormValues } from './action-form-model';
import { RecordPicker, type PickOption } from './record-picker';
import { useCycleTargets, type ActionLookups } from './use-action-lookups';
import { PriorityField } from '../../components/priority-field';
import { IdSelect } from '../../components/id-select';

const useStyles = makeStyles({
  form: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, alignItems: 'start' },
  wide: { gridColumn: '1 / -1' },
  fixed: { margin: 0, padding: `${tokens.spacingVerticalXS} 0` },
  // Long option text (an item's wording) must not widen the drawer.
  full: { width: '100%', minWidth: 0, maxWidth: '100%' },
});

/**
 * An action's fields. New: agency or partnership, whose, and the due date; existing: what it says, who owns
 * it and what it answers (its due date and status move through progress updates instead).
 */
export function ActionForm(props: { values: ActionFormValues; errors: FieldErrors; isNew: boolean; lookups: ActionLookups; onChange: (v: ActionFormValues) => void }) {
  const styles = useStyles();
  const api = useApi();
  const { values: v, errors, isNew, lookups } = props;
  const set = (patch: Partial<ActionFormValues>) => props.onChange({ ...v, ...patch });
  const targets = useCycleTargets(v.cycleId, lookups.cycles);
  const agencyId = v.kind === 'agency' ? v.agencyId : null;
  const agency = useApiData(() => (agencyId ? api.call('agencies.get', { id: agencyId }) : Promise.resolve(null)), [api, agencyId], agencyId ? [`agency:${agencyId}`] : []);

  // Agency actions are owned by someone at the agency; partnership actions by anyone the partnership knows.
  const owners = useMemo<PickOption[]>(() => {
    if (v.kind === 'partnership') return lookups.contactOptions;
    return (agency.data?.contacts ?? []).filter((c) => c.active || c.contactId === v.ownerContactId).map((c) => ({ id: c.contactId, text: c.fullName, detail: AGENCY_CONTACT_ROLE_LABELS[c.role] }));
  }, [v.kind, v.ownerContactId, agency.data, lookups.contactOptions]);
  const groups = lookups.groups.filter((g) => g.active || g.id === v.groupId);
  const agencyName = lookups.agencies.find((a) => a.id === v.agencyId)?.name ?? '';

  return (
    <div className={styles.form}>
      {isNew ? (
        <Field label="Kind of action" className={styles.wide}>
          <RadioGroup layout="horizontal" value={v.kind} onChange={(_, d) => set({ kind: d.value as ActionKind, ownerContactId: null })}>
            <Radio value="agency" label="Agency action" />
            <Radio value="partnership" label="Partnership action (owned by a group)" />
          </RadioGroup>
        </Field>
      ) : null}
      {v.kind === 'agency' ? (
        <Field label="Agency" required={isNew} validationMessage={errors.agencyId}>
          {isNew ? (
            <RecordPicker label="Agency" options={lookups.agencyOptions} value={v.agencyId} placeholder="Type part of the name" onChange={(id) => set({ agencyId: id, ownerContactId: null })} />
          ) : (
            <p className={styles.fixed}>{agencyName}</p>
          )}
        </Field>
      ) : (
        <Field label="Group" required validationMessage={errors.groupId}>
          <IdSelect className={styles.full} fill items={groups} value={v.groupId} emptyLabel="Choose a group…" onChange={(groupId) => set({ groupId })} />
        </Field>
      )}
      <Field label="Cycle" validationMessage={errors.cycleId}>
        <IdSelect className={styles.full} fill items={lookups.cycles} value={v.cycleId} emptyLabel="Not tied to a cycle" onChange={(cycleId) => set({ cycleId, targetKey: '' })} />
      </Field>
      <Field label="Standard or item" className={styles.wide} validationMessage={errors.targetKey} hint={v.cycleId ? 'From the cycle’s framework' : 'Choose a cycle first'}>
        <Select className={styles.full} select={{ className: styles.full }} value={v.targetKey} disabled={!v.cycleId} onChange={(_, d) => set({ targetKey: d.value })}>
          <option value="">None</option>
          {/* The saved target stays listed while the framework loads. */}
          {v.targetKey && !targets.some((t) => t.key === v.targetKey) && <option value={v.targetKey}>{v.targetKey}</option>}
          {targets.map((t) => (
            <option key={t.key} value={t.key}>
              {t.label}
            </option>
          ))}
        </Select>
      </Field>
      {(v.kind === 'partnership' || v.theme) && (
        <Field label="Multi-agency theme" className={styles.wide} validationMessage={errors.theme} hint="For example: Neglect; Voice of the child">
          <Input value={v.theme} onChange={(_, d) => set({ theme: d.value })} />
        </Field>
      )}
      <Field label="Description" required className={styles.wide} validationMessage={errors.description}>
        <Textarea value={v.description} rows={3} resize="vertical" onChange={(_, d) => set({ description: d.value })} />
      </Field>
      <Field
        label="Owner"
        validationMessage={errors.ownerContactId ?? errors.ownerName}
        hint={v.kind === 'agency' ? (agencyId ? 'Someone at the agency, or type a name or role' : 'Choose the agency first, or type a name') : 'A contact, or type a name or role'}
      >
        <RecordPicker
          label="Owner"
          options={owners}
          value={v.ownerContactId}
          placeholder="Type a name"
          onChange={(id) => set({ ownerContactId: id, ownerName: '' })}
          freeText={{ value: v.ownerName, onChange: (text) => set({ ownerName: text, ownerContactId: null }) }}
        />
      </Field>
      <PriorityField label="Priority" className={styles.full} value={v.priority} error={errors.priority} onChange={(priority) => set({ priority })} />
      {isNew && <DateField label="Due date" required value={v.dueDate} error={errors.dueDate} onChange={(dueDate) => set({ dueDate })} />}
      {!isNew && (
        <Field label="Evidence of completion" className={styles.wide} validationMessage={errors.completionNote} hint="What shows the action is done; add files and links under Progress">
          <Textarea value={v.completionNote} rows={2} resize="vertical" onChange={(_, d) => set({ completionNote: d.value })} />
        </Field>
      )}
    </div>
  );
}

import { Checkbox, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CASE_AUDIT_STATUSES, CASE_AUDIT_STATUS_LABELS, METHODOLOGIES, METHODOLOGY_LABELS, type CaseAuditStatus, type Methodology } from '../../../../shared/domain/case-audit';
import { DateField } from '../../components/date-field';
import type { FieldErrors } from '../../components/form-errors';
import { RecordPicker } from '../actions/record-picker';
import type { AuditFormValues } from './audit-form-model';
import type { CaseAuditLookups } from './use-case-audit-lookups';
import { IdSelect } from '../../components/id-select';

const useStyles = makeStyles({
  form: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, alignItems: 'start' },
  wide: { gridColumn: '1 / -1' },
  section: { gridColumn: '1 / -1', margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  full: { width: '100%', minWidth: 0 },
});

/** An audit's details: theme and title, the period of practice, who leads it, the planned dates and how it is done. */
export function AuditForm(props: { values: AuditFormValues; errors: FieldErrors; lookups: CaseAuditLookups; isNew: boolean; onChange: (v: AuditFormValues) => void }) {
  const styles = useStyles();
  const { values: v, errors, lookups } = props;
  const set = (patch: Partial<AuditFormValues>) => props.onChange({ ...v, ...patch });
  const groups = lookups.groups.filter((g) => g.active || g.id === v.leadGroupId);
  return (
    <div className={styles.form}>
      <Field label="Theme" required validationMessage={errors.theme} hint="For example: neglect; child exploitation; voice of the child">
        <Input value={v.theme} onChange={(_, d) => set({ theme: d.value })} />
      </Field>
      <Field label="Title" required validationMessage={errors.title} className={styles.wide}>
        <Input value={v.title} onChange={(_, d) => set({ title: d.value })} />
      </Field>
      <Field label="Programme year" required validationMessage={errors.programmeYear} hint="The business year, written 2026/27">
        <Input value={v.programmeYear} onChange={(_, d) => set({ programmeYear: d.value })} />
      </Field>
      <Field label="Status" validationMessage={errors.status}>
        <Select value={v.status} onChange={(_, d) => set({ status: d.value as CaseAuditStatus })}>
          {CASE_AUDIT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {CASE_AUDIT_STATUS_LABELS[s]}
            </option>
          ))}
        </Select>
      </Field>
      <Field validationMessage={errors.urgent}>
        <Checkbox checked={v.urgent} label="Urgent mid-year addition" onChange={(_, d) => set({ urgent: d.checked === true })} />
      </Field>
      <h3 className={styles.section}>Period of practice looked at</h3>
      <DateField label="Practice from" value={v.practiceFrom} error={errors.practiceFrom} onChange={(practiceFrom) => set({ practiceFrom })} />
      <DateField label="Practice to" value={v.practiceTo} error={errors.practiceTo} onChange={(practiceTo) => set({ practiceTo })} />
      <h3 className={styles.section}>Who leads it</h3>
      <Field label="Lead group" validationMessage={errors.leadGroupId}>
        <IdSelect className={styles.full} items={groups} value={v.leadGroupId} emptyLabel="No group chosen" onChange={(leadGroupId) => set({ leadGroupId })} />
      </Field>
      <Field label="Chair" validationMessage={errors.chairContactId} hint="Who chairs the moderation meeting">
        <RecordPicker label="Chair" options={lookups.contactOptions} value={v.chairContactId} placeholder="Type a name" onChange={(chairContactId) => set({ chairContactId })} />
      </Field>
      <h3 className={styles.section}>Planned dates</h3>
      <DateField label="Sample agreed by" value={v.sampleAgreedBy} error={errors.sampleAgreedBy} onChange={(sampleAgreedBy) => set({ sampleAgreedBy })} />
      <DateField label="Returns due" value={v.returnsDue} error={errors.returnsDue} onChange={(returnsDue) => set({ returnsDue })} />
      <DateField label="Moderation meeting planned" value={v.moderationPlanned} error={errors.moderationPlanned} onChange={(moderationPlanned) => set({ moderationPlanned })} />
      <DateField label="Report due" value={v.reportDue} error={errors.reportDue} onChange={(reportDue) => set({ reportDue })} />
      <h3 className={styles.section}>Methodology</h3>
      <Field label="Methodology" validationMessage={errors.methodology} className={styles.wide}>
        <Select value={v.methodology} onChange={(_, d) => set({ methodology: d.value as Methodology })}>
          {METHODOLOGIES.map((m) => (
            <option key={m} value={m}>
              {METHODOLOGY_LABELS[m]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Methodology notes" validationMessage={errors.methodologyNotes} className={styles.wide} hint="How the sample is chosen and how deep each case goes">
        <Textarea value={v.methodologyNotes} rows={2} resize="vertical" onChange={(_, d) => set({ methodologyNotes: d.value })} />
      </Field>
      {!props.isNew && (
        <Field label="Notes" validationMessage={errors.notes} className={styles.wide}>
          <Textarea value={v.notes} rows={2} resize="vertical" onChange={(_, d) => set({ notes: d.value })} />
        </Field>
      )}
    </div>
  );
}

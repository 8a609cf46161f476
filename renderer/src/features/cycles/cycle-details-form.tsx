import { Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CYCLE_TYPES, CYCLE_TYPE_LABELS, type CycleInput, type CycleType } from '../../../../shared/domain/cycle';
import type { FrameworkSummary } from '../../../../shared/domain/framework';
import type { FieldErrors } from '../../components/form-errors';
import { DateField } from '../../components/date-field';

export interface CycleFormValues {
  name: string;
  cycleType: CycleType;
  typeLabel: string;
  frameworkId: string;
  periodLabel: string;
  launchDate: string;
  initialDeadline: string;
  finalDeadline: string;
  notes: string;
}

export const emptyCycle: CycleFormValues = {
  name: '',
  cycleType: 's11',
  typeLabel: '',
  frameworkId: '',
  periodLabel: '',
  launchDate: '',
  initialDeadline: '',
  finalDeadline: '',
  notes: '',
};

const orNull = (v: string) => (v.trim() === '' ? null : v);

export const formToCycleInput = (v: CycleFormValues): CycleInput => ({
  name: v.name,
  cycleType: v.cycleType,
  typeLabel: v.cycleType === 'custom' ? orNull(v.typeLabel) : null,
  frameworkId: Number(v.frameworkId) || 0,
  periodLabel: v.periodLabel,
  launchDate: orNull(v.launchDate),
  initialDeadline: orNull(v.initialDeadline),
  finalDeadline: orNull(v.finalDeadline),
  notes: orNull(v.notes),
});

const useStyles = makeStyles({
  form: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`, maxWidth: '1100px', alignItems: 'start' },
  wide: { gridColumn: '1 / -1' },
  double: { gridColumn: 'span 2', minWidth: 0 },
  fill: { width: '100%', minWidth: 0 },
});

/** Name, type, framework version, period and dates of a new cycle. */
export function CycleDetailsForm(props: {
  values: CycleFormValues;
  errors: FieldErrors;
  frameworks: FrameworkSummary[];
  onChange: (v: CycleFormValues) => void;
}) {
  const styles = useStyles();
  const { values: v, errors } = props;
  const set = (patch: Partial<CycleFormValues>) => props.onChange({ ...v, ...patch });
  const published = props.frameworks.filter((f) => f.status === 'published');
  return (
    <div className={styles.form}>
      <Field label="Name" required validationMessage={errors.name} hint='For example "S.11 Self-Assessment Audit 2024"' className={styles.wide}>
        <Input value={v.name} onChange={(_, d) => set({ name: d.value })} />
      </Field>
      <Field label="Type of audit" required validationMessage={errors.cycleType}>
        <Select value={v.cycleType} onChange={(_, d) => set({ cycleType: d.value as CycleType })}>
          {CYCLE_TYPES.map((t) => (
            <option key={t} value={t}>
              {CYCLE_TYPE_LABELS[t]}
            </option>
          ))}
        </Select>
      </Field>
      {v.cycleType === 'custom' && (
        <Field label="What the partnership calls it" validationMessage={errors.typeLabel}>
          <Input value={v.typeLabel} onChange={(_, d) => set({ typeLabel: d.value })} />
        </Field>
      )}
      <Field
        label="Framework version"
        required
        validationMessage={errors.frameworkId}
        hint={published.length ? 'Only published versions can be used. The version is frozen once the cycle opens.' : 'Publish a framework version first.'}
        className={styles.double}
      >
        <Select className={styles.fill} value={v.frameworkId} onChange={(_, d) => set({ frameworkId: d.value })}>
          <option value="">— choose a framework —</option>
          {published.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name} ({f.versionLabel})
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Period" required validationMessage={errors.periodLabel} hint="For example 2024/25">
        <Input value={v.periodLabel} onChange={(_, d) => set({ periodLabel: d.value })} />
      </Field>
      <DateField label="Launch date" value={v.launchDate} error={errors.launchDate} onChange={(launchDate) => set({ launchDate })} />
      <DateField label="Initial deadline" value={v.initialDeadline} error={errors.initialDeadline} onChange={(initialDeadline) => set({ initialDeadline })} />
      <DateField label="Final deadline" value={v.finalDeadline} error={errors.finalDeadline} onChange={(finalDeadline) => set({ finalDeadline })} />
      <Field label="Notes" validationMessage={errors.notes} className={styles.wide}>
        <Textarea value={v.notes} resize="vertical" onChange={(_, d) => set({ notes: d.value })} />
      </Field>
    </div>
  );
}

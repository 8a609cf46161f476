import { Checkbox, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Contact, ContactInput } from '../../../../shared/domain/agency';
import type { FieldErrors } from '../../components/form-errors';

export interface ContactFormValues {
  fullName: string;
  jobTitle: string;
  email: string;
  phone: string;
  organisation: string;
  isBusinessUnit: boolean;
  isScrutineer: boolean;
  notes: string;
}

export const emptyContact: ContactFormValues = {
  fullName: '',
  jobTitle: '',
  email: '',
  phone: '',
  organisation: '',
  isBusinessUnit: false,
  isScrutineer: false,
  notes: '',
};

export const contactToForm = (c: Contact): ContactFormValues => ({
  fullName: c.fullName,
  jobTitle: c.jobTitle ?? '',
  email: c.email ?? '',
  phone: c.phone ?? '',
  organisation: c.organisation ?? '',
  isBusinessUnit: c.isBusinessUnit,
  isScrutineer: c.isScrutineer,
  notes: c.notes ?? '',
});

export const formToContactInput = (v: ContactFormValues): ContactInput => ({ ...v });

export const CONTACT_FIELD_LABELS: Record<string, string> = {
  fullName: 'Name',
  jobTitle: 'Job title',
  email: 'Email',
  phone: 'Phone',
  organisation: 'Organisation',
  isBusinessUnit: 'Business unit',
  isScrutineer: 'Independent scrutineer',
  notes: 'Notes',
  active: 'Active',
};

const useStyles = makeStyles({
  grid: { display: 'grid', alignItems: 'start', gridTemplateColumns: '1fr 1fr', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}` },
  wide: { gridColumn: '1 / -1' },
  flags: { display: 'flex', flexDirection: 'column' },
});

type TextKey = 'fullName' | 'jobTitle' | 'email' | 'phone' | 'organisation';

/** A contact's fields. `compact` leaves out flags and notes (for quick adding from an agency). */
export function ContactForm(props: {
  values: ContactFormValues;
  errors: FieldErrors;
  compact?: boolean;
  onChange: (values: ContactFormValues) => void;
}) {
  const styles = useStyles();
  const { values, errors } = props;
  const set = (patch: Partial<ContactFormValues>) => props.onChange({ ...values, ...patch });
  const text = (key: TextKey, label: string, opts: { required?: boolean; type?: 'email' | 'tel'; wide?: boolean } = {}) => (
    <Field label={label} required={opts.required} validationMessage={errors[key]} className={opts.wide ? styles.wide : undefined}>
      <Input type={opts.type} value={values[key]} onChange={(_, d) => set({ [key]: d.value } as Partial<ContactFormValues>)} />
    </Field>
  );
  return (
    <div className={styles.grid}>
      {text('fullName', 'Full name', { required: true, wide: true })}
      {text('jobTitle', 'Job title')}
      {text('organisation', 'Organisation')}
      {text('email', 'Email', { type: 'email' })}
      {text('phone', 'Phone', { type: 'tel' })}
      {!props.compact && (
        <>
          <div className={`${styles.flags} ${styles.wide}`} role="group" aria-label="Role in the partnership">
            <Checkbox label="Works in the partnership business unit" checked={values.isBusinessUnit} onChange={(_, d) => set({ isBusinessUnit: d.checked === true })} />
            <Checkbox label="Independent scrutineer" checked={values.isScrutineer} onChange={(_, d) => set({ isScrutineer: d.checked === true })} />
          </div>
          <Field label="Notes" validationMessage={errors.notes} className={styles.wide}>
            <Textarea value={values.notes} rows={3} resize="vertical" onChange={(_, d) => set({ notes: d.value })} />
          </Field>
        </>
      )}
    </div>
  );
}

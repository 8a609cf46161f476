import { Checkbox, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { AgencyDetail, AgencyInput, Sector } from '../../../../shared/domain/agency';
import { AGENCY_CONTACT_ROLE_LABELS, DUTIES, DUTY_LABELS, DUTY_SHORT, type AgencyContactRole, type Duty } from '../../../../shared/domain/enums';
import type { FieldErrors } from '../../components/form-errors';

export interface AgencyFormValues {
  name: string;
  sectorId: string;
  duties: Duty[];
  schoolUrn: string;
  ofstedUrn: string;
  odsCode: string;
  charityNumber: string;
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
  notes: string;
}

export const emptyAgency: AgencyFormValues = {
  name: '',
  sectorId: '',
  duties: [],
  schoolUrn: '',
  ofstedUrn: '',
  odsCode: '',
  charityNumber: '',
  addressLine1: '',
  addressLine2: '',
  town: '',
  postcode: '',
  notes: '',
};

export const agencyToForm = (a: AgencyDetail): AgencyFormValues => ({
  name: a.name,
  sectorId: String(a.sectorId),
  duties: [...a.duties],
  schoolUrn: a.schoolUrn ?? '',
  ofstedUrn: a.ofstedUrn ?? '',
  odsCode: a.odsCode ?? '',
  charityNumber: a.charityNumber ?? '',
  addressLine1: a.addressLine1 ?? '',
  addressLine2: a.addressLine2 ?? '',
  town: a.town ?? '',
  postcode: a.postcode ?? '',
  notes: a.notes ?? '',
});

export const formToAgencyInput = (v: AgencyFormValues): AgencyInput => ({ ...v, sectorId: Number(v.sectorId) || 0 });

export const AGENCY_FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  sectorId: 'Sector',
  sectorName: 'Sector',
  duties: 'Duties',
  schoolUrn: 'School URN',
  ofstedUrn: 'Ofsted URN',
  odsCode: 'NHS ODS code',
  charityNumber: 'Charity number',
  addressLine1: 'Address line 1',
  addressLine2: 'Address line 2',
  town: 'Town',
  postcode: 'Postcode',
  notes: 'Notes',
  active: 'Active',
  deactivatedReason: 'Reason for deactivation',
};

/** Stored codes in words, for the history list. */
export const formatAgencyValue = (field: string, value: unknown): string | null => {
  if (field === 'duties' && Array.isArray(value)) return value.length ? value.map((d) => DUTY_SHORT[d as Duty] ?? String(d)).join(', ') : '(none)';
  if (field === 'role' && typeof value === 'string') return AGENCY_CONTACT_ROLE_LABELS[value as AgencyContactRole] ?? value;
  return null;
};

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { border: 'none', margin: 0, padding: 0, display: 'grid', alignItems: 'start', gridTemplateColumns: '1fr 1fr', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}` },
  legend: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalS, padding: 0 },
  wide: { gridColumn: '1 / -1' },
  duties: { display: 'flex', flexDirection: 'column' },
});

type TextKey = Exclude<keyof AgencyFormValues, 'duties' | 'sectorId'>;

/** Every field of an agency; errors show next to their field. */
export function AgencyForm(props: {
  values: AgencyFormValues;
  errors: FieldErrors;
  sectors: Sector[];
  readOnly?: boolean;
  onChange: (values: AgencyFormValues) => void;
}) {
  const styles = useStyles();
  const { values, errors } = props;
  const set = (patch: Partial<AgencyFormValues>) => props.onChange({ ...values, ...patch });
  const text = (key: TextKey, label: string, opts: { wide?: boolean; required?: boolean; hint?: string } = {}) => (
    <Field
      label={label}
      required={opts.required}
      hint={opts.hint}
      validationMessage={errors[key]}
      className={opts.wide ? styles.wide : undefined}
    >
      <Input value={values[key]} readOnly={props.readOnly} onChange={(_, d) => set({ [key]: d.value } as Partial<AgencyFormValues>)} />
    </Field>
  );
  const sectors = props.sectors.filter((s) => s.active || String(s.id) === values.sectorId);

  return (
    <div className={styles.form}>
      <fieldset className={styles.section}>
        <legend className={styles.legend}>Agency</legend>
        {text('name', 'Name', { wide: true, required: true })}
        <Field label="Sector" required validationMessage={errors.sectorId}>
          <Select value={values.sectorId} disabled={props.readOnly} onChange={(_, d) => set({ sectorId: d.value })}>
            <option value="">Choose a sector…</option>
            {sectors.map((s) => (
              <option key={s.id} value={String(s.id)}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Statutory duties" validationMessage={errors.duties}>
          <div className={styles.duties} role="group" aria-label="Statutory duties">
            {DUTIES.map((d) => (
              <Checkbox
                key={d}
                label={DUTY_LABELS[d]}
                checked={values.duties.includes(d)}
                disabled={props.readOnly}
                onChange={(_, data) =>
                  set({ duties: data.checked ? DUTIES.filter((x) => x === d || values.duties.includes(x)) : values.duties.filter((x) => x !== d) })
                }
              />
            ))}
          </div>
        </Field>
      </fieldset>
      <fieldset className={styles.section}>
        <legend className={styles.legend}>Identifiers</legend>
        {text('schoolUrn', 'School URN', { hint: '6 digits, from Get Information About Schools' })}
        {text('ofstedUrn', 'Ofsted URN', { hint: 'For example EY123456' })}
        {text('odsCode', 'NHS ODS code', { hint: 'For example RA7' })}
        {text('charityNumber', 'Charity number')}
      </fieldset>
      <fieldset className={styles.section}>
        <legend className={styles.legend}>Address</legend>
        {text('addressLine1', 'Address line 1', { wide: true })}
        {text('addressLine2', 'Address line 2', { wide: true })}
        {text('town', 'Town')}
        {text('postcode', 'Postcode')}
      </fieldset>
      <Field label="Notes" validationMessage={errors.notes}>
        <Textarea value={values.notes} readOnly={props.readOnly} resize="vertical" rows={4} onChange={(_, d) => set({ notes: d.value })} />
      </Field>
    </div>
  );
}

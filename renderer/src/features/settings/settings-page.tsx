import { Button, Card, CardHeader, Combobox, Field, Input, Option, Select, makeStyles, tokens } from '@fluentui/react-components';
import { Delete20Regular, ImageAdd20Regular, Save20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { settingsSchema, type Settings } from '../../../../shared/domain/settings';
import { useNotify } from '../../app/notify';
import { serverFieldErrors, validate, type FieldErrors } from '../../components/form-errors';
import { LoadError, Loading, Page } from '../../components/page';
import { invalidate, useApiData } from '../../components/use-api-data';
import { useFileActions } from '../../components/use-file-actions';
import { useApi } from '../../host/services-context';
import { ActionGroupsCard } from './action-groups-card';
import { AppInfoPanel } from './app-info-panel';
import { DocumentSettingsCard } from './document-settings-card';
import { SectorsCard } from './sectors-card';
import { StorageCard } from './storage-card';

const MARKINGS = ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'NOT PROTECTIVELY MARKED', ''];
const useStyles = makeStyles({
  cards: { display: 'grid', gridTemplateColumns: 'minmax(420px, 1fr) minmax(360px, 1fr)', gap: tokens.spacingHorizontalXL, alignItems: 'start', maxWidth: '1280px' },
  card: { padding: tokens.spacingHorizontalL },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  logoRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  logo: { maxHeight: '80px', maxWidth: '240px', border: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalXS, backgroundColor: '#fff' },
  noLogo: { color: tokens.colorNeutralForeground3 },
  colourRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  colour: { width: '44px', height: '32px', padding: 0, border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusSmall },
  sample: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, color: '#fff', fontWeight: tokens.fontWeightSemibold, borderRadius: tokens.borderRadiusSmall },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  dirty: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** The partnership's name, logo, marking and colours for documents, and facts about this installation. */
export function SettingsPage() {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { pickFile } = useFileActions();
  const current = useApiData(() => api.call('settings.get'), [api], ['settings']);
  const contacts = useApiData(() => api.call('contacts.list'), [api], ['contacts']);
  const [values, setValues] = useState<Settings | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (current.data) setValues(current.data);
  }, [current.data]);

  if (current.error) return <Page title="Settings"><LoadError error={current.error} what="the settings" onRetry={current.reload} /></Page>;
  if (!values || !current.data) return <Page title="Settings"><Loading /></Page>;
  const dirty = JSON.stringify(values) !== JSON.stringify(current.data);
  const set = (patch: Partial<Settings>) => setValues({ ...values, ...patch });

  const chooseLogo = async () => {
    const file = await pickFile('Choose a logo', [{ name: 'PNG or JPEG image', extensions: ['png', 'jpg', 'jpeg'] }]);
    if (!file) return;
    const lower = file.fileName.toLowerCase();
    const mime = lower.endsWith('.png') ? 'image/png' : lower.endsWith('.jpg') || lower.endsWith('.jpeg') ? 'image/jpeg' : null;
    if (!mime) return notify.error(new Error(`${file.fileName} is not a PNG or JPEG image.`));
    if (file.contentBase64.length > 2_000_000) return notify.error(new Error(`${file.fileName} is larger than 1.5 MB. Choose a smaller image.`));
    set({ logoBase64: file.contentBase64, logoMimeType: mime });
  };

  const save = async () => {
    const checked = validate(settingsSchema, values);
    if (!checked.ok) return setErrors(checked.errors);
    setSaving(true);
    try {
      const saved = await api.call('settings.update', values);
      setErrors({});
      current.setData(saved);
      invalidate('settings', 'home');
      notify.success('Settings have been saved.');
    } catch (err) {
      const fe = serverFieldErrors(err, []);
      if (fe) setErrors(fe);
      notify.error(err, 'The settings were not saved');
    } finally {
      setSaving(false);
    }
  };

  const people = [...(contacts.data ?? [])].filter((c) => c.active).sort((a, b) => Number(b.isBusinessUnit) - Number(a.isBusinessUnit) || a.fullName.localeCompare(b.fullName));

  return (
    <Page title="Settings" scroll>
      <div className={styles.cards}>
        <Card className={styles.card}>
          <CardHeader header={<h2 style={{ margin: 0, fontSize: 18 }}>Partnership</h2>} />
          <div className={styles.form}>
            <Field label="Partnership name" required validationMessage={errors.partnershipName}>
              <Input value={values.partnershipName} onChange={(_, d) => set({ partnershipName: d.value })} />
            </Field>
            <Field label="Short name" required hint="Used in file names and headers, for example NSCP." validationMessage={errors.partnershipShortName}>
              <Input value={values.partnershipShortName} onChange={(_, d) => set({ partnershipShortName: d.value })} />
            </Field>
            <Field label="Logo" hint="PNG or JPEG, shown on documents." validationMessage={errors.logoBase64}>
              <div className={styles.logoRow}>
                {values.logoBase64 && values.logoMimeType ? (
                  <img className={styles.logo} src={`data:${values.logoMimeType};base64,${values.logoBase64}`} alt="Partnership logo" />
                ) : (
                  <span className={styles.noLogo}>No logo</span>
                )}
                <Button icon={<ImageAdd20Regular />} onClick={chooseLogo}>
                  {values.logoBase64 ? 'Change logo…' : 'Choose logo…'}
                </Button>
                {values.logoBase64 && (
                  <Button icon={<Delete20Regular />} appearance="subtle" onClick={() => set({ logoBase64: null, logoMimeType: null })}>
                    Remove
                  </Button>
                )}
              </div>
            </Field>
            <Field label="Default protective marking" hint="Printed at the top and bottom of documents." validationMessage={errors.protectiveMarking}>
              <Combobox
                freeform
                value={values.protectiveMarking}
                selectedOptions={[values.protectiveMarking]}
                onChange={(e) => set({ protectiveMarking: e.target.value })}
                onOptionSelect={(_, d) => set({ protectiveMarking: d.optionValue ?? '' })}
              >
                {MARKINGS.map((m) => (
                  <Option key={m || 'none'} value={m} text={m || '(none)'}>
                    {m || '(none)'}
                  </Option>
                ))}
              </Combobox>
            </Field>
            <Field label="Brand colour" hint="Used for headings in documents." validationMessage={errors.brandColour}>
              <div className={styles.colourRow}>
                <input type="color" aria-label="Brand colour" className={styles.colour} value={values.brandColour} onChange={(e) => set({ brandColour: e.target.value.toUpperCase() })} />
                <Input aria-label="Brand colour code" value={values.brandColour} onChange={(_, d) => set({ brandColour: d.value })} style={{ width: 110 }} />
                <span className={styles.sample} style={{ backgroundColor: values.brandColour }}>
                  Heading sample
                </span>
              </div>
            </Field>
            <Field label="Business unit contact" hint="Named on letters and reports as the person to contact.">
              <Select
                value={values.businessUnitContactId ? String(values.businessUnitContactId) : ''}
                onChange={(_, d) => set({ businessUnitContactId: d.value ? Number(d.value) : null })}
              >
                <option value="">(nobody chosen)</option>
                {people.map((c) => (
                  <option key={c.id} value={String(c.id)}>
                    {c.fullName}
                    {c.jobTitle ? `, ${c.jobTitle}` : ''}
                    {c.isBusinessUnit ? ' (business unit)' : ''}
                  </option>
                ))}
              </Select>
            </Field>
            <div className={styles.actions}>
              <Button appearance="primary" icon={<Save20Regular />} disabled={!dirty || saving} onClick={save}>
                {saving ? 'Saving…' : 'Save settings'}
              </Button>
              <Button disabled={!dirty || saving} onClick={() => (setValues(current.data!), setErrors({}))}>
                Undo changes
              </Button>
              {dirty && <span className={styles.dirty}>● Unsaved changes</span>}
            </div>
          </div>
        </Card>
        <div className={styles.side}>
          <Card className={styles.card}>
            <CardHeader header={<h2 style={{ margin: 0, fontSize: 18 }}>About this installation</h2>} />
            <AppInfoPanel />
          </Card>
          <StorageCard />
          <DocumentSettingsCard />
          <SectorsCard />
          <ActionGroupsCard />
        </div>
      </div>
    </Page>
  );
}

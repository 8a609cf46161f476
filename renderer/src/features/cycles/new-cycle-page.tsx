import { Button, Checkbox, Link, MessageBar, MessageBarBody, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular, ArrowRight20Regular, Checkmark20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { cycleInputSchema, CYCLE_TYPE_LABELS } from '../../../../shared/domain/cycle';
import { useNotify } from '../../app/notify';
import { navigate } from '../../app/router';
import { serverFieldErrors, validate, type FieldErrors } from '../../components/form-errors';
import { LoadError, Loading, Page } from '../../components/page';
import { useRowSelection, useSelectedIds } from '../../components/row-selection';
import { invalidate, useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { AgencyScopePicker, type QuickPick } from './agency-scope-picker';
import { CycleDetailsForm, emptyCycle, formToCycleInput, type CycleFormValues } from './cycle-details-form';

const useStyles = makeStyles({
  step: { flex: 1, minHeight: 0, overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  footer: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  summary: { marginRight: 'auto', color: tokens.colorNeutralForeground2 },
});

type Step = 'details' | 'agencies';

/** Opening a cycle: details first (checked before going on), then the agencies in scope, then Create. */
export function NewCyclePage() {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const frameworks = useApiData(() => api.call('frameworks.list'), [api], ['frameworks']);
  const agencies = useApiData(() => api.call('agencies.list', {}), [api], ['agencies']);
  const cycles = useApiData(() => api.call('cycles.list'), [api], ['cycles']);
  const [values, setValues] = useState<CycleFormValues>(emptyCycle);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [step, setStep] = useState<Step>('details');
  const [carry, setCarry] = useState(false);
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const selection = useRowSelection();
  const chosen = useSelectedIds(selection);

  const previous = useMemo(
    () =>
      (cycles.data ?? [])
        .filter((c) => c.cycleType === values.cycleType)
        .sort((a, b) => (b.launchDate ?? '').localeCompare(a.launchDate ?? '') || b.id - a.id)[0] ?? null,
    [cycles.data, values.cycleType],
  );
  const previousScope = useApiData(
    () => (previous ? api.call('returns.list', { cycleId: previous.id }) : Promise.resolve([])),
    [api, previous?.id],
  );
  const active = useMemo(() => (agencies.data ?? []).filter((a) => a.active), [agencies.data]);
  const extraPicks = useMemo<QuickPick[]>(() => {
    if (!previous || !previousScope.data?.length) return [];
    const activeIds = new Set(active.map((a) => a.id));
    return [{ label: `Same as ${previous.name}`, ids: previousScope.data.map((r) => r.agencyId).filter((id) => activeIds.has(id)) }];
  }, [previous, previousScope.data, active]);

  const problems = (v: CycleFormValues): FieldErrors => {
    const r = validate(cycleInputSchema, formToCycleInput(v));
    if (r.ok) return {};
    if (r.errors.frameworkId) r.errors.frameworkId = 'Choose a framework version.';
    return r.errors;
  };
  const check = (): boolean => {
    const found = problems(values);
    setErrors(found);
    setTried(true);
    if (Object.keys(found).length) setStep('details');
    return Object.keys(found).length === 0;
  };
  // Once the user has tried to go on, messages follow the form as it is corrected.
  const change = (v: CycleFormValues) => {
    setValues(v);
    if (tried) setErrors(problems(v));
  };

  const create = async () => {
    if (!check()) return;
    setSaving(true);
    try {
      const created = await api.call('cycles.create', {
        cycle: formToCycleInput(values),
        agencyIds: chosen,
        ...(carry && previous ? { copyForwardFrom: previous.id } : {}),
      });
      invalidate('cycles', 'frameworks', 'home');
      notify.success(`${created.name} is open with ${created.inScope} agencies in scope.`, 'Cycle opened');
      navigate(`/cycles/${created.id}`);
    } catch (err) {
      const fields = serverFieldErrors(err, ['cycle']);
      if (fields) {
        setErrors(fields);
        setStep('details');
      }
      notify.error(err, 'The cycle was not opened');
    } finally {
      setSaving(false);
    }
  };

  const loadError = frameworks.error ?? agencies.error;
  return (
    <Page title="New audit cycle" subtitle={<Link href="#/cycles">Audit cycles</Link>}>
      {loadError ? <LoadError error={loadError} what="the frameworks and agencies" /> : null}
      <TabList selectedValue={step} onTabSelect={(_, d) => (d.value === 'details' || check()) && setStep(d.value as Step)} aria-label="Steps">
        <Tab value="details">1. Details</Tab>
        <Tab value="agencies">2. Agencies in scope ({chosen.length})</Tab>
      </TabList>
      {step === 'details' && (
        <div className={styles.step}>
          {frameworks.data ? (
            <CycleDetailsForm values={values} errors={errors} frameworks={frameworks.data} onChange={change} />
          ) : (
            <Loading />
          )}
          {previous && (
            <Checkbox
              checked={carry}
              onChange={(_, d) => setCarry(d.checked === true)}
              label={`Carry forward answers from ${previous.name} (the last ${CYCLE_TYPE_LABELS[previous.cycleType]} cycle): each agency starts from its last answers and evidence, marked as carried forward`}
            />
          )}
          {!previous && cycles.data && (
            <MessageBar intent="info">
              <MessageBarBody>This is the first {CYCLE_TYPE_LABELS[values.cycleType]} cycle, so there are no earlier answers to carry forward.</MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
      {step === 'agencies' && (
        <div className={styles.step}>
          {agencies.data ? <AgencyScopePicker agencies={active} selection={selection} extraPicks={extraPicks} gridId="new-cycle-agencies" /> : <Loading />}
        </div>
      )}
      <div className={styles.footer}>
        <span className={styles.summary}>
          {values.name || 'Unnamed cycle'} · {chosen.length} {chosen.length === 1 ? 'agency' : 'agencies'} in scope
          {carry && previous ? ` · answers carried forward from ${previous.name}` : ''}
        </span>
        {step === 'agencies' && (
          <Button icon={<ArrowLeft20Regular />} onClick={() => setStep('details')}>
            Back
          </Button>
        )}
        {step === 'details' ? (
          <Button appearance="primary" icon={<ArrowRight20Regular />} iconPosition="after" onClick={() => check() && setStep('agencies')}>
            Next: agencies
          </Button>
        ) : (
          <Button appearance="primary" icon={<Checkmark20Regular />} disabled={saving} onClick={create}>
            {saving ? 'Opening…' : 'Create cycle'}
          </Button>
        )}
        <Button onClick={() => navigate('/cycles')}>Cancel</Button>
      </div>
    </Page>
  );
}

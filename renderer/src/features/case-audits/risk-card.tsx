import { Button, Card, Field, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Save20Regular, Warning20Filled } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { ApiCallError } from '../../../../shared/api/client';
import { RISK_KIND_LABELS, type RiskFlag } from '../../../../shared/domain/case-audit';
import { useNotify } from '../../app/notify';
import { DateField } from '../../components/date-field';
import { formatDate } from '../../components/format-date';
import { useApi } from '../../host/services-context';
import { RiskStatusBadge } from './case-audit-badges';
import { refreshAudit } from './case-audit-keys';
import { riskWhere } from './risk-flags-panel';

const useStyles = makeStyles({
  card: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, gap: tokens.spacingVerticalS },
  open: { borderLeft: `8px solid ${tokens.colorPaletteRedBorder2}`, backgroundColor: tokens.colorPaletteRedBackground1 },
  head: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  red: { color: tokens.colorPaletteRedForeground1 },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  steps: { '& .fui-Input': { minWidth: 0, width: '100%' }, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 240px', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, alignItems: 'start' },
  text: { margin: 0, whiteSpace: 'pre-wrap' },
});

interface Steps {
  response: string;
  responseOn: string;
  assurance: string;
  assuranceOn: string;
  closureNote: string;
  closedOn: string;
}
const stepsOf = (f: RiskFlag): Steps => ({
  response: f.response ?? '',
  responseOn: f.responseOn ?? '',
  assurance: f.assurance ?? '',
  assuranceOn: f.assuranceOn ?? '',
  closureNote: f.closureNote ?? '',
  closedOn: f.closedOn ?? '',
});

/** One flag, tracked: the agency's response and its date, the assurance and its date, then closing it. */
export function RiskCard(props: { flag: RiskFlag }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { flag: f } = props;
  const [steps, setSteps] = useState<Steps>(() => stepsOf(f));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const savedKey = JSON.stringify(stepsOf(f));
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setSteps(stepsOf(f)), [savedKey]);
  const dirty = JSON.stringify(steps) !== JSON.stringify(stepsOf(f));
  const set = (patch: Partial<Steps>) => setSteps((s) => ({ ...s, ...patch }));
  const open = f.status !== 'closed';
  const label = `${RISK_KIND_LABELS[f.kind]}${riskWhere(f) ? `, ${riskWhere(f)}` : ''}`;

  const save = async () => {
    setSaving(true);
    const orNull = (s: string) => s.trim() || null;
    try {
      await api.call('caseAudits.updateRisk', {
        id: f.id,
        patch: {
          response: orNull(steps.response),
          responseOn: orNull(steps.responseOn),
          assurance: orNull(steps.assurance),
          assuranceOn: orNull(steps.assuranceOn),
          closureNote: orNull(steps.closureNote),
          closedOn: orNull(steps.closedOn),
        },
      });
      setErrors({});
      refreshAudit(f.auditId);
      notify.success('The risk flag has been updated.');
    } catch (err) {
      if (err instanceof ApiCallError) setErrors(Object.fromEntries(err.details.filter((d) => d.field).map((d) => [d.field!.replace(/^patch\./, ''), d.message])));
      notify.error(err, 'The risk flag was not updated');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card className={mergeClasses(styles.card, open && styles.open)} role="region" aria-label={`Risk flag: ${label}`}>
      <div className={styles.head}>
        <h3 className={mergeClasses(styles.title, open && styles.red)}>
          {open && <Warning20Filled aria-hidden />}
          {label}
        </h3>
        <RiskStatusBadge status={f.status} />
        <span className={styles.meta}>
          Raised {formatDate(f.raisedOn)} by {f.raisedBy}
          {f.daysOpen !== null ? ` · ${f.daysOpen} ${f.daysOpen === 1 ? 'day' : 'days'} open` : ''}
          {f.escalatedTo ? ` · escalated to ${f.escalatedTo}` : ''}
        </span>
      </div>
      <p className={styles.text}>{f.description}</p>
      <div className={styles.steps}>
        <Field label="Agency’s response" validationMessage={errors.response}>
          <Textarea value={steps.response} rows={2} resize="vertical" onChange={(_, d) => set({ response: d.value })} />
        </Field>
        <DateField label="Response received" value={steps.responseOn} error={errors.responseOn} onChange={(responseOn) => set({ responseOn })} />
        <Field label="Assurance given" validationMessage={errors.assurance}>
          <Textarea value={steps.assurance} rows={2} resize="vertical" onChange={(_, d) => set({ assurance: d.value })} />
        </Field>
        <DateField label="Assurance received" value={steps.assuranceOn} error={errors.assuranceOn} onChange={(assuranceOn) => set({ assuranceOn })} />
        <Field label="Closure note" validationMessage={errors.closureNote} hint="Needed when closing without assurance">
          <Textarea value={steps.closureNote} rows={1} resize="vertical" onChange={(_, d) => set({ closureNote: d.value })} />
        </Field>
        <DateField label="Closed on" value={steps.closedOn} error={errors.closedOn} onChange={(closedOn) => set({ closedOn })} />
      </div>
      <div>
        <Button appearance="primary" icon={<Save20Regular />} disabled={!dirty || saving} onClick={() => void save()}>
          {saving ? 'Saving…' : 'Save progress'}
        </Button>
      </div>
    </Card>
  );
}

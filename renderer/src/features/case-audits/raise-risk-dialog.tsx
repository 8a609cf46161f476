import { Field, Input, Radio, RadioGroup, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { ApiCallError } from '../../../../shared/api/client';
import { RISK_KINDS, RISK_KIND_LABELS, type CaseAuditDetail, type CaseReturnRow, type RiskKind } from '../../../../shared/domain/case-audit';
import { useNotify } from '../../app/notify';
import { DateField } from '../../components/date-field';
import { FormDialog } from '../../components/form-dialog';
import { useApi } from '../../host/services-context';
import { londonToday, refreshAudit } from './case-audit-keys';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  warn: { margin: 0, padding: tokens.spacingVerticalS, borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}`, backgroundColor: tokens.colorPaletteRedBackground1 },
});

/**
 * Flags a concern about immediate risk to a child, or unsafe practice, found in a return or a case: dated, with the
 * agency asked for a response and assurance. From a return, the case and agency are the return's.
 */
export function RaiseRiskDialog(props: { audit: CaseAuditDetail; open: boolean; fromReturn: CaseReturnRow | null; onClose: () => void; onRaised?: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { audit, open, fromReturn } = props;
  const [caseId, setCaseId] = useState<number | null>(null);
  const [agencyId, setAgencyId] = useState<number | null>(null);
  const [kind, setKind] = useState<RiskKind>('immediate_risk');
  const [description, setDescription] = useState('');
  const [escalatedTo, setEscalatedTo] = useState('');
  const [raisedOn, setRaisedOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!open) return;
    setCaseId(fromReturn?.caseId ?? audit.cases[0]?.id ?? null);
    setAgencyId(fromReturn?.agencyId ?? null);
    setKind('immediate_risk');
    setDescription('');
    setEscalatedTo('');
    setRaisedOn(londonToday());
    setErrors({});
  }, [open, fromReturn, audit.cases]);
  const kase = audit.cases.find((c) => c.id === caseId);

  const raise = async () => {
    if (!description.trim()) return setErrors({ description: 'Describe the concern.' });
    setSaving(true);
    try {
      const flag = await api.call('caseAudits.raiseRisk', {
        auditId: audit.id,
        caseId,
        returnId: fromReturn?.id ?? kase?.returns.find((r) => r.agencyId === agencyId)?.id ?? null,
        agencyId,
        kind,
        description: description.trim(),
        escalatedTo: escalatedTo.trim() || null,
        ...(raisedOn ? { raisedOn } : {}),
      });
      refreshAudit(audit.id);
      notify.success(`Risk flag raised for ${flag.caseReference ? `case ${flag.caseReference}` : audit.title}${flag.agencyName ? `; ${flag.agencyName} is asked for a response` : ''}.`, 'Risk flag raised');
      props.onRaised?.();
      props.onClose();
    } catch (err) {
      if (err instanceof ApiCallError) setErrors(Object.fromEntries(err.details.filter((d) => d.field).map((d) => [d.field!, d.message])));
      notify.error(err, 'The risk flag was not raised');
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormDialog
      open={open}
      busy={saving}
      onClose={props.onClose}
      onSubmit={raise}
      title="Raise a risk flag"
      submitLabel="Raise risk flag"
      busyLabel="Raising…"
      contentClassName={styles.content}
    >
      <p className={styles.warn}>If a child may be at immediate risk, follow the child protection procedures now; this flag records and tracks the escalation.</p>
      {fromReturn ? (
        <p style={{ margin: 0 }}>
          Found in {fromReturn.agencyName}’s return for case {fromReturn.caseReference}.
        </p>
      ) : (
        <>
          <Field label="Case" required validationMessage={errors.caseId}>
            <Select value={caseId ? String(caseId) : ''} onChange={(_, d) => (setCaseId(d.value ? Number(d.value) : null), setAgencyId(null))}>
              {audit.cases.map((c) => (
                <option key={c.id} value={String(c.id)}>
                  {c.reference}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Agency asked for a response" validationMessage={errors.agencyId}>
            <Select value={agencyId ? String(agencyId) : ''} onChange={(_, d) => setAgencyId(d.value ? Number(d.value) : null)}>
              <option value="">No agency yet</option>
              {(kase?.returns ?? []).map((r) => (
                <option key={r.agencyId} value={String(r.agencyId)}>
                  {r.agencyName}
                </option>
              ))}
            </Select>
          </Field>
        </>
      )}
      <Field label="Kind of concern" required>
        <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as RiskKind)}>
          {RISK_KINDS.map((k) => (
            <Radio key={k} value={k} label={RISK_KIND_LABELS[k]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="The concern" required validationMessage={errors.description ?? errors.Description} hint="No names, NHS numbers or dates of birth">
        <Textarea value={description} rows={3} resize="vertical" onChange={(_, d) => setDescription(d.value)} />
      </Field>
      <Field label="Escalated to" hint="For example: MASH duty manager" validationMessage={errors.escalatedTo}>
        <Input value={escalatedTo} onChange={(_, d) => setEscalatedTo(d.value)} />
      </Field>
      <DateField label="Raised on" value={raisedOn} error={errors.raisedOn} onChange={setRaisedOn} />
    </FormDialog>
  );
}

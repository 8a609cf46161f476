import { Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { FormDialog } from '../../components/form-dialog';
import { ApiCallError } from '../../../../shared/api/client';
import type { CaseAuditCase, CaseAuditDetail, CaseSaved } from '../../../../shared/domain/case-audit';
import { useNotify } from '../../app/notify';
import { useApi } from '../../host/services-context';
import { AgencyListPicker } from './agency-list-picker';
import { refreshAudit } from './case-audit-keys';
import { useCaseAuditLookups } from './use-case-audit-lookups';
import { useTextCheck } from './use-text-check';

const useStyles = makeStyles({
  surface: { width: 'min(760px, 94vw)', maxWidth: 'none' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

type Key = 'reference' | 'summary' | 'notes' | 'agencyIds';
const BY_LABEL: Record<string, Key> = { 'Case reference': 'reference', Summary: 'summary', Notes: 'notes' };

/** The backend's problems by form field: zod paths ("case.reference"), identifier labels ("Summary"), conflicts. */
function placeErrors(err: unknown): Partial<Record<Key, string>> {
  const out: Partial<Record<Key, string>> = {};
  if (!(err instanceof ApiCallError)) return out;
  for (const d of err.details) {
    const parts = (d.field ?? '').split('.').filter((p) => p !== 'case' && p !== 'patch');
    const key = BY_LABEL[parts[0] ?? ''] ?? (parts[0] as Key | undefined);
    if (key && ['reference', 'summary', 'notes', 'agencyIds'].includes(key) && !out[key]) out[key] = `${d.message[0]!.toUpperCase()}${d.message.slice(1)}`;
  }
  return out;
}

/**
 * A case in the sample: its pseudonymous reference, why it was chosen, and the agencies involved. NHS numbers and
 * dates are refused next to the field they are in; text that looks like a name is pointed out before saving.
 */
export function CaseDialog(props: { audit: CaseAuditDetail; kase: CaseAuditCase | null; open: boolean; onClose: () => void; onSaved: (s: CaseSaved, reference: string) => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const lookups = useCaseAuditLookups();
  const { audit, kase, open } = props;
  const [reference, setReference] = useState('');
  const [summary, setSummary] = useState('');
  const [notes, setNotes] = useState('');
  const [agencyIds, setAgencyIds] = useState<number[]>([]);
  const [serverErrors, setServerErrors] = useState<Partial<Record<Key, string>>>({});
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!open) return;
    setReference(kase?.reference ?? '');
    setSummary(kase?.summary ?? '');
    setNotes(kase?.notes ?? '');
    setAgencyIds(kase?.returns.map((r) => r.agencyId) ?? []);
    setServerErrors({});
  }, [open, kase]);
  const live = useTextCheck({ reference, summary, notes }, true, open);
  const locked = new Set((kase?.returns ?? []).filter((r) => r.status !== 'not_issued').map((r) => r.agencyId));
  const errorOf = (k: Key) => serverErrors[k] ?? live.errors[k];
  const warningOf = (k: Key) => (errorOf(k) ? undefined : live.warnings[k]);
  const state = (k: Key) => (errorOf(k) ? 'error' : warningOf(k) ? 'warning' : 'none');

  const save = async () => {
    setSaving(true);
    try {
      const fields = { reference: reference.trim(), summary: summary.trim() || null, notes: notes.trim() || null, agencyIds };
      const saved = kase ? await api.call('caseAudits.updateCase', { caseId: kase.id, patch: fields }) : await api.call('caseAudits.addCase', { auditId: audit.id, case: fields });
      refreshAudit(audit.id);
      props.onSaved(saved, fields.reference);
    } catch (err) {
      const placed = placeErrors(err);
      setServerErrors(placed);
      notify.error(Object.keys(placed).length ? new Error('The problems are shown next to the fields.') : err, 'The case was not saved');
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormDialog
      open={open}
      busy={saving}
      onClose={props.onClose}
      onSubmit={save}
      title={kase ? `Edit case ${kase.reference}` : 'Add a case to the sample'}
      submitLabel={kase ? 'Save case' : 'Add case'}
      busyLabel="Saving…"
      surfaceClassName={styles.surface}
      contentClassName={styles.content}
    >
      <p className={styles.note}>
        Record the case by a pseudonymous reference only. No names, NHS numbers or dates of birth: use “Child A”, “mother”, “step-father”.
      </p>
      <Field label="Case reference" required hint="Letters, digits and - / _ . only, e.g. NSCP-26-04-C3" validationState={state('reference')} validationMessage={errorOf('reference') ?? warningOf('reference')}>
        <Input value={reference} onChange={(_, d) => (setReference(d.value), setServerErrors((e) => ({ ...e, reference: undefined })))} />
      </Field>
      <Field label="Why it is in the sample" hint="No identifiers: “Child on a CP plan for neglect, three agencies involved”" validationState={state('summary')} validationMessage={errorOf('summary') ?? warningOf('summary')}>
        <Textarea value={summary} rows={3} resize="vertical" onChange={(_, d) => (setSummary(d.value), setServerErrors((e) => ({ ...e, summary: undefined })))} />
      </Field>
      <Field label="Notes" validationState={state('notes')} validationMessage={errorOf('notes') ?? warningOf('notes')}>
        <Textarea value={notes} rows={2} resize="vertical" onChange={(_, d) => (setNotes(d.value), setServerErrors((e) => ({ ...e, notes: undefined })))} />
      </Field>
      <Field label="Agencies involved" validationState={serverErrors.agencyIds ? 'error' : 'none'} validationMessage={serverErrors.agencyIds}>
        <AgencyListPicker label="Add an agency involved" options={lookups.agencyOptions} value={agencyIds} locked={locked} onChange={setAgencyIds} />
      </Field>
    </FormDialog>
  );
}

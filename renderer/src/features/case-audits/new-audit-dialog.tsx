import { makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useNotify } from '../../app/notify';
import { navigate } from '../../app/router';
import { FormDialog } from '../../components/form-dialog';
import { serverFieldErrors, type FieldErrors } from '../../components/form-errors';
import { useApi } from '../../host/services-context';
import { AuditForm } from './audit-form';
import { checkAudit, emptyAudit, type AuditFormValues } from './audit-form-model';
import { refreshAudit } from './case-audit-keys';
import { useCaseAuditLookups } from './use-case-audit-lookups';

const useStyles = makeStyles({ surface: { width: 'min(900px, 94vw)', maxWidth: 'none' }, content: { maxHeight: '70vh', overflowY: 'auto' } });

/** Server messages name some fields by their label ("Theme"); the form's keys are the field names. */
export const AUDIT_FIELD_BY_LABEL: Record<string, string> = { Theme: 'theme', Title: 'title', Methodology: 'methodologyNotes', Notes: 'notes' };
export function auditServerErrors(err: unknown): FieldErrors | null {
  const e = serverFieldErrors(err, ['patch']);
  if (!e) return null;
  return Object.fromEntries(Object.entries(e).map(([k, m]) => [AUDIT_FIELD_BY_LABEL[k] ?? k, m]));
}

/** A new audit for the programme (an urgent theme can be added mid-year); it opens once created. */
export function NewAuditDialog(props: { open: boolean; programmeYear: string; onClose: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const lookups = useCaseAuditLookups();
  const [values, setValues] = useState<AuditFormValues>(() => emptyAudit(props.programmeYear));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (props.open) {
      setValues(emptyAudit(props.programmeYear));
      setErrors({});
    }
  }, [props.open, props.programmeYear]);

  const create = async () => {
    const checked = checkAudit(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setSaving(true);
    try {
      const made = await api.call('caseAudits.create', checked.input);
      refreshAudit(made.id);
      notify.success(`${made.title} has been added to the ${made.programmeYear} programme.`, 'Audit created');
      props.onClose();
      navigate(`/case-audits/${made.id}/overview`);
    } catch (err) {
      const fields = auditServerErrors(err);
      if (fields) setErrors(fields);
      notify.error(err, 'The audit was not created');
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormDialog
      open={props.open}
      busy={saving}
      onClose={props.onClose}
      onSubmit={create}
      title="New case-file audit"
      submitLabel="Create audit"
      busyLabel="Creating…"
      surfaceClassName={styles.surface}
      contentClassName={styles.content}
    >
      <AuditForm values={values} errors={errors} lookups={lookups} isNew onChange={setValues} />
    </FormDialog>
  );
}

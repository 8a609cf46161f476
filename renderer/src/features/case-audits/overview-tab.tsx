import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Delete20Regular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNotify } from '../../app/notify';
import { navigate } from '../../app/router';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDateTime } from '../../components/format-date';
import type { FieldErrors } from '../../components/form-errors';
import { ScaleChip } from '../../components/scale-chip';
import { useApi } from '../../host/services-context';
import { AuditForm } from './audit-form';
import { auditValues, checkAudit, sameValues, type AuditFormValues } from './audit-form-model';
import { OpenRisks } from './case-audit-badges';
import { refreshAudit } from './case-audit-keys';
import type { AuditTabProps } from './case-audit-page';
import { auditServerErrors } from './new-audit-dialog';
import { Section } from './section';
import { useCaseAuditLookups } from './use-case-audit-lookups';
import { SaveBar } from './save-bar';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: tokens.spacingHorizontalL, margin: 0 },
  fact: { display: 'flex', flexDirection: 'column', gap: '2px' },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  big: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** Where the audit has got to, and its details to edit (status moves here, as the audit moves through its stages). */
export function OverviewTab(props: AuditTabProps) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const lookups = useCaseAuditLookups();
  const { audit: a } = props;
  // The same values after a reload keep the same object, so unsaved edits survive other parts of the audit reloading.
  const savedKey = JSON.stringify(auditValues(a));
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const saved = useMemo(() => auditValues(a), [savedKey]);
  const [values, setValues] = useState<AuditFormValues>(saved);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState(false);
  useEffect(() => setValues(saved), [saved]);
  const dirty = !sameValues(values, saved);

  const save = async () => {
    const checked = checkAudit(values);
    if (!checked.ok) return setErrors(checked.errors);
    setSaving(true);
    try {
      const next = await api.call('caseAudits.update', { id: a.id, patch: checked.input });
      setErrors({});
      props.onAudit(next);
      refreshAudit(a.id);
      notify.success(`${next.title} has been saved.`);
    } catch (err) {
      setErrors(auditServerErrors(err) ?? {});
      notify.error(err, 'The audit was not saved');
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    setDeleting(false);
    try {
      await api.call('caseAudits.delete', { id: a.id });
      refreshAudit(a.id);
      notify.success(`${a.title} has been deleted.`);
      navigate('/case-audits');
    } catch (err) {
      notify.error(err, 'The audit was not deleted');
    }
  };

  const fact = (label: string, value: ReactNode) => (
    <div className={styles.fact}>
      <dt className={styles.label}>{label}</dt>
      <dd className={styles.big} style={{ margin: 0 }}>
        {value}
      </dd>
    </div>
  );
  return (
    <>
      <Section title="Where the audit is">
        <dl className={styles.facts} aria-label="Audit figures">
          {fact('Cases in the sample', a.caseCount)}
          {fact('Returns accepted', `${a.returnsAccepted} of ${a.returnCount}`)}
          {fact('Open for QA', a.openQa)}
          {fact('Overdue returns', a.overdueReturns)}
          {fact('Open risk flags', a.openRisks ? <OpenRisks count={a.openRisks} /> : 0)}
          {fact('Theme judgement', <ScaleChip rating={a.themeJudgement} emptyText="Not yet agreed" />)}
          {fact('Moderation meeting', a.moderationStart ? formatDateTime(a.moderationStart) : 'Not scheduled')}
        </dl>
      </Section>
      <Section
        title="Details"
        actions={
          <>
            <SaveBar dirty={dirty} saving={saving} label="Save details" onSave={save} />
            <Button icon={<Delete20Regular />} disabled={a.caseCount > 0 || a.findings.length > 0} title={a.caseCount ? 'An audit with cases cannot be deleted: set its status to Cancelled' : undefined} onClick={() => setDeleting(true)}>
              Delete audit
            </Button>
          </>
        }
      >
        <AuditForm values={values} errors={errors} lookups={lookups} isNew={false} onChange={setValues} />
      </Section>
      <ConfirmDialog open={deleting} title={`Delete ${a.title}?`} confirmLabel="Delete audit" onConfirm={() => void remove()} onCancel={() => setDeleting(false)}>
        The audit has no cases or findings yet. Deleting it takes it out of the programme; its history is kept.
      </ConfirmDialog>
    </>
  );
}

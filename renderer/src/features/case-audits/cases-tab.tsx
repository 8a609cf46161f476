import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular, Edit20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { METHODOLOGY_LABELS, type CaseAuditCase } from '../../../../shared/domain/case-audit';
import type { IdentifierIssue } from '../../../../shared/domain/identifiers';
import { useNotify } from '../../app/notify';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ScaleChip } from '../../components/scale-chip';
import { useApi } from '../../host/services-context';
import { OpenRisks, ReturnStatusBadge } from './case-audit-badges';
import { refreshAudit } from './case-audit-keys';
import type { AuditTabProps } from './case-audit-page';
import { CaseDialog } from './case-dialog';
import { Section } from './section';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase300 },
  cell: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'left', verticalAlign: 'top' },
  ref: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  agencies: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  muted: { color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

/** The sample: each case by its pseudonymous reference, why it is in, and the agencies whose returns it needs. */
export function CasesTab(props: AuditTabProps) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { audit: a } = props;
  const [editing, setEditing] = useState<CaseAuditCase | 'new' | null>(null);
  const [removing, setRemoving] = useState<CaseAuditCase | null>(null);
  const [warned, setWarned] = useState<{ reference: string; warnings: IdentifierIssue[] } | null>(null);

  const remove = async (c: CaseAuditCase) => {
    setRemoving(null);
    try {
      props.onAudit(await api.call('caseAudits.removeCase', { caseId: c.id }));
      refreshAudit(a.id);
      notify.success(`Case ${c.reference} has been taken out of the sample.`);
    } catch (err) {
      notify.error(err, 'The case was not removed');
    }
  };

  return (
    <>
      {warned && (
        <MessageBar intent="warning" layout="multiline" aria-label="Check for names">
          <MessageBarBody>
            <MessageBarTitle>Case {warned.reference} was saved, but check this text: it may name a person.</MessageBarTitle>
            <ul aria-label="Name warnings">
              {warned.warnings.map((w, i) => (
                <li key={i}>
                  {w.field}: {w.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setWarned(null)}>Dismiss</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Section
        title={`Sample (${a.cases.length} ${a.cases.length === 1 ? 'case' : 'cases'})`}
        intro={
          <>
            <strong>Methodology:</strong> {METHODOLOGY_LABELS[a.methodology]}
            {a.methodologyNotes ? `. ${a.methodologyNotes}` : ''}
          </>
        }
        actions={
          <Button appearance="primary" icon={<Add20Regular />} disabled={a.status === 'cancelled'} onClick={() => setEditing('new')}>
            Add case
          </Button>
        }
      >
        {a.cases.length === 0 ? (
          <p className={styles.muted}>No cases yet. Select Add case to record the first case in the sample.</p>
        ) : (
          <table className={styles.table} aria-label="Cases in the sample">
            <thead>
              <tr>
                <th className={styles.cell} scope="col">Reference</th>
                <th className={styles.cell} scope="col">Why it is in the sample</th>
                <th className={styles.cell} scope="col">Agencies involved and their returns</th>
                <th className={styles.cell} scope="col">Judgement</th>
                <th className={styles.cell} scope="col"><span className={styles.muted}>Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {a.cases.map((c) => (
                <tr key={c.id} data-case={c.reference}>
                  <td className={`${styles.cell} ${styles.ref}`}>
                    {c.reference}
                    <div>
                      <OpenRisks count={c.openRisks} />
                    </div>
                  </td>
                  <td className={styles.cell}>{c.summary ?? <span className={styles.muted}>—</span>}</td>
                  <td className={styles.cell}>
                    <ul className={styles.agencies}>
                      {c.returns.map((r) => (
                        <li key={r.id}>
                          {r.agencyName} <ReturnStatusBadge status={r.status} overdue={r.overdue} />
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className={styles.cell}>
                    <ScaleChip rating={c.judgement} emptyText="Not yet" />
                  </td>
                  <td className={styles.cell}>
                    <div className={styles.buttons}>
                      <Button size="small" icon={<Edit20Regular />} aria-label={`Edit case ${c.reference}`} onClick={() => setEditing(c)} />
                      <Button size="small" icon={<Delete20Regular />} aria-label={`Remove case ${c.reference}`} onClick={() => setRemoving(c)} />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <CaseDialog
        audit={a}
        kase={editing === 'new' ? null : editing}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={(saved, reference) => {
          props.onAudit(saved.audit);
          setEditing(null);
          setWarned(saved.warnings.length ? { reference, warnings: saved.warnings } : null);
          notify.success(`Case ${reference} has been saved.`);
        }}
      />
      <ConfirmDialog open={removing !== null} title={`Remove case ${removing?.reference ?? ''}?`} confirmLabel="Remove case" onConfirm={() => removing && void remove(removing)} onCancel={() => setRemoving(null)}>
        The case and its empty returns leave the sample. A case whose returns have been issued, flagged or quoted in a finding cannot be removed.
      </ConfirmDialog>
    </>
  );
}

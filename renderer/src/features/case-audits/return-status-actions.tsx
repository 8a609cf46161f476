import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowReply20Regular, ArrowUndo20Regular, Checkmark20Regular, MailInbox20Regular, Send20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ApiCallError } from '../../../../shared/api/client';
import type { CaseReturnDetail, CaseReturnStatus } from '../../../../shared/domain/case-audit';
import { useNotify } from '../../app/notify';
import { useApi } from '../../host/services-context';
import { refreshAudit } from './case-audit-keys';
import { SendBackDialog, type SendBack } from './send-back-dialog';

const useStyles = makeStyles({ bar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' }, hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 } });

/**
 * The QA moves a return can make from where it is: issued, returned (a typed-in return keeps its status until
 * marked returned), sent back with a reason and a due date, accepted, or reopened.
 */
export function ReturnStatusActions(props: { detail: CaseReturnDetail; dirty: boolean; onDetail: (d: CaseReturnDetail) => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { row } = props.detail;
  const [busy, setBusy] = useState(false);
  const [sending, setSending] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const move = async (status: CaseReturnStatus, done: string, extra: Partial<SendBack> = {}) => {
    setBusy(true);
    try {
      const next = await api.call('caseAudits.setReturnStatus', { returnId: row.id, status, ...extra });
      props.onDetail(next);
      refreshAudit(row.auditId);
      setSending(false);
      setErrors({});
      notify.success(`${row.agencyName}’s return for case ${row.caseReference} ${done}.`);
    } catch (err) {
      if (err instanceof ApiCallError) setErrors(Object.fromEntries(err.details.filter((d) => d.field).map((d) => [d.field!, d.message])));
      notify.error(err, 'The return’s status did not change');
    } finally {
      setBusy(false);
    }
  };

  const s = row.status;
  const off = busy || props.dirty;
  return (
    <div className={styles.bar} role="toolbar" aria-label="Quality assurance">
      {s === 'not_issued' && (
        <Button icon={<Send20Regular />} disabled={off} onClick={() => void move('issued', 'is marked issued')}>
          Mark issued
        </Button>
      )}
      {(s === 'not_issued' || s === 'issued') && (
        <Button appearance="primary" icon={<MailInbox20Regular />} disabled={off} onClick={() => void move('returned', 'is marked returned')}>
          Mark returned
        </Button>
      )}
      {s === 'sent_back' && (
        <Button appearance="primary" icon={<MailInbox20Regular />} disabled={off} onClick={() => void move('returned', 'is back from the agency')}>
          Mark revised return received
        </Button>
      )}
      {s === 'returned' && (
        <>
          <Button appearance="primary" icon={<Checkmark20Regular />} disabled={off} onClick={() => void move('accepted', 'has been accepted')}>
            Accept
          </Button>
          <Button icon={<ArrowReply20Regular />} disabled={off} onClick={() => setSending(true)}>
            Send back…
          </Button>
        </>
      )}
      {s === 'accepted' && (
        <Button icon={<ArrowUndo20Regular />} disabled={off} onClick={() => void move('returned', 'is reopened for QA')}>
          Reopen
        </Button>
      )}
      {props.dirty && <span className={styles.hint}>Save the return before changing its status.</span>}
      <SendBackDialog row={sending ? row : null} busy={busy} errors={errors} onCancel={() => setSending(false)} onSend={(sb) => void move('sent_back', 'has been sent back', sb)} />
    </div>
  );
}

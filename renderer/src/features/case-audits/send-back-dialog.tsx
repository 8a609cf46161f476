import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { SEND_BACK_REASONS, SEND_BACK_REASON_LABELS, type CaseReturnRow, type SendBackReason } from '../../../../shared/domain/case-audit';
import { addDaysIso } from '../../../../shared/domain/dates';
import { DateField } from '../../components/date-field';
import { londonToday } from './case-audit-keys';

const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

export interface SendBack {
  sendBackReason: SendBackReason;
  reason: string;
  dueDate: string;
}

/** QA: the return goes back to the agency as not robust or not comprehensive, saying what is missing and by when. */
export function SendBackDialog(props: { row: CaseReturnRow | null; busy: boolean; errors: Record<string, string>; onSend: (s: SendBack) => void; onCancel: () => void }) {
  const styles = useStyles();
  const [kind, setKind] = useState<SendBackReason | ''>('');
  const [reason, setReason] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!props.row) return;
    setKind('');
    setReason('');
    setDueDate(addDaysIso(londonToday(), 14));
    setTouched(false);
  }, [props.row]);
  const missing = { kind: !kind ? 'Say whether it is not robust or not comprehensive.' : undefined, reason: !reason.trim() ? 'Say what the agency needs to add.' : undefined, dueDate: !dueDate ? 'Give the date the revised return is due.' : undefined };
  const send = () => {
    setTouched(true);
    if (kind && reason.trim() && dueDate) props.onSend({ sendBackReason: kind, reason: reason.trim(), dueDate });
  };
  const r = props.row;
  return (
    <Dialog open={r !== null} onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface aria-describedby={undefined}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            send();
          }}
        >
          <DialogBody>
            <DialogTitle>Send the return back</DialogTitle>
            <DialogContent className={styles.content}>
              <p style={{ margin: 0 }}>
                {r?.agencyName}’s return for case {r?.caseReference} goes back to the agency’s lead, who revises it and returns it by the due date.
              </p>
              <Field label="Why it is going back" required validationMessage={(touched && missing.kind) || props.errors.sendBackReason}>
                <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as SendBackReason)}>
                  {SEND_BACK_REASONS.map((x) => (
                    <Radio key={x} value={x} label={SEND_BACK_REASON_LABELS[x]} />
                  ))}
                </RadioGroup>
              </Field>
              <Field label="What the agency needs to add" required validationMessage={(touched && missing.reason) || props.errors.reason}>
                <Textarea value={reason} rows={3} resize="vertical" onChange={(_, d) => setReason(d.value)} />
              </Field>
              <DateField label="Revised return due" required value={dueDate} error={(touched && missing.dueDate) || props.errors.dueDate} onChange={setDueDate} />
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={props.busy}>
                Send back
              </Button>
              <Button onClick={props.onCancel}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

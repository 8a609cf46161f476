import { Field, Input, Radio, RadioGroup, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import {
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  RAGS,
  RAG_LABELS,
  actionUpdateInputSchema,
  type ActionDetail,
  type ActionStatus,
  type ActionUpdateInput,
  type Rag,
} from '../../../../shared/domain/action';
import { londonDate } from '../../../../shared/domain/dates';
import { useNotify } from '../../app/notify';
import { DateField } from '../../components/date-field';
import { FormDialog } from '../../components/form-dialog';
import { formatDate } from '../../components/format-date';
import { serverFieldErrors, validate, type FieldErrors } from '../../components/form-errors';
import { useApi } from '../../host/services-context';

interface UpdateValues {
  date: string;
  text: string;
  rag: Rag | '';
  status: ActionStatus | '';
  newDueDate: string;
  slippageReason: string;
  droppedReason: string;
  reportedBy: string;
}

const blank = (status: ActionStatus | ''): UpdateValues => ({
  date: londonDate(new Date()),
  text: '',
  rag: '',
  status,
  newDueDate: '',
  slippageReason: '',
  droppedReason: '',
  reportedBy: '',
});

const useStyles = makeStyles({
  surface: { width: 'min(640px, 94vw)', maxWidth: 'none' },
  content: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, alignItems: 'start' },
  wide: { gridColumn: '1 / -1' },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** A dated progress update: what happened, RAG, a new status, or a new due date with the reason it moved. Never edited after. */
export function UpdateDialog(props: { action: ActionDetail; open: boolean; presetStatus?: ActionStatus; onClose: () => void; onSaved: (a: ActionDetail) => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { action, open } = props;
  const [v, setV] = useState<UpdateValues>(blank(''));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open) {
      setV(blank(props.presetStatus ?? ''));
      setErrors({});
    }
  }, [open, props.presetStatus]);
  const set = (patch: Partial<UpdateValues>) => setV((x) => ({ ...x, ...patch }));
  // Typing the current date again is not a move.
  const moved = v.newDueDate !== '' && v.newDueDate !== action.dueDate;

  const toInput = (): ActionUpdateInput => ({
    date: v.date || undefined,
    text: v.text.trim() || null,
    rag: v.rag || null,
    status: v.status || null,
    newDueDate: moved ? v.newDueDate : null,
    slippageReason: moved ? v.slippageReason.trim() || null : null,
    droppedReason: v.status === 'dropped' ? v.droppedReason.trim() || null : null,
    reportedBy: v.reportedBy.trim() || null,
  });

  const save = async () => {
    const input = toInput();
    const checked = validate(actionUpdateInputSchema, input);
    if (!checked.ok) return setErrors({ ...checked.errors, ...(checked.errors.date ? { date: 'Enter the date of the update, for example 18/11/2026.' } : {}), ...(checked.errors.newDueDate ? { newDueDate: 'Enter the new due date, for example 31/03/2027.' } : {}) });
    setBusy(true);
    try {
      const saved = await api.call('actions.addUpdate', { id: action.id, update: input });
      props.onSaved(saved);
      notify.success(`${action.reference}: update recorded.`);
      props.onClose();
    } catch (err) {
      const fe = serverFieldErrors(err, ['update']);
      if (fe) setErrors(fe);
      notify.error(err, 'The update was not recorded');
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open={open}
      busy={busy}
      onClose={props.onClose}
      onSubmit={save}
      title={`Add an update to ${action.reference}`}
      submitLabel="Add update"
      busyLabel="Saving…"
      surfaceClassName={styles.surface}
      contentClassName={styles.content}
    >
      <p className={`${styles.note} ${styles.wide}`}>
        Updates are kept as they are written and never changed. Due {formatDate(action.dueDate)}
        {action.dueDateMoves ? `, moved ${action.dueDateMoves} ${action.dueDateMoves === 1 ? 'time' : 'times'} so far` : ''}.
      </p>
      <DateField label="Date of the update" required value={v.date} error={errors.date} onChange={(date) => set({ date })} />
      <Field label="Reported by" validationMessage={errors.reportedBy} hint="For example Jo Smith (Northmoor Police); you if left blank">
        <Input value={v.reportedBy} onChange={(_, d) => set({ reportedBy: d.value })} />
      </Field>
      <Field label="Progress" className={styles.wide} validationMessage={errors.text}>
        <Textarea value={v.text} rows={3} resize="vertical" onChange={(_, d) => set({ text: d.value })} />
      </Field>
      <Field label="RAG" validationMessage={errors.rag}>
        <RadioGroup layout="horizontal" value={v.rag} onChange={(_, d) => set({ rag: d.value as Rag | '' })}>
          {RAGS.map((r) => (
            <Radio key={r} value={r} label={RAG_LABELS[r]} />
          ))}
          <Radio value="" label="None" />
        </RadioGroup>
      </Field>
      <Field label="New status" validationMessage={errors.status} hint={`Now ${ACTION_STATUS_LABELS[action.status]}`}>
        <Select value={v.status} onChange={(_, d) => set({ status: d.value as ActionStatus | '' })}>
          <option value="">No change</option>
          {ACTION_STATUSES.filter((s) => s !== action.status).map((s) => (
            <option key={s} value={s}>
              {ACTION_STATUS_LABELS[s]}
            </option>
          ))}
        </Select>
      </Field>
      {v.status === 'dropped' && (
        <Field label="Reason the action is dropped" required className={styles.wide} validationMessage={errors.droppedReason}>
          <Textarea value={v.droppedReason} rows={2} resize="vertical" onChange={(_, d) => set({ droppedReason: d.value })} />
        </Field>
      )}
      <DateField label="New due date" value={v.newDueDate} error={errors.newDueDate} hint="Only if the date has moved" onChange={(newDueDate) => set({ newDueDate })} />
      {moved && (
        <Field label="Reason the due date moved" required validationMessage={errors.slippageReason}>
          <Textarea value={v.slippageReason} rows={2} resize="vertical" onChange={(_, d) => set({ slippageReason: d.value })} />
        </Field>
      )}
    </FormDialog>
  );
}

import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { actionInputSchema, type ActionInput, type ActionSuggestion } from '../../../../shared/domain/action';
import type { MeetingDetail } from '../../../../shared/domain/scrutiny';
import { useNotify } from '../../app/notify';
import { serverFieldErrors, validate, type FieldErrors } from '../../components/form-errors';
import { useApi } from '../../host/services-context';
import { ActionForm } from '../actions/action-form';
import { actionWording, formToInput, inputToForm, type ActionFormValues } from '../actions/action-form-model';
import { refreshActions } from '../actions/action-query';
import { useActionLookups } from '../actions/use-action-lookups';
import { slotText } from './scrutiny-format';

const useStyles = makeStyles({
  surface: { width: 'min(820px, 94vw)', maxWidth: 'none' },
  content: { maxHeight: '70vh', overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: '12px', '& > *': { flexShrink: 0 } },
});

export interface MeetingActionPrefill {
  targetKey?: string;
  description?: string;
}

/** A new agency action agreed at the meeting: the action plan's own form, prefilled, recorded as coming from this meeting. */
export function MeetingActionDialog(props: { meeting: MeetingDetail; prefill: MeetingActionPrefill | null; onClose: () => void; onCreated: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const lookups = useActionLookups();
  const { meeting: m, prefill } = props;
  const open = prefill !== null;
  const [values, setValues] = useState<ActionFormValues>(() => inputToForm({}));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [suggested, setSuggested] = useState<ActionSuggestion | null>(null);
  useEffect(() => {
    if (!prefill) return;
    const plain = { kind: 'agency' as const, agencyId: m.agencyId, cycleId: m.cycleId, targetKey: prefill.targetKey ?? null, description: prefill.description ?? '' };
    setValues(inputToForm(plain));
    setErrors({});
    setSuggested(null);
    // For a rating on the agenda, the action plan's own suggestion (wording, owner, due date) is the start.
    if (!prefill.targetKey || !m.cycleAgencyId) return;
    let live = true;
    api.call('actions.suggest', { cycleAgencyId: m.cycleAgencyId, targetKey: prefill.targetKey }).then(
      (s) => {
        if (!live) return;
        setSuggested(s);
        setValues(inputToForm({ ...s.input, ...plain, description: s.input.description || plain.description }));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, prefill, m.agencyId, m.cycleId, m.cycleAgencyId]);

  const create = async () => {
    const input: ActionInput = { ...formToInput(values, 'meeting'), sourceRef: String(m.id) };
    const checked = validate(actionInputSchema, input);
    if (!checked.ok) {
      setErrors(actionWording(checked.errors));
      return;
    }
    setBusy(true);
    try {
      const made = await api.call('actions.create', checked.value);
      notify.success(`${made.reference} has been added to ${m.agencyName}’s action plan.`, 'Action created');
      refreshActions(made.id);
      props.onCreated();
    } catch (err) {
      const fields = serverFieldErrors(err, []);
      if (fields) setErrors(actionWording(fields));
      notify.error(err, 'The action was not created');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && !busy && props.onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>New action from this meeting</DialogTitle>
          <DialogContent className={styles.content}>
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                Agreed at the scrutiny meeting with {m.agencyName}, {slotText(m.start, m.end)}. It goes on the agency’s action plan and is listed with this meeting.
                {suggested && ` For ${suggested.context.replace(/[.\s]+$/, '')}.`}
              </MessageBarBody>
            </MessageBar>
            {suggested && suggested.existing.length > 0 && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  Already open for this: {suggested.existing.map((e) => `${e.reference} ${e.description.replace(/[.\s]+$/, '')}`).join('; ')}. Check this is not a duplicate.
                </MessageBarBody>
              </MessageBar>
            )}
            <ActionForm values={values} errors={errors} isNew lookups={lookups} onChange={setValues} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={() => void create()}>
              {busy ? 'Creating…' : 'Create action'}
            </Button>
            <Button disabled={busy} onClick={props.onClose}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

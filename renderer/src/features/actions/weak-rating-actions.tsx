import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ActionPriority } from '../../../../shared/domain/action';
import { isoDate } from '../../../../shared/domain/cycle';
import { useNotify } from '../../app/notify';
import { DateField } from '../../components/date-field';
import { useApi } from '../../host/services-context';
import { ActionDrawer, type ActionPrefill } from './action-drawer';
import { refreshActions } from './action-query';
import { PriorityField } from '../../components/priority-field';

/** Lets each answer row of a return offer "Create action" without the editor in between knowing about actions. */
const CreateActionContext = createContext<((targetKey: string) => void) | null>(null);

export const useCreateActionForTarget = () => useContext(CreateActionContext);

type Drawer = { prefill: ActionPrefill } | { id: number } | null;

/**
 * Actions from a return's weak ratings: one at a time (suggested, checked in the action form, then saved)
 * or all at once with a due date. Wrap the return's page in `provider`; render `dialogs` once.
 */
export function useWeakRatingActions(cycleAgencyId: number, weakCount: number) {
  const api = useApi();
  const notify = useNotify();
  const [drawer, setDrawer] = useState<Drawer>(null);
  const [askAll, setAskAll] = useState(false);

  const createFor = useCallback(
    (targetKey: string) => {
      api.call('actions.suggest', { cycleAgencyId, targetKey }).then(
        (s) => setDrawer({ prefill: { input: s.input, context: s.context, existing: s.existing } }),
        (err: unknown) => notify.error(err, 'Could not start the action'),
      );
    },
    [api, cycleAgencyId, notify],
  );

  const provider = (children: ReactNode) => <CreateActionContext.Provider value={createFor}>{children}</CreateActionContext.Provider>;
  const dialogs = (
    <>
      {drawer && (
        <ActionDrawer
          key={'id' in drawer ? drawer.id : 'new'}
          id={'id' in drawer ? drawer.id : null}
          prefill={'prefill' in drawer ? drawer.prefill : undefined}
          onClose={() => setDrawer(null)}
          onCreated={(a) => setDrawer({ id: a.id })}
        />
      )}
      <CreateAllDialog open={askAll} cycleAgencyId={cycleAgencyId} weakCount={weakCount} onClose={() => setAskAll(false)} />
    </>
  );
  return { provider, dialogs, createAll: () => setAskAll(true) };
}

/** One action per weak rating that has none open yet, all due on one date. */
function CreateAllDialog(props: { open: boolean; cycleAgencyId: number; weakCount: number; onClose: () => void }) {
  const api = useApi();
  const notify = useNotify();
  const [dueDate, setDueDate] = useState('');
  const [priority, setPriority] = useState<ActionPriority>('medium');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (props.open) setTouched(false);
  }, [props.open]);
  const ok = isoDate.safeParse(dueDate).success;

  const create = async () => {
    setTouched(true);
    if (!ok) return;
    setBusy(true);
    try {
      const made = await api.call('actions.createForWeak', { cycleAgencyId: props.cycleAgencyId, dueDate, priority });
      refreshActions();
      if (made.length) notify.success(`${made.map((a) => a.reference).join(', ')}.`, `${made.length} ${made.length === 1 ? 'action' : 'actions'} created`);
      else notify.info('Every weak rating already has an open action.', 'No new actions');
      props.onClose();
    } catch (err) {
      notify.error(err, 'The actions were not created');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && !busy && props.onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Create actions for all weak ratings</DialogTitle>
          <DialogContent>
            <p>
              {props.weakCount} {props.weakCount === 1 ? 'rating is' : 'ratings are'} at the weak end of the scale. Each one without an open action gets one,
              worded from the standard and due on the date below. You can change each afterwards.
            </p>
            <DateField label="Due date" required value={dueDate} error={touched && !ok ? 'Enter the due date, for example 31/03/2027.' : undefined} onChange={setDueDate} />
            <PriorityField label="Priority" value={priority} onChange={setPriority} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={() => void create()}>
              {busy ? 'Creating…' : 'Create actions'}
            </Button>
            <Button onClick={props.onClose} disabled={busy}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

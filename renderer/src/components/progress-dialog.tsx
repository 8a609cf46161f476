import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface ProgressFailure {
  name: string;
  message: string;
}

export interface ProgressState {
  done: number;
  total: number;
  /** What is being worked on now ("Northmoor Primary School"). */
  current: string | null;
  failures: ProgressFailure[];
  finished: boolean;
  cancelled: boolean;
}

export const startProgress = (total: number): ProgressState => ({ done: 0, total, current: null, failures: [], finished: false, cancelled: false });

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  current: { minHeight: '20px', color: tokens.colorNeutralForeground2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  failures: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL, maxHeight: '220px', overflowY: 'auto' },
});

/** "12 of 40: Northmoor Primary School", a bar, Cancel; then what worked, what failed and why. */
export function ProgressDialog(props: {
  open: boolean;
  title: string;
  state: ProgressState;
  /** "tools issued", for "38 of 40 tools issued". */
  doneWord: string;
  onCancel: () => void;
  onClose: () => void;
  /** Shown when finished, e.g. an Open folder button or a note. */
  result?: ReactNode;
}) {
  const styles = useStyles();
  const { state } = props;
  const succeeded = state.done - state.failures.length;
  const value = state.total ? state.done / state.total : 0;
  return (
    <Dialog open={props.open} modalType="alert">
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent className={styles.content}>
            <Field
              label={`${state.done} of ${state.total}`}
              validationState={state.failures.length ? 'warning' : 'none'}
              validationMessage={state.failures.length ? `${state.failures.length} failed so far` : undefined}
            >
              <ProgressBar value={value} thickness="large" aria-label={`${state.done} of ${state.total} done`} />
            </Field>
            {!state.finished && <div className={styles.current} role="status">{state.current ? `Working on ${state.current}…` : 'Starting…'}</div>}
            {state.finished && (
              <div role="status" data-testid="progress-summary">
                {state.cancelled ? 'Stopped. ' : 'Finished. '}
                {succeeded} of {state.total} {props.doneWord}.
              </div>
            )}
            {state.failures.length > 0 && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>These did not work; the rest carried on.</MessageBarTitle>
                  <ul className={styles.failures} aria-label="Failures">
                    {state.failures.map((f, i) => (
                      <li key={i}>
                        <strong>{f.name}</strong>: {f.message}
                      </li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
            {state.finished && props.result}
          </DialogContent>
          <DialogActions>
            {state.finished ? (
              <Button appearance="primary" onClick={props.onClose}>
                Close
              </Button>
            ) : (
              <Button onClick={props.onCancel} disabled={state.cancelled}>
                {state.cancelled ? 'Stopping…' : 'Cancel'}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

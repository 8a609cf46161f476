import { Button, DialogActions } from '@fluentui/react-components';
import { Mail20Regular } from '@fluentui/react-icons';

export interface EmlActionsProps {
  count: number;
  busy: boolean;
  /** "Creating…". */
  busyLabel: string;
  /** Done already, or nothing to send. */
  disabled: boolean;
  onCreate: () => void;
  mailto?: { disabled: boolean; onClick: () => void };
  onClose: () => void;
}

/** The email dialogs' footer: Create N Outlook drafts, optionally Use mailto links, and Close (not while busy). */
export function EmlActions(props: EmlActionsProps) {
  return (
    <DialogActions>
      <Button appearance="primary" icon={<Mail20Regular />} disabled={props.busy || !props.count || props.disabled} onClick={props.onCreate}>
        {props.busy ? props.busyLabel : `Create ${props.count} Outlook ${props.count === 1 ? 'draft' : 'drafts'}`}
      </Button>
      {props.mailto && (
        <Button disabled={props.busy || !props.count || props.mailto.disabled} onClick={props.mailto.onClick}>
          Use mailto links
        </Button>
      )}
      <Button onClick={props.onClose} disabled={props.busy}>
        Close
      </Button>
    </DialogActions>
  );
}

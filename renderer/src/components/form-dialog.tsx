import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * A dialog that is one form: Enter submits, the primary button shows progress, and it cannot be closed while
 * saving. Validation is the form's own (noValidate), shown next to the fields.
 */
export function FormDialog(props: {
  open: boolean;
  busy: boolean;
  onClose: () => void;
  onSubmit: () => Promise<void> | void;
  title: ReactNode;
  submitLabel: string;
  /** "Saving…", "Creating…". */
  busyLabel: string;
  surfaceClassName?: string;
  contentClassName?: string;
  children: ReactNode;
}) {
  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && !props.busy && props.onClose()}>
      <DialogSurface className={props.surfaceClassName} aria-describedby={undefined}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void props.onSubmit();
          }}
        >
          <DialogBody>
            <DialogTitle>{props.title}</DialogTitle>
            <DialogContent className={props.contentClassName}>{props.children}</DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={props.busy}>
                {props.busy ? props.busyLabel : props.submitLabel}
              </Button>
              <Button onClick={props.onClose} disabled={props.busy}>
                Cancel
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

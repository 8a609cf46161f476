import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL } });

/** A small dialog of choices (who, which format) ending in one action and Cancel: issue tools, write letters, make an extract. */
export function ChoiceDialog(props: {
  open: boolean;
  onClose: () => void;
  title: string;
  /** "Issue 12 tools". */
  actionLabel: string;
  actionDisabled: boolean;
  onAction: () => void;
  contentClassName?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && props.onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent className={props.contentClassName ?? styles.content}>{props.children}</DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={props.actionDisabled} onClick={props.onAction}>
              {props.actionLabel}
            </Button>
            <Button onClick={props.onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

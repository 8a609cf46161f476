import { Dialog, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { EmlActions, type EmlActionsProps } from './eml-actions';

const useStyles = makeStyles({
  surface: { width: 'min(980px, 94vw)', maxWidth: 'none' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxHeight: '70vh', overflowY: 'auto' },
});

/** Chasers and requests for updates: who to email, each draft previewed, then .eml drafts (or mailto links); not closed while busy. */
export function EmailDraftsDialog(props: { open: boolean; title: string; children: ReactNode; actions: EmlActionsProps }) {
  const styles = useStyles();
  const { busy, onClose } = props.actions;
  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && !busy && onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent className={styles.content}>{props.children}</DialogContent>
          <EmlActions {...props.actions} />
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

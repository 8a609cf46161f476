import { Dialog, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ImportActions } from './import-actions';

const useStyles = makeStyles({
  surface: { width: 'min(1180px, 94vw)', maxWidth: 'none', height: 'min(860px, 92vh)' },
  body: { height: '100%', gridTemplateRows: 'auto 1fr auto' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minHeight: 0, overflowY: 'auto', '& > *': { flexShrink: 0 } },
  intro: { margin: 0 },
});

/** The spreadsheet imports' dialog: a tall surface whose middle scrolls, an intro, and the Import/Cancel footer. */
export function ImportFrame(props: {
  open: boolean;
  /** The flow is previewing or importing: the dialog cannot be closed. */
  busy: boolean;
  onClose: () => void;
  title: string;
  intro: ReactNode;
  children: ReactNode;
  blockedReason: string | null;
  canImport: boolean;
  importing: boolean;
  onImport: () => void;
}) {
  const styles = useStyles();
  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && !props.busy && props.onClose()} modalType="modal">
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody className={styles.body}>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent className={styles.content}>
            <p className={styles.intro}>{props.intro}</p>
            {props.children}
          </DialogContent>
          <ImportActions blockedReason={props.blockedReason} canImport={props.canImport} importing={props.importing} onImport={props.onImport} onCancel={props.onClose} />
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

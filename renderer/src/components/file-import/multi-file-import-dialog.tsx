import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentAdd20Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { MultiFileImport } from './use-multi-file-import';

const useStyles = makeStyles({
  surface: { width: 'min(1100px, 94vw)', maxWidth: 'none' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxHeight: '70vh', overflowY: 'auto' },
  bar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  intro: { margin: 0 },
  why: { marginRight: 'auto', alignSelf: 'center', color: tokens.colorNeutralForeground2 },
});

/** The frame of a multi-file returns import: Add files, the files table, progress, and "N ready to import" with Import/Stop/Close. */
export function MultiFileImportDialog<P>(props: {
  open: boolean;
  onClose: () => void;
  title: string;
  intro: ReactNode;
  /** The footer summary's test id. */
  summaryTestId: string;
  flow: MultiFileImport<P>;
  /** The files table, given the flow's entries. */
  children: ReactNode;
}) {
  const styles = useStyles();
  const { entries, running, good, checking, bad } = props.flow;
  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && !running && props.onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent className={styles.content}>
            <p className={styles.intro}>{props.intro}</p>
            <div className={styles.bar}>
              <Button icon={<DocumentAdd20Regular />} onClick={() => void props.flow.addFiles()} disabled={running !== null}>
                {entries.length ? 'Add more files…' : 'Add files…'}
              </Button>
              {checking > 0 && <span role="status">{`Checking ${checking} ${checking === 1 ? 'file' : 'files'}…`}</span>}
            </div>
            {props.children}
            {running && (
              <Field label={`Importing ${running.done} of ${running.total}${running.current ? `: ${running.current}` : ''}`}>
                <ProgressBar value={running.total ? running.done / running.total : 0} thickness="large" />
              </Field>
            )}
          </DialogContent>
          <DialogActions fluid>
            <span className={styles.why} data-testid={props.summaryTestId}>
              {entries.length ? `${good.length} ready to import${bad ? `, ${bad} with problems (not imported)` : ''}.` : ''}
            </span>
            {running ? (
              <Button onClick={props.flow.stop}>Stop</Button>
            ) : (
              <Button appearance="primary" disabled={!good.length || checking > 0} onClick={() => void props.flow.importGood()}>
                Import {good.length} {good.length === 1 ? 'return' : 'returns'}
              </Button>
            )}
            <Button onClick={props.onClose} disabled={running !== null}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

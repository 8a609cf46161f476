import { Button, DialogActions, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  why: { color: tokens.colorPaletteRedForeground1, marginRight: 'auto', alignSelf: 'center' },
});

/** The import dialogs' footer: why Import is disabled (when it is), Import, Cancel. */
export function ImportActions(props: { blockedReason: string | null; canImport: boolean; importing: boolean; onImport: () => void; onCancel: () => void }) {
  const styles = useStyles();
  return (
    <DialogActions fluid>
      {props.blockedReason && (
        <span className={styles.why} data-testid="import-blocked-reason">
          {props.blockedReason}
        </span>
      )}
      <Button appearance="primary" disabled={!props.canImport} onClick={props.onImport}>
        {props.importing ? 'Importing…' : 'Import'}
      </Button>
      <Button onClick={props.onCancel} disabled={props.importing}>
        Cancel
      </Button>
    </DialogActions>
  );
}

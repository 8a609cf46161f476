import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Save20Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

const useStyles = makeStyles({ dirty: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold } });

/** An audit tab's "● Unsaved changes" note and its Save button, enabled only when there is something to save. */
export function SaveBar(props: {
  dirty: boolean;
  saving: boolean;
  /** "Save findings". */
  label: string;
  onSave: () => Promise<void> | void;
  /** Shows "Saving…" on the button while saving. */
  showSaving?: boolean;
  /** Buttons between the note and Save (e.g. Add recommendation). */
  middle?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <>
      {props.dirty && (
        <span className={styles.dirty} role="status">
          ● Unsaved changes
        </span>
      )}
      {props.middle}
      <Button appearance="primary" icon={<Save20Regular />} disabled={!props.dirty || props.saving} onClick={() => void props.onSave()}>
        {props.saving && props.showSaving !== false ? 'Saving…' : props.label}
      </Button>
    </>
  );
}

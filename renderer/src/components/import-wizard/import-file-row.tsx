import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentArrowUp20Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { ImportPreview } from '../../../../shared/domain/imports';
import type { PickedFile } from '../../../../shared/host';

const useStyles = makeStyles({ fileRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' } });

/** Choose file…, the file's name and sheet, and a spinner while the backend checks it. */
export function ImportFileRow(props: {
  file: PickedFile | null;
  preview: ImportPreview | null;
  busy: 'preview' | 'import' | null;
  onChoose: () => void;
  /** Beyond the flow being busy (e.g. fields to fill in first). */
  disabled?: boolean;
  /** Said beside the button, e.g. why it is disabled. */
  note?: ReactNode;
  showSheet?: boolean;
}) {
  const styles = useStyles();
  return (
    <div className={styles.fileRow}>
      <Button icon={<DocumentArrowUp20Regular />} onClick={props.onChoose} disabled={props.disabled || props.busy !== null}>
        {props.file ? 'Choose a different file…' : 'Choose file…'}
      </Button>
      {props.note}
      {props.file && <strong data-testid="import-file-name">{props.file.fileName}</strong>}
      {props.showSheet !== false && props.preview?.sheetName && <span>sheet “{props.preview.sheetName}”</span>}
      {props.busy === 'preview' && <Spinner size="tiny" label="Checking the file…" labelPosition="after" />}
    </div>
  );
}

import { Badge, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ApiErrorDetail } from '../../../../shared/result';
import type { ColumnMapping, ImportPreview } from '../../../../shared/domain/imports';
import { ErrorList } from '../error-list';
import { ColumnMappingEditor } from './column-mapping';
import { ImportPreviewGrid } from './import-preview-grid';

const useStyles = makeStyles({
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  section: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  gridBox: { display: 'flex', flexDirection: 'column', flexShrink: 0 },
});

/** A checked file: row counts, problems with the file, the column mapping, row errors and the rows themselves. */
export function ImportChecked(props: {
  preview: ImportPreview;
  issues: ApiErrorDetail[];
  busy: boolean;
  onRemap: (mapping: ColumnMapping) => void;
  gridId: string;
  gridHeight: number;
  /** Badge words: "new" / "new actions", "to update" / "updates". */
  words: { new: string; update: string };
  /** "Columns" and "Preview" headings over the mapping and the rows. */
  headings?: boolean;
}) {
  const styles = useStyles();
  const { preview } = props;
  return (
    <>
      <div className={styles.counts} aria-label="Summary of rows">
        <Badge appearance="outline">{preview.counts.total} rows</Badge>
        <Badge appearance="tint" color="success">{preview.counts.new} {props.words.new}</Badge>
        <Badge appearance="tint" color="brand">{preview.counts.update} {props.words.update}</Badge>
        <Badge appearance="tint" color="warning">{preview.counts.duplicateInFile} duplicate in file</Badge>
        <Badge appearance="tint" color="danger">{preview.counts.error} with errors</Badge>
      </div>
      {preview.fileIssues.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Problems with the file</MessageBarTitle>
            <ErrorList details={preview.fileIssues.map((message) => ({ message }))} aria-label="Problems with the file" />
          </MessageBarBody>
        </MessageBar>
      )}
      {props.headings && <h3 className={styles.section}>Columns</h3>}
      <ColumnMappingEditor fields={preview.fields} headers={preview.headers} mapping={preview.mapping} disabled={props.busy} onChange={props.onRemap} />
      {props.issues.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Rows with errors</MessageBarTitle>
            <ErrorList details={props.issues} aria-label="Row errors" />
          </MessageBarBody>
        </MessageBar>
      )}
      {props.headings && <h3 className={styles.section}>Preview</h3>}
      <div className={styles.gridBox} style={{ height: props.gridHeight }}>
        <ImportPreviewGrid preview={preview} gridId={props.gridId} />
      </div>
    </>
  );
}

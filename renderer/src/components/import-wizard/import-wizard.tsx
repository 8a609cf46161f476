import {
  Badge,
  Button,
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DocumentArrowUp20Regular } from '@fluentui/react-icons';
import { useNotify } from '../../app/notify';
import { useApi } from '../../host/services-context';
import { ErrorList } from '../error-list';
import { ColumnMappingEditor } from './column-mapping';
import { ImportPreviewGrid } from './import-preview-grid';
import { ImportErrorBar } from './import-error-bar';
import { useImportFlow } from './use-import-flow';
import { ImportActions } from './import-actions';

export type ImportKind = 'agencies' | 'contacts';

const useStyles = makeStyles({
  surface: { width: 'min(1180px, 94vw)', maxWidth: 'none', height: 'min(860px, 92vh)' },
  body: { height: '100%', gridTemplateRows: 'auto 1fr auto' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minHeight: 0, overflowY: 'auto', '& > *': { flexShrink: 0 } },
  fileRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  section: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  gridBox: { height: '300px', display: 'flex', flexDirection: 'column', flexShrink: 0 },
  intro: { margin: 0 },
});

/** Pick a file → check it (mapping and preview) → import. Agencies and contacts share it. */
export function ImportWizard(props: { kind: ImportKind; open: boolean; onClose: () => void; onImported: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const noun = props.kind === 'agencies' ? 'agencies' : 'contacts';
  const { file, preview, error, busy, choose, commit, remap, issues } = useImportFlow({
    open: props.open,
    title: `Import ${noun}`,
    preview: (f, mapping) => {
      const input = { fileName: f.fileName, contentBase64: f.contentBase64, ...(mapping ? { mapping } : {}) };
      return props.kind === 'agencies' ? api.call('agencies.importPreview', input) : api.call('contacts.importPreview', input);
    },
    commit: async (f, mapping) => {
      const input = { fileName: f.fileName, contentBase64: f.contentBase64, mapping };
      const r = props.kind === 'agencies' ? await api.call('agencies.importCommit', input) : await api.call('contacts.importCommit', input);
      notify.success(`Imported: ${r.created} new, ${r.updated} updated${r.skipped ? `, ${r.skipped} skipped` : ''}`);
      props.onImported();
      props.onClose();
    },
  });

  const errorRows = preview?.counts.error ?? 0;
  const blockers: string[] = [];
  if (preview) {
    if (preview.fileIssues.length) blockers.push('Fix the problems with the file first.');
    if (errorRows) blockers.push(`${errorRows} ${errorRows === 1 ? 'row has' : 'rows have'} errors. Correct the file and choose it again, or change the column mapping.`);
    if (!preview.fileIssues.length && !errorRows && preview.counts.new + preview.counts.update === 0) blockers.push('There is nothing new to import.');
  }
  const canImport = Boolean(preview) && blockers.length === 0 && busy === null;

  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && busy === null && props.onClose()} modalType="modal">
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody className={styles.body}>
          <DialogTitle>Import {noun}</DialogTitle>
          <DialogContent className={styles.content}>
            <p className={styles.intro}>
              Choose a CSV file or an Excel workbook with one {props.kind === 'agencies' ? 'agency' : 'contact'} per row and headings in the first
              row. Nothing is changed until you select Import.
            </p>
            <div className={styles.fileRow}>
              <Button icon={<DocumentArrowUp20Regular />} onClick={choose} disabled={busy !== null}>
                {file ? 'Choose a different file…' : 'Choose file…'}
              </Button>
              {file && <strong data-testid="import-file-name">{file.fileName}</strong>}
              {preview?.sheetName && <span>sheet “{preview.sheetName}”</span>}
              {busy === 'preview' && <Spinner size="tiny" label="Checking the file…" labelPosition="after" />}
            </div>
            <ImportErrorBar error={error} />
            {preview && (
              <>
                <div className={styles.counts} aria-label="Summary of rows">
                  <Badge appearance="outline">{preview.counts.total} rows</Badge>
                  <Badge appearance="tint" color="success">{preview.counts.new} new</Badge>
                  <Badge appearance="tint" color="brand">{preview.counts.update} to update</Badge>
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
                <h3 className={styles.section}>Columns</h3>
                <ColumnMappingEditor
                  fields={preview.fields}
                  headers={preview.headers}
                  mapping={preview.mapping}
                  disabled={busy !== null}
                  onChange={(m) => void remap(m)}
                />
                {issues.length > 0 && (
                  <MessageBar intent="error" layout="multiline">
                    <MessageBarBody>
                      <MessageBarTitle>Rows with errors</MessageBarTitle>
                      <ErrorList details={issues} aria-label="Row errors" />
                    </MessageBarBody>
                  </MessageBar>
                )}
                <h3 className={styles.section}>Preview</h3>
                <div className={styles.gridBox}>
                  <ImportPreviewGrid preview={preview} gridId={`import-${props.kind}`} />
                </div>
              </>
            )}
          </DialogContent>
          <ImportActions
            blockedReason={blockers.length ? blockers.join(' ') : null}
            canImport={canImport}
            importing={busy === 'import'}
            onImport={() => void commit()}
            onCancel={props.onClose}
          />
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

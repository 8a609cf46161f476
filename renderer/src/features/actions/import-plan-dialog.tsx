import { Badge, Button, Dialog, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentArrowUp20Regular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { ColumnMapping } from '../../../../shared/domain/imports';
import type { PickedFile } from '../../../../shared/host';
import { useNotify } from '../../app/notify';
import { ErrorList } from '../../components/error-list';
import { ColumnMappingEditor } from '../../components/import-wizard/column-mapping';
import { ImportActions } from '../../components/import-wizard/import-actions';
import { ImportErrorBar } from '../../components/import-wizard/import-error-bar';
import { ImportPreviewGrid } from '../../components/import-wizard/import-preview-grid';
import { useImportFlow } from '../../components/import-wizard/use-import-flow';
import { useApi } from '../../host/services-context';
import { refreshActions } from './action-query';
import { RecordPicker } from './record-picker';
import type { ActionLookups } from './use-action-lookups';

const useStyles = makeStyles({
  surface: { width: 'min(1180px, 94vw)', maxWidth: 'none', height: 'min(860px, 92vh)' },
  body: { height: '100%', gridTemplateRows: 'auto 1fr auto' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minHeight: 0, overflowY: 'auto', '& > *': { flexShrink: 0 } },
  fields: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  fileRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  gridBox: { height: '280px', display: 'flex', flexDirection: 'column' },
  intro: { margin: 0 },
});

/**
 * An action plan as a workbook (an agency's own plan sent back, or the exported tracker filled in): rows
 * without a reference become new actions, rows with one add progress updates. All or nothing.
 */
export function ImportPlanDialog(props: { open: boolean; lookups: ActionLookups; presetAgencyId: number | null; onClose: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const [meta, setMeta] = useState<{ agencyId: number | null; cycleId: number | null }>({ agencyId: null, cycleId: null });
  const metaRef = useRef(meta);
  metaRef.current = meta;
  useEffect(() => {
    if (props.open) setMeta({ agencyId: props.presetAgencyId, cycleId: null });
  }, [props.open, props.presetAgencyId]);

  const input = (f: PickedFile, mapping?: ColumnMapping) => ({
    fileName: f.fileName,
    contentBase64: f.contentBase64,
    ...(metaRef.current.agencyId ? { agencyId: metaRef.current.agencyId } : {}),
    ...(metaRef.current.cycleId ? { cycleId: metaRef.current.cycleId } : {}),
    ...(mapping ? { mapping } : {}),
  });
  const { file, preview, error, busy, choose, commit, remap, issues } = useImportFlow({
    open: props.open,
    title: 'Import an action plan',
    preview: (f, mapping) => api.call('actions.importPreview', input(f, mapping)),
    commit: async (f, mapping) => {
      const r = await api.call('actions.importCommit', input(f, mapping));
      notify.success(`${r.created} new ${r.created === 1 ? 'action' : 'actions'}, ${r.updated} ${r.updated === 1 ? 'update' : 'updates'} recorded${r.skipped ? `, ${r.skipped} rows skipped` : ''}.`, 'Action plan imported');
      refreshActions();
      props.onClose();
    },
  });
  // A different agency or cycle changes what the rows mean: check the file again.
  const mappingRef = useRef(preview?.mapping);
  mappingRef.current = preview?.mapping;
  const metaKey = `${meta.agencyId}:${meta.cycleId}`;
  useEffect(() => {
    if (file) void remap(mappingRef.current as ColumnMapping); // none yet: the backend guesses the columns again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [metaKey]);

  const blocked = !preview
    ? null
    : preview.fileIssues.length
      ? 'Fix the problems with the file first.'
      : preview.counts.error
        ? `${preview.counts.error} ${preview.counts.error === 1 ? 'row has' : 'rows have'} errors. Correct the file and choose it again.`
        : preview.counts.new + preview.counts.update === 0
          ? 'There is nothing to import.'
          : null;

  return (
    <Dialog open={props.open} onOpenChange={(_, d) => !d.open && busy === null && props.onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody className={styles.body}>
          <DialogTitle>Import an action plan</DialogTitle>
          <DialogContent className={styles.content}>
            <p className={styles.intro}>
              Choose a workbook with one action per row (the layout is in docs/formats.md; the exported tracker works too). Rows with a reference such as A-0042
              add a progress update to that action; rows without one become new actions. Nothing is saved unless every row is right.
            </p>
            <div className={styles.fields}>
              <Field label="Agency" hint="For an agency’s own plan: rows that name no agency are theirs">
                <RecordPicker label="Agency" options={props.lookups.agencyOptions} value={meta.agencyId} placeholder="Named in each row" onChange={(agencyId) => setMeta({ ...meta, agencyId })} />
              </Field>
              <Field label="Cycle" hint="The cycle new actions belong to">
                <Select value={meta.cycleId ? String(meta.cycleId) : ''} onChange={(_, d) => setMeta({ ...meta, cycleId: d.value ? Number(d.value) : null })}>
                  <option value="">Not tied to a cycle</option>
                  {props.lookups.cycles.map((c) => (
                    <option key={c.id} value={String(c.id)}>
                      {c.name}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
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
                  <Badge appearance="tint" color="success">{preview.counts.new} new actions</Badge>
                  <Badge appearance="tint" color="brand">{preview.counts.update} updates</Badge>
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
                <ColumnMappingEditor fields={preview.fields} headers={preview.headers} mapping={preview.mapping} disabled={busy !== null} onChange={(m) => void remap(m)} />
                {issues.length > 0 && (
                  <MessageBar intent="error" layout="multiline">
                    <MessageBarBody>
                      <MessageBarTitle>Rows with errors</MessageBarTitle>
                      <ErrorList details={issues} aria-label="Row errors" />
                    </MessageBarBody>
                  </MessageBar>
                )}
                <div className={styles.gridBox}>
                  <ImportPreviewGrid preview={preview} gridId="import-actions" />
                </div>
              </>
            )}
          </DialogContent>
          <ImportActions blockedReason={blocked} canImport={Boolean(preview) && !blocked && busy === null} importing={busy === 'import'} onImport={() => void commit()} onCancel={props.onClose} />
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

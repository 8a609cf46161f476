import { Field, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { ColumnMapping } from '../../../../shared/domain/imports';
import type { PickedFile } from '../../../../shared/host';
import { useNotify } from '../../app/notify';
import { ImportChecked } from '../../components/import-wizard/import-checked';
import { ImportErrorBar } from '../../components/import-wizard/import-error-bar';
import { ImportFileRow } from '../../components/import-wizard/import-file-row';
import { ImportFrame } from '../../components/import-wizard/import-frame';
import { useImportFlow } from '../../components/import-wizard/use-import-flow';
import { useApi } from '../../host/services-context';
import { refreshActions } from './action-query';
import { RecordPicker } from './record-picker';
import type { ActionLookups } from './use-action-lookups';
import { IdSelect } from '../../components/id-select';

const useStyles = makeStyles({
  fields: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
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
    <ImportFrame
      open={props.open}
      busy={busy !== null}
      onClose={props.onClose}
      title="Import an action plan"
      intro={
        <>
          Choose a workbook with one action per row (the layout is in docs/formats.md; the exported tracker works too). Rows with a reference such as A-0042 add a progress
          update to that action; rows without one become new actions. Nothing is saved unless every row is right.
        </>
      }
      blockedReason={blocked}
      canImport={Boolean(preview) && !blocked && busy === null}
      importing={busy === 'import'}
      onImport={() => void commit()}
    >
      <div className={styles.fields}>
        <Field label="Agency" hint="For an agency’s own plan: rows that name no agency are theirs">
          <RecordPicker label="Agency" options={props.lookups.agencyOptions} value={meta.agencyId} placeholder="Named in each row" onChange={(agencyId) => setMeta({ ...meta, agencyId })} />
        </Field>
        <Field label="Cycle" hint="The cycle new actions belong to">
          <IdSelect items={props.lookups.cycles} value={meta.cycleId} emptyLabel="Not tied to a cycle" onChange={(cycleId) => setMeta({ ...meta, cycleId })} />
        </Field>
      </div>
      <ImportFileRow file={file} preview={preview} busy={busy} onChoose={choose} />
      <ImportErrorBar error={error} />
      {preview && (
        <ImportChecked
          preview={preview}
          issues={issues}
          busy={busy !== null}
          onRemap={(m) => void remap(m)}
          gridId="import-actions"
          gridHeight={280}
          words={{ new: 'new actions', update: 'updates' }}
        />
      )}
    </ImportFrame>
  );
}

import { Badge, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { CYCLE_TYPES, CYCLE_TYPE_LABELS, type CycleType } from '../../../../shared/domain/cycle';
import type { ColumnMapping } from '../../../../shared/domain/imports';
import type { PickedFile } from '../../../../shared/host';
import { useNotify } from '../../app/notify';
import { navigate } from '../../app/router';
import { ErrorList } from '../../components/error-list';
import { ColumnMappingEditor } from '../../components/import-wizard/column-mapping';
import { ImportPreviewGrid } from '../../components/import-wizard/import-preview-grid';
import { invalidate, useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { ImportErrorBar } from '../../components/import-wizard/import-error-bar';
import { useImportFlow } from '../../components/import-wizard/use-import-flow';
import { ImportFileRow } from '../../components/import-wizard/import-file-row';
import { ImportFrame } from '../../components/import-wizard/import-frame';

const useStyles = makeStyles({
  fields: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start', '& > *': { minWidth: 0 } },
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  gridBox: { height: '280px', display: 'flex', flexDirection: 'column' },
});

/** A past cycle's results from a spreadsheet (agency, standard or item, self and moderated rating, date), so comparisons work at once. */
export function ImportHistoryDialog(props: { open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const frameworks = useApiData(() => api.call('frameworks.list'), [api], ['frameworks']);
  const [meta, setMeta] = useState({ frameworkId: '', name: '', cycleType: 's11' as CycleType, periodLabel: '' });
  const metaOk = Number(meta.frameworkId) > 0 && meta.name.trim() !== '' && meta.periodLabel.trim() !== '';
  const input = (f: PickedFile, mapping?: ColumnMapping) => ({
    fileName: f.fileName,
    contentBase64: f.contentBase64,
    frameworkId: Number(meta.frameworkId),
    name: meta.name,
    cycleType: meta.cycleType,
    periodLabel: meta.periodLabel,
    ...(mapping ? { mapping } : {}),
  });
  const { file, preview, error, busy, choose, commit, remap, issues } = useImportFlow({
    open: props.open,
    title: 'Import past results',
    preview: (f, mapping) => api.call('cycles.importHistoryPreview', input(f, mapping)),
    commit: async (f, mapping) => {
      const cycle = await api.call('cycles.importHistoryCommit', input(f, mapping));
      notify.success(`${cycle.name}: results for ${cycle.inScope} ${cycle.inScope === 1 ? 'agency' : 'agencies'} imported.`, 'Past results imported');
      invalidate('cycles', 'home');
      props.onClose();
      navigate(`/cycles/${cycle.id}`);
    },
  });

  const blocked = !preview ? null : preview.fileIssues.length ? 'Fix the problems with the file first.' : preview.counts.error ? `${preview.counts.error} rows have errors.` : null;
  const published = (frameworks.data ?? []).filter((f) => f.status === 'published');

  return (
    <ImportFrame
      open={props.open}
      busy={busy !== null}
      onClose={props.onClose}
      title="Import past results"
      intro={
        <>
          Bring in an earlier cycle from a spreadsheet with one row per agency and standard or item: agency, standard or item number, self-rating, moderated rating and date.
          It is kept as a past cycle, so this year’s results can be compared with it.
        </>
      }
      blockedReason={blocked}
      canImport={Boolean(preview) && !blocked && busy === null && metaOk}
      importing={busy === 'import'}
      onImport={() => void commit()}
    >
      <div className={styles.fields}>
        <Field label="Framework version it used" required>
          <Select style={{ width: '100%', minWidth: 0 }} select={{ style: { width: '100%', minWidth: 0 } }} value={meta.frameworkId} onChange={(_, d) => setMeta({ ...meta, frameworkId: d.value })}>
            <option value="">— choose —</option>
            {published.map((f) => (
              <option key={f.id} value={f.id}>{`${f.name} (${f.versionLabel})`}</option>
            ))}
          </Select>
        </Field>
        <Field label="Name" required>
          <Input value={meta.name} placeholder="S.11 Self-Assessment Audit 2022" onChange={(_, d) => setMeta({ ...meta, name: d.value })} />
        </Field>
        <Field label="Type of audit" required>
          <Select value={meta.cycleType} onChange={(_, d) => setMeta({ ...meta, cycleType: d.value as CycleType })}>
            {CYCLE_TYPES.map((t) => (
              <option key={t} value={t}>{CYCLE_TYPE_LABELS[t]}</option>
            ))}
          </Select>
        </Field>
        <Field label="Period" required hint="For example 2022/23">
          <Input value={meta.periodLabel} onChange={(_, d) => setMeta({ ...meta, periodLabel: d.value })} />
        </Field>
      </div>
      <ImportFileRow
        file={file}
        preview={preview}
        busy={busy}
        onChoose={choose}
        disabled={!metaOk}
        showSheet={false}
        note={!metaOk && <span>Fill in the framework, name and period first.</span>}
      />
      <ImportErrorBar error={error} />
      {preview && (
        <>
          <div className={styles.counts} aria-label="Summary of rows">
            <Badge appearance="outline">{preview.counts.total} rows</Badge>
            <Badge appearance="tint" color="danger">{preview.counts.error} with errors</Badge>
          </div>
          {preview.fileIssues.length > 0 && <ErrorList details={preview.fileIssues.map((message) => ({ message }))} aria-label="Problems with the file" />}
          <ColumnMappingEditor fields={preview.fields} headers={preview.headers} mapping={preview.mapping} disabled={busy !== null} onChange={(m) => void remap(m)} />
          {issues.length > 0 && <ErrorList details={issues} aria-label="Row errors" />}
          <div className={styles.gridBox}>
            <ImportPreviewGrid preview={preview} gridId="import-history" />
          </div>
        </>
      )}
    </ImportFrame>
  );
}

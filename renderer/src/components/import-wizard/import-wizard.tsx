import { useNotify } from '../../app/notify';
import { useApi } from '../../host/services-context';
import { ImportChecked } from './import-checked';
import { ImportErrorBar } from './import-error-bar';
import { ImportFileRow } from './import-file-row';
import { ImportFrame } from './import-frame';
import { useImportFlow } from './use-import-flow';

export type ImportKind = 'agencies' | 'contacts';

/** Pick a file → check it (mapping and preview) → import. Agencies and contacts share it. */
export function ImportWizard(props: { kind: ImportKind; open: boolean; onClose: () => void; onImported: () => void }) {
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
    <ImportFrame
      open={props.open}
      busy={busy !== null}
      onClose={props.onClose}
      title={`Import ${noun}`}
      intro={
        <>
          Choose a CSV file or an Excel workbook with one {props.kind === 'agencies' ? 'agency' : 'contact'} per row and headings in the first row. Nothing is changed until you
          select Import.
        </>
      }
      blockedReason={blockers.length ? blockers.join(' ') : null}
      canImport={canImport}
      importing={busy === 'import'}
      onImport={() => void commit()}
    >
      <ImportFileRow file={file} preview={preview} busy={busy} onChoose={choose} />
      <ImportErrorBar error={error} />
      {preview && (
        <ImportChecked
          preview={preview}
          issues={issues}
          busy={busy !== null}
          onRemap={(m) => void remap(m)}
          gridId={`import-${props.kind}`}
          gridHeight={300}
          words={{ new: 'new', update: 'to update' }}
          headings
        />
      )}
    </ImportFrame>
  );
}

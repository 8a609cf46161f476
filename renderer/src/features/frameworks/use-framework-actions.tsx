import { useState, type ReactNode } from 'react';
import type { FrameworkDetail, FrameworkSummary } from '../../../../shared/domain/framework';
import { useNotify } from '../../app/notify';
import { navigate } from '../../app/router';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { invalidate } from '../../components/use-api-data';
import { FILTERS, useFileActions } from '../../components/use-file-actions';
import { useApi } from '../../host/services-context';

type Asking = { kind: 'duplicate' | 'publish' | 'delete'; framework: FrameworkSummary } | null;

export const frameworkTitle = (f: Pick<FrameworkSummary, 'name' | 'versionLabel'>) => `${f.name} (${f.versionLabel})`;

/** Duplicate, publish, delete, export and import, with their questions; shared by the list and the editor. */
export function useFrameworkActions(options: { onChanged?: (f: FrameworkDetail | null) => void } = {}) {
  const api = useApi();
  const notify = useNotify();
  const { busy: fileBusy, saveGenerated, pickFile } = useFileActions();
  const [asking, setAsking] = useState<Asking>(null);
  const [busy, setBusy] = useState(false);

  const run = async <T,>(failure: string, call: () => Promise<T>): Promise<T | null> => {
    setBusy(true);
    try {
      return await call();
    } catch (err) {
      notify.error(err, failure);
      return null;
    } finally {
      setBusy(false);
      setAsking(null);
    }
  };

  const duplicate = async (f: FrameworkSummary, versionLabel: string) => {
    const copy = await run('Could not duplicate the framework', () => api.call('frameworks.duplicate', { id: f.id, versionLabel }));
    if (!copy) return;
    notify.success(`${frameworkTitle(copy)} is a new draft you can change.`, 'New version created');
    invalidate('frameworks', 'home');
    navigate(`/frameworks/${copy.id}`);
  };

  const publish = async (f: FrameworkSummary) => {
    const done = await run('Could not publish the framework', () => api.call('frameworks.publish', { id: f.id }));
    if (!done) return;
    notify.success(`${frameworkTitle(done)} is published and can be used in cycles.`);
    invalidate('frameworks', 'home', `framework:${f.id}`);
    options.onChanged?.(done);
  };

  const remove = async (f: FrameworkSummary) => {
    const done = await run('Could not delete the draft', () => api.call('frameworks.deleteDraft', { id: f.id }));
    if (!done) return;
    notify.success(`${frameworkTitle(f)} has been deleted.`);
    invalidate('frameworks', 'home');
    options.onChanged?.(null);
  };

  const importFile = async () => {
    const file = await pickFile('Import a framework', [{ name: 'Framework (JSON or Excel)', extensions: ['json', 'xlsx'] }, FILTERS.json!, FILTERS.xlsx!]);
    if (!file) return;
    const input = { fileName: file.fileName, contentBase64: file.contentBase64 };
    const isXlsx = file.fileName.toLowerCase().endsWith('.xlsx');
    const created = await run(`Could not import ${file.fileName}`, () =>
      isXlsx ? api.call('frameworks.importXlsx', input) : api.call('frameworks.importJson', input),
    );
    if (!created) return;
    notify.success(`${frameworkTitle(created)} has been imported as a draft.`, 'Framework imported');
    invalidate('frameworks', 'home');
    navigate(`/frameworks/${created.id}`);
  };

  const exportAs = (f: FrameworkSummary, kind: 'json' | 'xlsx') =>
    kind === 'json'
      ? saveGenerated('Framework file', () => api.call('frameworks.exportJson', { id: f.id }))
      : saveGenerated('Framework workbook', () => api.call('frameworks.exportXlsx', { id: f.id }));

  const f = asking?.framework;
  const dialogs: ReactNode = (
    <>
      <ConfirmDialog
        open={asking?.kind === 'duplicate'}
        title={`Duplicate ${f ? frameworkTitle(f) : ''} as a new version`}
        confirmLabel="Create new version"
        busy={busy}
        prompt={{ label: 'Version label', required: true, initial: '', hint: 'For example 2026 draft or 2025/26.' }}
        onConfirm={(label) => f && duplicate(f, label)}
        onCancel={() => setAsking(null)}
      >
        The new version starts as a draft copy with all standards, items and the rating scale. The original is not changed.
      </ConfirmDialog>
      <ConfirmDialog
        open={asking?.kind === 'publish'}
        title={`Publish ${f ? frameworkTitle(f) : ''}?`}
        confirmLabel="Publish"
        busy={busy}
        onConfirm={() => f && publish(f)}
        onCancel={() => setAsking(null)}
      >
        A published version can be chosen for an audit cycle. Once a cycle uses it, it can no longer be changed.
      </ConfirmDialog>
      <ConfirmDialog
        open={asking?.kind === 'delete'}
        title={`Delete ${f ? frameworkTitle(f) : ''}?`}
        confirmLabel="Delete draft"
        busy={busy}
        onConfirm={() => f && remove(f)}
        onCancel={() => setAsking(null)}
      >
        The draft and all its standards and items are deleted. This cannot be undone.
      </ConfirmDialog>
    </>
  );

  return {
    busy: busy || fileBusy !== null,
    ask: (kind: NonNullable<Asking>['kind'], framework: FrameworkSummary) => setAsking({ kind, framework }),
    importFile,
    exportAs,
    dialogs,
  };
}

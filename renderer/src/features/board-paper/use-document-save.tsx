import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { ApiCallError } from '../../../../shared/api/client';
import type { GeneratedReport } from '../../../../shared/domain/report';
import type { GeneratedFile } from '../../../../shared/domain/settings';
import { useNotify } from '../../app/notify';
import { filtersFor } from '../../host/file-flows';
import { useHost } from '../../host/services-context';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

type Outcome =
  | { kind: 'locked'; what: string; file: GeneratedFile; warnings: string[]; message: string }
  | { kind: 'saved'; what: string; fileName: string; path: string | null; warnings: string[] };

/**
 * Generates a document, then saves it where the user chooses (desktop: save dialog and an atomic write) or
 * downloads it (browser). A target open in Word is not an error toast that vanishes: it stays as a bar with
 * Retry, which offers the same document again, so nothing is generated twice and nothing half-written is left.
 */
export function useDocumentSave() {
  const host = useHost();
  const notify = useNotify();
  const styles = useStyles();
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const save = useCallback(
    async (what: string, file: GeneratedFile, warnings: string[]) => {
      try {
        const saved = await host.saveFile({ title: `Save ${what}`, suggestedName: file.fileName, contentBase64: file.contentBase64, filters: filtersFor(file.fileName) });
        if (!saved) return; // cancelled
        setOutcome({ kind: 'saved', what, fileName: file.fileName, path: saved.path ?? null, warnings });
      } catch (err) {
        if (err instanceof ApiCallError && err.code === 'file_locked') setOutcome({ kind: 'locked', what, file, warnings, message: err.message });
        else notify.error(err, `Could not save ${what}`);
      }
    },
    [host, notify],
  );

  const run = useCallback(
    async (what: string, make: () => Promise<GeneratedReport>) => {
      setBusy(what);
      setOutcome(null);
      try {
        const report = await make();
        await save(what, report.file, report.warnings);
      } catch (err) {
        notify.error(err, `Could not create ${what}`);
      } finally {
        setBusy(null);
      }
    },
    [notify, save],
  );

  const retry = async () => {
    if (outcome?.kind !== 'locked') return;
    setBusy(outcome.what);
    try {
      await save(outcome.what, outcome.file, outcome.warnings);
    } finally {
      setBusy(null);
    }
  };

  const bar = !outcome ? null : outcome.kind === 'locked' ? (
    <MessageBar intent="error" layout="multiline" data-testid="document-locked">
      <MessageBarBody>
        <MessageBarTitle>{outcome.file.fileName} was not saved: it is open in another program.</MessageBarTitle>
        {outcome.message} The file on disk was left as it was. When it is closed, choose Retry; the save dialog also lets you pick another name.
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={() => void retry()} disabled={busy !== null}>
          Retry
        </Button>
        <Button onClick={() => setOutcome(null)}>Dismiss</Button>
      </MessageBarActions>
    </MessageBar>
  ) : (
    <MessageBar intent={outcome.warnings.length ? 'warning' : 'success'} layout="multiline" data-testid="document-saved">
      <MessageBarBody>
        <MessageBarTitle>{outcome.path ? `Saved to ${outcome.path}` : `${outcome.fileName} has been downloaded.`}</MessageBarTitle>
        {outcome.warnings.length > 0 && (
          <>
            Check these before it is sent:
            <ul className={styles.list} aria-label={`Things to check in ${outcome.what}`}>
              {outcome.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </>
        )}
      </MessageBarBody>
      <MessageBarActions>
        {outcome.path && (
          <Button onClick={() => void host.openPath(outcome.path!).catch((e: unknown) => notify.error(e))}>Open in Word</Button>
        )}
        <Button onClick={() => setOutcome(null)}>Dismiss</Button>
      </MessageBarActions>
    </MessageBar>
  );

  return { busy, run, bar };
}

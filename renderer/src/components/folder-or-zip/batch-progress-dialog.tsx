import { Button } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useNotify } from '../../app/notify';
import { useHost } from '../../host/services-context';
import { ProgressDialog } from '../progress-dialog';
import type { BatchFiles } from './use-batch-files';

/** The batch's progress, then "Open folder" (desktop) or "…zip has been downloaded" (browser), and any extra notes. */
export function BatchProgressDialog(props: { batch: BatchFiles; title: string; doneWord: string; onClose: () => void; extra?: ReactNode }) {
  const host = useHost();
  const notify = useNotify();
  const { progress, result } = props.batch;
  if (!progress) return null;
  return (
    <ProgressDialog
      open
      title={props.title}
      state={progress}
      doneWord={props.doneWord}
      onCancel={props.batch.cancel}
      onClose={() => {
        props.batch.clear();
        props.onClose();
      }}
      result={
        <>
          {result?.folder ? (
            <Button onClick={() => void host.openPath(result.folder!).catch((e: unknown) => notify.error(e))}>Open folder</Button>
          ) : result?.zipName ? (
            <p>{result.zipName} has been downloaded.</p>
          ) : null}
          {props.extra}
        </>
      }
    />
  );
}

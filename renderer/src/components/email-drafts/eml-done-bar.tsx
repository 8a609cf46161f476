import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useNotify } from '../../app/notify';
import { useHost } from '../../host/services-context';

/** After the .eml drafts are written: how many, where they are (folder or zip), and who was left out and why. */
export function EmlDoneBar(props: {
  /** "3 email drafts created and recorded as chased." */
  lead: string;
  zipName: string | null;
  /** "Not chased: Northmoor: no email"; nothing when empty. */
  skippedWord?: string;
  skipped?: string[];
  folderPath?: string | null;
}) {
  const host = useHost();
  const notify = useNotify();
  const skipped = props.skipped ?? [];
  const folder = props.folderPath ?? null;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        {props.lead} {props.zipName ? `${props.zipName} has been downloaded: open each .eml file in Outlook to send it.` : 'Open each .eml file in Outlook to send it.'}
        {skipped.length > 0 && ` ${props.skippedWord}: ${skipped.join('; ')}.`}
      </MessageBarBody>
      {folder && (
        <Button size="small" onClick={() => void host.showInFolder(folder).catch((e: unknown) => notify.error(e))}>
          Open folder
        </Button>
      )}
    </MessageBar>
  );
}

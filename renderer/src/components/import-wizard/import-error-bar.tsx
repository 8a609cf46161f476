import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ApiCallError } from '../../../../shared/api/client';
import { errorMessage } from '../../app/notify';
import { ErrorList } from '../error-list';

/** Why a file could not be previewed or imported, with every file/row/field problem listed. */
export function ImportErrorBar(props: { error: unknown }) {
  if (props.error === null || props.error === undefined) return null;
  const apiError = props.error instanceof ApiCallError ? props.error : null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{apiError?.code === 'import_invalid' ? 'The file cannot be imported.' : 'Something went wrong.'}</MessageBarTitle>
        {errorMessage(props.error)}
        {apiError && apiError.details.length > 0 && <ErrorList details={apiError.details} />}
      </MessageBarBody>
    </MessageBar>
  );
}

import { makeStyles, tokens } from '@fluentui/react-components';
import type { ActionRequestDraft } from '../../../../shared/domain/action';
import { EmailDraftList } from '../../components/email-drafts/email-draft-list';
import { formatDate } from '../../components/format-date';

const useStyles = makeStyles({ small: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 } });

/** Each request as it will be sent (to, subject, the actions listed), or why it cannot be made. */
export function RequestPreview(props: { drafts: ActionRequestDraft[]; links: Map<number, string> }) {
  const styles = useStyles();
  return (
    <EmailDraftList
      label="Requests for updates"
      cardLabel={(d) => `Request to ${d.agencyName}`}
      drafts={props.drafts}
      keyOf={(d) => d.agencyId}
      problemPrefix="Skipped: "
      link={(d) => props.links.get(d.agencyId) ?? null}
      detail={(d) => (
        <span className={styles.small}>
          {d.actionIds.length} {d.actionIds.length === 1 ? 'action' : 'actions'}
          {d.lastRequestedAt ? ` · last asked ${formatDate(d.lastRequestedAt)}` : ' · not asked before'}
        </span>
      )}
    />
  );
}

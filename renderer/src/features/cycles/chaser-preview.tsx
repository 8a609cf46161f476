import type { ChaserDraft } from '../../../../shared/domain/cycle';
import { EmailDraftList } from '../../components/email-drafts/email-draft-list';

/** Each reminder as it will be sent: who to, subject and text; or why it cannot be made. */
export function ChaserPreview(props: { drafts: ChaserDraft[]; mailto: boolean; onMailto: (cycleAgencyId: number) => void }) {
  return (
    <EmailDraftList
      label="Chaser emails"
      cardLabel={(d) => `Chaser to ${d.agencyName}`}
      drafts={props.drafts}
      keyOf={(d) => d.cycleAgencyId}
      link={(d) => (props.mailto ? d.mailto : null)}
      onLink={(d) => props.onMailto(d.cycleAgencyId)}
    />
  );
}

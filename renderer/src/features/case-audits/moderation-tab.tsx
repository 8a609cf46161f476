import type { AuditTabProps } from './case-audit-page';
import { FindingsEditor } from './findings-editor';
import { ModerationMeetingCard } from './moderation-meeting-card';
import { RecommendationsEditor } from './recommendations-editor';

/** The moderation meeting, what it agreed, and the recommendations that become actions. */
export function ModerationTab(props: AuditTabProps) {
  return (
    <>
      <ModerationMeetingCard {...props} />
      <FindingsEditor {...props} />
      <RecommendationsEditor {...props} />
    </>
  );
}

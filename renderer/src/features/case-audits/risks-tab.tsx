import { Button } from '@fluentui/react-components';
import { Warning20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AuditTabProps } from './case-audit-page';
import { RaiseRiskDialog } from './raise-risk-dialog';
import { RiskCard } from './risk-card';
import { Section } from './section';

/** Every risk flag of the audit, open first and in red, each tracked to the agency's response, assurance and closing. */
export function RisksTab(props: AuditTabProps) {
  const { audit: a } = props;
  const [raising, setRaising] = useState(false);
  const open = a.risks.filter((f) => f.status !== 'closed').length;
  return (
    <>
      <Section
        title={`Risk flags (${open} open, ${a.risks.length - open} closed)`}
        intro="Concerns about immediate risk to a child, or unsafe practice, found during the audit: escalated to the agency for a response and assurance, and closed when assured."
        actions={
          <Button appearance="primary" icon={<Warning20Regular />} disabled={!a.cases.length} onClick={() => setRaising(true)}>
            Raise a risk flag…
          </Button>
        }
      >
        {!a.risks.length && <p style={{ margin: 0 }}>No risk flags have been raised in this audit.</p>}
      </Section>
      {a.risks.map((f) => (
        <RiskCard key={f.id} flag={f} />
      ))}
      <RaiseRiskDialog audit={a} open={raising} fromReturn={null} onClose={() => setRaising(false)} />
    </>
  );
}

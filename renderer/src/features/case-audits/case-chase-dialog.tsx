import { Field, MessageBar, MessageBarBody, Radio, RadioGroup } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CaseAuditChaserDraft, CaseAuditDetail, CaseReturnRow } from '../../../../shared/domain/case-audit';
import { EmailDraftList } from '../../components/email-drafts/email-draft-list';
import { EmailDraftsDialog } from '../../components/email-drafts/email-drafts-dialog';
import { EmlDoneBar } from '../../components/email-drafts/eml-done-bar';
import { useEmlDrafts } from '../../components/email-drafts/use-eml-drafts';
import { Loading } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { safeFileName } from '../../components/zip-files';
import { useApi } from '../../host/services-context';
import { refreshAudit } from './case-audit-keys';

type Who = 'overdue' | 'outstanding';
/** One reminder per agency listing its late or sent-back cases: previewed, then written as .eml drafts for Outlook and recorded. */
export function CaseChaseDialog(props: { audit: CaseAuditDetail; rows: CaseReturnRow[]; open: boolean; onClose: () => void }) {
  const api = useApi();
  const { audit, rows, open } = props;
  const [who, setWho] = useState<Who>('overdue');
  const eml = useEmlDrafts();
  const busy = eml.busy;
  const [done, setDone] = useState<{ lead: string; zipName: string | null } | null>(null);
  useEffect(() => {
    if (open) (setWho('overdue'), setDone(null));
  }, [open]);
  const outstanding = rows.filter((r) => r.status === 'issued' || r.status === 'sent_back').map((r) => r.id);
  const overdue = rows.filter((r) => r.overdue).length;
  const ids = who === 'outstanding' ? outstanding : undefined;
  const drafts = useApiData<CaseAuditChaserDraft[]>(
    () => (!open || (ids && !ids.length) ? Promise.resolve([]) : api.call('caseAudits.chaserDrafts', { auditId: audit.id, ...(ids ? { returnIds: ids } : {}) })),
    [api, audit.id, open, who, ids?.join(',')],
  );
  const list = drafts.data ?? [];
  const sendable = list.filter((d) => !d.problem);

  const create = () =>
    eml.create({
      make: (folder) => api.call('caseAudits.createChasers', { auditId: audit.id, returnIds: sendable.flatMap((d) => d.returnIds), method: 'eml', ...(folder ? { folder } : {}) }),
      zipName: `${safeFileName(audit.title)} chasers.zip`,
      onDone: (out, { zipName }) => {
        const lead = `${out.files.length} email ${out.files.length === 1 ? 'draft' : 'drafts'} created and ${out.recorded} ${out.recorded === 1 ? 'return' : 'returns'} recorded as chased.`;
        setDone({ lead, zipName });
        refreshAudit(audit.id);
      },
    });

  return (
    <EmailDraftsDialog
      open={open}
      title="Chase returns"
      actions={{
        count: sendable.length,
        busy,
        busyLabel: 'Creating…',
        disabled: done !== null,
        onCreate: () => void create(),
        onClose: props.onClose,
      }}
    >
      <Field label="Returns to chase">
        <RadioGroup layout="horizontal" value={who} onChange={(_, d) => setWho(d.value as Who)}>
          <Radio value="overdue" label={`Overdue (${overdue})`} />
          <Radio value="outstanding" label={`All outstanding: issued or sent back (${outstanding.length})`} />
        </RadioGroup>
      </Field>
      {drafts.loading && <Loading label="Writing the emails…" />}
      {!drafts.loading && !list.length && (
        <MessageBar intent="success">
          <MessageBarBody>Nothing to chase.</MessageBarBody>
        </MessageBar>
      )}
      {done && <EmlDoneBar lead={done.lead} zipName={done.zipName} />}
      <EmailDraftList label="Chaser emails" cardLabel={(d) => `Chaser to ${d.agencyName}`} drafts={list} keyOf={(d) => d.agencyId} />
    </EmailDraftsDialog>
  );
}

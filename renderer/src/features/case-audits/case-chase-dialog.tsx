import { Badge, Button, Card, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, MessageBar, MessageBarBody, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { Mail20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { CaseAuditChaserDraft, CaseAuditDetail, CaseReturnRow } from '../../../../shared/domain/case-audit';
import { useNotify } from '../../app/notify';
import { Loading } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { safeFileName, zipGeneratedFiles } from '../../components/zip-files';
import { useApi, useHost } from '../../host/services-context';
import { refreshAudit } from './case-audit-keys';

type Who = 'overdue' | 'outstanding';
const useStyles = makeStyles({
  surface: { width: 'min(900px, 94vw)', maxWidth: 'none' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxHeight: '70vh', overflowY: 'auto' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: { padding: tokens.spacingVerticalS },
  body: { whiteSpace: 'pre-wrap', fontFamily: 'inherit', fontSize: tokens.fontSizeBase200, margin: 0, maxHeight: '120px', overflowY: 'auto', backgroundColor: tokens.colorNeutralBackground2, padding: tokens.spacingHorizontalS },
  problem: { color: tokens.colorPaletteRedForeground1, margin: 0 },
});

/** One reminder per agency listing its late or sent-back cases: previewed, then written as .eml drafts for Outlook and recorded. */
export function CaseChaseDialog(props: { audit: CaseAuditDetail; rows: CaseReturnRow[]; open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const host = useHost();
  const notify = useNotify();
  const { audit, rows, open } = props;
  const [who, setWho] = useState<Who>('overdue');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
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

  const create = async () => {
    let folder: string | null = null;
    if (host.kind !== 'browser') {
      folder = await host.pickFolder({ title: 'Choose the folder for the email drafts' });
      if (!folder) return;
    }
    setBusy(true);
    try {
      const returnIds = sendable.flatMap((d) => d.returnIds);
      const out = await api.call('caseAudits.createChasers', { auditId: audit.id, returnIds, method: 'eml', ...(folder ? { folder } : {}) });
      let zipName: string | null = null;
      if (!folder && out.files.length) {
        zipName = `${safeFileName(audit.title)} chasers.zip`;
        await host.saveFile({ title: 'Save the email drafts', suggestedName: zipName, contentBase64: await zipGeneratedFiles(out.files), filters: [{ name: 'Zip file', extensions: ['zip'] }] });
      }
      setDone(`${out.files.length} email ${out.files.length === 1 ? 'draft' : 'drafts'} created and ${out.recorded} ${out.recorded === 1 ? 'return' : 'returns'} recorded as chased. ${zipName ? `${zipName} has been downloaded: open` : 'Open'} each .eml file in Outlook to send it.`);
      refreshAudit(audit.id);
    } catch (err) {
      notify.error(err, 'The email drafts were not created');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && !busy && props.onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Chase returns</DialogTitle>
          <DialogContent className={styles.content}>
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
            {done && (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>{done}</MessageBarBody>
              </MessageBar>
            )}
            <ul className={styles.list} aria-label="Chaser emails">
              {list.map((d) => (
                <li key={d.agencyId}>
                  <Card className={styles.card} aria-label={`Chaser to ${d.agencyName}`}>
                    <strong>
                      {d.agencyName} {d.problem && <Badge color="danger">Cannot email</Badge>}
                    </strong>
                    {d.problem ? (
                      <p className={styles.problem}>{d.problem}</p>
                    ) : (
                      <>
                        <span>
                          To {d.to.join('; ')}
                          {d.cc.length ? `; cc ${d.cc.join('; ')}` : ''} · {d.subject}
                        </span>
                        <pre className={styles.body}>{d.body}</pre>
                      </>
                    )}
                  </Card>
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" icon={<Mail20Regular />} disabled={busy || !sendable.length || done !== null} onClick={() => void create()}>
              {busy ? 'Creating…' : `Create ${sendable.length} Outlook ${sendable.length === 1 ? 'draft' : 'drafts'}`}
            </Button>
            <Button onClick={props.onClose} disabled={busy}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

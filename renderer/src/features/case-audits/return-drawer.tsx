import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  OverlayDrawer,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Dismiss24Regular, Warning20Regular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { SEND_BACK_REASON_LABELS, type CaseAuditDetail, type CaseReturnDetail } from '../../../../shared/domain/case-audit';
import type { IdentifierIssue } from '../../../../shared/domain/identifiers';
import { useNotify } from '../../app/notify';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDate } from '../../components/format-date';
import { LoadError, Loading } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { ReturnStatusBadge } from './case-audit-badges';
import { caseReturnKey, refreshAudit } from './case-audit-keys';
import { RaiseRiskDialog } from './raise-risk-dialog';
import { ReturnHistory } from './return-history';
import { draftOf, draftTexts, inputOf, sameDraft, type ReturnDraft } from './return-model';
import { ReturnRatings, ScaleGuide } from './return-ratings';
import { ReturnStatusActions } from './return-status-actions';
import { useTextCheck } from './use-text-check';

const useStyles = makeStyles({
  drawer: { width: 'min(1000px, 96vw)' },
  meta: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalXS },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalM },
  h: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  footer: { justifyContent: 'space-between' },
  group: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  dirty: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

const TEXTS = [
  ['narrative', 'Narrative', 'Narrative: what the records show about practice in this case'],
  ['goodPractice', 'Good practice', 'Good practice'],
  ['gaps', 'Gaps', 'Gaps and learning'],
] as const;

/** One agency's return for one case: typed in (ratings with the scale's guidance, narrative, good practice, gaps), QA moves and risk flags. */
export function ReturnDrawer(props: { audit: CaseAuditDetail; returnId: number; onClose: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { audit } = props;
  const loaded = useApiData(() => api.call('caseAudits.getReturn', { returnId: props.returnId }), [api, props.returnId], [caseReturnKey(props.returnId)]);
  const detail = loaded.data;
  const base = useMemo(() => (detail ? draftOf(detail) : null), [detail]);
  const [draft, setDraft] = useState<ReturnDraft | null>(null);
  const [warnings, setWarnings] = useState<IdentifierIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const [flagging, setFlagging] = useState(false);
  const [confirmClose, setConfirmClose] = useState(false);
  useEffect(() => setDraft(base), [base]);
  const refs = useMemo(() => new Map((detail?.questions ?? []).map((q) => [q.id, q.ref])), [detail]);
  const issues = useTextCheck(draft ? draftTexts(draft, refs) : {}, false, Boolean(draft));
  const dirty = Boolean(draft && base && !sameDraft(draft, base));
  const readOnly = detail?.row.status === 'accepted';

  const onDetail = (d: CaseReturnDetail) => loaded.setData(d);
  const close = () => (dirty ? setConfirmClose(true) : props.onClose());
  const save = async () => {
    if (!detail || !draft) return;
    setSaving(true);
    try {
      const saved = await api.call('caseAudits.saveReturn', inputOf(detail.row.id, draft, audit.tool.scale.naLabel));
      onDetail(saved.detail);
      setWarnings(saved.warnings);
      refreshAudit(audit.id);
      notify.success(`${detail.row.agencyName}’s return for case ${detail.row.caseReference} has been saved.`);
    } catch (err) {
      notify.error(err, 'The return was not saved');
    } finally {
      setSaving(false);
    }
  };

  const row = detail?.row;
  const title = row ? `${row.agencyName}: case ${row.caseReference}` : 'Return';
  return (
    <OverlayDrawer open position="end" className={styles.drawer} onOpenChange={(_, d) => !d.open && close()} aria-label={`Return: ${title}`}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<Dismiss24Regular />} onClick={close} />}>{title}</DrawerHeaderTitle>
        {row && (
          <div className={styles.meta}>
            <ReturnStatusBadge status={row.status} overdue={row.overdue} />
            {row.dueDate && <span>Due {formatDate(row.dueDate)}</span>}
            <span>
              {row.ratedCount} of {row.questionCount} rated
            </span>
            {row.status === 'sent_back' && row.sendBackReason && (
              <span data-testid="sent-back-reason">
                Sent back {formatDate(row.sentBackOn)} as {SEND_BACK_REASON_LABELS[row.sendBackReason].toLowerCase()}: {row.sendBackNote}
              </span>
            )}
          </div>
        )}
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        {loaded.error ? (
          <LoadError error={loaded.error} what="the return" onRetry={loaded.reload} />
        ) : !detail || !draft ? (
          <Loading />
        ) : (
          <>
            <ReturnStatusActions detail={detail} dirty={dirty} onDetail={onDetail} />
            {warnings.length > 0 && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>Saved, but check this text: it may name a person.</MessageBarTitle>
                  <ul aria-label="Name warnings">
                    {warnings.map((w, i) => (
                      <li key={i}>
                        {w.field}: {w.message}
                      </li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
            {readOnly && <MessageBar intent="success"><MessageBarBody>Accepted {formatDate(detail.row.acceptedOn)}. Reopen it to change anything.</MessageBarBody></MessageBar>}
            <h3 className={styles.h}>Ratings</h3>
            <ScaleGuide scale={audit.tool.scale} />
            <ReturnRatings
              questions={detail.questions}
              scale={audit.tool.scale}
              ratings={draft.ratings}
              readOnly={readOnly}
              issues={issues}
              onChange={(id, patch) => setDraft((d) => d && { ...d, ratings: { ...d.ratings, [id]: { ...(d.ratings[id] ?? { level: '', comment: '' }), ...patch } } })}
            />
            <h3 className={styles.h}>The agency’s findings</h3>
            {TEXTS.map(([key, label, shown]) => (
              <Field key={key} label={shown} validationState={issues.errors[label] ? 'error' : issues.warnings[label] ? 'warning' : 'none'} validationMessage={issues.errors[label] ?? issues.warnings[label]}>
                <Textarea value={draft[key]} rows={4} resize="vertical" readOnly={readOnly} onChange={(_, d) => setDraft((x) => x && { ...x, [key]: d.value })} />
              </Field>
            ))}
            <Field label="Auditor" hint="The role of the person who audited the case (not involved in it)">
              <Input value={draft.auditor} readOnly={readOnly} onChange={(_, d) => setDraft((x) => x && { ...x, auditor: d.value })} />
            </Field>
            <ReturnHistory detail={detail} />
          </>
        )}
      </DrawerBody>
      <DrawerFooter className={styles.footer}>
        <div className={styles.group}>
          <Button appearance="primary" disabled={!dirty || saving || readOnly} onClick={() => void save()}>
            {saving ? 'Saving…' : 'Save return'}
          </Button>
          <Button onClick={close}>Close</Button>
          {dirty && <span className={styles.dirty}>● Unsaved changes</span>}
        </div>
        <Button icon={<Warning20Regular />} disabled={!row} onClick={() => setFlagging(true)}>
          Raise a risk flag…
        </Button>
      </DrawerFooter>
      <ConfirmDialog
        open={confirmClose}
        title="Discard unsaved changes?"
        confirmLabel="Discard changes"
        cancelLabel="Keep editing"
        onConfirm={() => (setConfirmClose(false), props.onClose())}
        onCancel={() => setConfirmClose(false)}
      >
        You have changed this return without saving. If you close it now, the changes are lost.
      </ConfirmDialog>
      <RaiseRiskDialog audit={audit} open={flagging} fromReturn={row ?? null} onClose={() => setFlagging(false)} onRaised={loaded.reload} />
    </OverlayDrawer>
  );
}

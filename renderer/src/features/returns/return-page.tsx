import { Link, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Tab, TabList, Toolbar, ToolbarButton, makeStyles, tokens } from '@fluentui/react-components';
import { TaskListAdd20Regular, TaskListLtr20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { RETURN_STATUS_LABELS, type ReturnStatus } from '../../../../shared/domain/cycle';
import { useNotify } from '../../app/notify';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDate } from '../../components/format-date';
import { HistoryPanel } from '../../components/history-panel';
import { LoadError, Loading, Page } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { boardHref } from '../actions/action-query';
import { useWeakRatingActions } from '../actions/weak-rating-actions';
import { refreshCycle, returnKey } from '../cycles/cycle-refresh';
import { AnswersEditor } from './answers-editor';
import { ChasersTable, FilesTable } from './return-records';
import { ReturnStatusBadge } from './return-status';

const SETTABLE: ReturnStatus[] = ['issued', 'in_progress', 'returned', 'sent_back', 'accepted'];

const useStyles = makeStyles({
  facts: { display: 'flex', gap: tokens.spacingHorizontalXL, flexWrap: 'wrap', alignItems: 'center', margin: 0 },
  fact: { display: 'flex', flexDirection: 'column' },
  factLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  toolbar: { padding: 0 },
  tab: { flex: 1, minHeight: 0, overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  reason: { margin: 0, color: tokens.colorPaletteDarkOrangeForeground1 },
});

type TabId = 'answers' | 'chasers' | 'files' | 'history';

/** One agency's return: status and dates, answers with moderation, chasers sent, files imported, history. */
export function ReturnPage(props: { cycleAgencyId: number }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const id = props.cycleAgencyId;
  const detail = useApiData(() => api.call('returns.get', { cycleAgencyId: id }), [api, id], [returnKey(id)]);
  const frameworkId = detail.data?.cycle.frameworkId;
  const framework = useApiData(() => (frameworkId ? api.call('frameworks.get', { id: frameworkId }) : Promise.resolve(null)), [api, frameworkId]);
  const sectors = useApiData(() => api.call('sectors.list'), [api], ['sectors']);
  const [tab, setTab] = useState<TabId>('answers');
  const [askReason, setAskReason] = useState(false);
  const [busy, setBusy] = useState(false);
  const weakActions = useWeakRatingActions(id, detail.data?.row.weak ?? 0);

  if (detail.error) return <Page title="Return"><LoadError error={detail.error} what="the return" onRetry={detail.reload} /></Page>;
  const d = detail.data;
  if (!d) return <Page title="Return"><Loading /></Page>;
  const r = d.row;
  const sectorCode = sectors.data?.find((s) => s.id === r.sectorId)?.code ?? null;

  const setStatus = async (status: ReturnStatus, reason?: string) => {
    setBusy(true);
    try {
      detail.setData(await api.call('returns.setStatus', { cycleAgencyId: id, status, ...(reason ? { reason } : {}) }));
      refreshCycle(d.cycle.id);
      notify.success(`${r.agencyName}: ${RETURN_STATUS_LABELS[status]}.`);
      setAskReason(false);
    } catch (err) {
      notify.error(err, 'The status was not changed');
    } finally {
      setBusy(false);
    }
  };

  const fact = (label: string, value: string | null) =>
    value ? (
      <div className={styles.fact}>
        <span className={styles.factLabel}>{label}</span>
        <span>{value}</span>
      </div>
    ) : null;

  return weakActions.provider(
    <Page
      title={r.agencyName}
      subtitle={
        <>
          <Link href={`#/cycles/${d.cycle.id}/returns`}>{d.cycle.name}</Link> · {r.sectorName} ·{' '}
          <Link href={boardHref({ bucket: 'all', agencyId: r.agencyId, cycleId: d.cycle.id })}>Actions for this return</Link>
        </>
      }
    >
      <div className={styles.facts}>
        <ReturnStatusBadge status={r.displayStatus} />
        {fact('Issued', formatDate(r.issuedOn))}
        {fact('Returned', formatDate(r.returnedOn))}
        {fact('Sent back', formatDate(r.sentBackOn))}
        {fact('Accepted', formatDate(r.acceptedOn))}
        {fact('Days overdue', r.daysOverdue === null ? null : String(r.daysOverdue))}
        {fact('Last chased', r.lastChasedOn ? `${formatDate(r.lastChasedOn)} (${r.chaserCount} in all)` : null)}
        {fact('Safeguarding lead', r.safeguardingLead)}
        {fact('Answered', `${r.answered} of ${r.expected}`)}
        <Toolbar aria-label="Return actions" className={styles.toolbar}>
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <ToolbarButton icon={<TaskListLtr20Regular />} disabled={busy}>
                Set status
              </ToolbarButton>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {SETTABLE.map((s) => (
                  <MenuItem key={s} disabled={s === r.status} onClick={() => (s === 'sent_back' ? setAskReason(true) : void setStatus(s))}>
                    {RETURN_STATUS_LABELS[s]}
                    {s === 'sent_back' ? '…' : ''}
                  </MenuItem>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
          <ToolbarButton icon={<TaskListAdd20Regular />} disabled={r.weak === 0} title={r.weak === 0 ? 'No rating is at the weak end of the scale' : undefined} onClick={weakActions.createAll}>
            Create actions for all weak ratings…
          </ToolbarButton>
        </Toolbar>
      </div>
      {r.status === 'sent_back' && d.sentBackReason && <p className={styles.reason}>Sent back for more evidence: {d.sentBackReason}</p>}
      <TabList selectedValue={tab} onTabSelect={(_, e) => setTab(e.value as TabId)}>
        <Tab value="answers">Answers and moderation</Tab>
        <Tab value="chasers">Chasers ({d.chasers.length})</Tab>
        <Tab value="files">Files ({d.files.length})</Tab>
        <Tab value="history">History</Tab>
      </TabList>
      <div className={styles.tab}>
        {tab === 'answers' &&
          (framework.error ? (
            <LoadError error={framework.error} what="the framework" onRetry={framework.reload} />
          ) : framework.data ? (
            <AnswersEditor detail={d} doc={framework.data.doc} sectorCode={sectorCode} onDetail={detail.setData} />
          ) : (
            <Loading />
          ))}
        {tab === 'chasers' && <ChasersTable chasers={d.chasers} />}
        {tab === 'files' && <FilesTable files={d.files} />}
        {tab === 'history' && <HistoryPanel entityType="return" entityId={id} />}
      </div>
      <ConfirmDialog
        open={askReason}
        title={`Send ${r.agencyName}'s return back for more evidence`}
        confirmLabel="Send back"
        busy={busy}
        prompt={{ label: 'Reason', required: true, multiline: true, hint: 'What evidence is missing, so the agency knows what to send.' }}
        onConfirm={(reason) => void setStatus('sent_back', reason)}
        onCancel={() => setAskReason(false)}
      />
      {weakActions.dialogs}
    </Page>,
  );
}

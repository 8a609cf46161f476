import { Button, Link, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Toolbar, ToolbarButton, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarAdd20Regular, DocumentText20Regular, TaskListAdd20Regular, TaskListLtr20Regular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { MEETING_STATUSES, MEETING_STATUS_LABELS, type MeetingDetail, type MeetingStatus } from '../../../../shared/domain/scrutiny';
import { useNotify } from '../../app/notify';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDate } from '../../components/format-date';
import { LoadError, Loading, Page } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { useFileActions } from '../../components/use-file-actions';
import { useApi } from '../../host/services-context';
import { refreshCycle, returnKey } from '../cycles/cycle-refresh';
import { MeetingActionDialog, type MeetingActionPrefill } from './meeting-action-dialog';
import { MeetingAgenda } from './meeting-agenda';
import { MeetingAttendance } from './meeting-attendance';
import { MeetingStatusBadge } from './meeting-badges';
import { agendaWithNotes, toRecord, toValues } from './meeting-record-model';
import { MeetingWhenCard } from './meeting-when-card';
import { slotText } from './scrutiny-format';
import { meetingKey, refreshMeetings } from './scrutiny-keys';
import { SectionCard, useSaving } from './section-card';
import { useDraft } from './use-draft';

const useStyles = makeStyles({
  toolbar: { padding: 0, flexWrap: 'wrap' },
  layout: { display: 'grid', gridTemplateColumns: 'minmax(340px, 440px) minmax(0, 1fr)', gap: tokens.spacingHorizontalL, alignItems: 'start', '@media (max-width: 1100px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  actions: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** One scrutiny meeting: when and where, attendance, the agenda with notes, answers and agreed ratings, and actions. */
export function MeetingPage(props: { id: number }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const files = useFileActions();
  const { id } = props;
  const detail = useApiData(() => api.call('meetings.get', { id }), [api, id], [meetingKey(id)]);
  const m = detail.data;
  const caId = m?.cycleAgencyId || null;
  const ret = useApiData(() => (caId ? api.call('returns.get', { cycleAgencyId: caId }) : Promise.resolve(null)), [api, caId], caId ? [returnKey(caId)] : []);
  const frameworkId = ret.data?.cycle.frameworkId ?? null;
  const framework = useApiData(() => (frameworkId ? api.call('frameworks.get', { id: frameworkId }) : Promise.resolve(null)), [api, frameworkId]);
  const [asking, setAsking] = useState<MeetingStatus | null>(null);
  const [newAction, setNewAction] = useState<MeetingActionPrefill | null>(null);
  const saving = useSaving();

  // The form starts once the meeting and its return (for the moderated ratings now) are both in.
  const ready = Boolean(m) && (!caId || ret.data !== undefined);
  const doc = framework.data?.doc ?? null;
  const agenda = useMemo(() => (m ? agendaWithNotes(m, doc) : []), [m, doc]);
  const base = useMemo(() => (m && ready ? toValues(m, agenda, ret.data?.answers ?? null) : null), [m, agenda, ready, ret.data]);
  const draft = useDraft(base);
  const savedCodes = useMemo(() => new Map((ret.data?.answers ?? []).map((a) => [a.targetKey as string, a.moderated?.code ?? null])), [ret.data]);
  const dirty = Boolean(base) && draft.dirty;
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  if (detail.error) return <Page title="Scrutiny meeting"><LoadError error={detail.error} what="the meeting" onRetry={detail.reload} /></Page>;
  if (!m) return <Page title="Scrutiny meeting"><Loading /></Page>;

  const saved = (next: MeetingDetail) => {
    detail.setData(next);
    refreshMeetings(next.cycleId, next.id);
  };

  const saveRecord = () =>
    saving.run('The meeting record was not saved', async () => {
      if (!base || !draft.values) return;
      const record = toRecord(m.id, base, draft.values);
      const next = await api.call('meetings.record', record);
      saved(next);
      if (record.moderations?.length && caId) {
        refreshCycle(m.cycleId, returnKey(caId));
        ret.reload();
      }
      notify.success(`The record of the meeting with ${m.agencyName} has been saved.`, 'Saved');
    });

  const setStatus = (status: MeetingStatus, reason?: string) =>
    saving.run('The status was not changed', async () => {
      const next = await api.call('meetings.setStatus', { id: m.id, status, ...(reason?.trim() ? { reason: reason.trim() } : {}) });
      saved(next);
      setAsking(null);
      notify.success(`${m.agencyName}: ${MEETING_STATUS_LABELS[status]}.`);
    });

  const levels = doc?.scale.levels ?? [];
  return (
    <Page
      title={`Scrutiny meeting: ${m.agencyName}`}
      scroll
      subtitle={
        <>
          <Link href={`#/scrutiny/${m.cycleId}/meetings`}>Scrutiny · {m.cycleName}</Link> · {slotText(m.start, m.end)} · <MeetingStatusBadge status={m.status} />
          {caId ? (
            <>
              {' '}
              · <Link href={`#/returns/${caId}`}>Open the return</Link>
            </>
          ) : null}
        </>
      }
    >
      <Toolbar aria-label="Meeting toolbar" className={styles.toolbar}>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <ToolbarButton icon={<TaskListLtr20Regular />} disabled={saving.busy}>
              Set status
            </ToolbarButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {MEETING_STATUSES.filter((s) => s !== m.status).map((s) => (
                <MenuItem key={s} onClick={() => (s === 'cancelled' || s === 'rescheduled' ? setAsking(s) : void setStatus(s))}>
                  {MEETING_STATUS_LABELS[s]}
                  {s === 'cancelled' || s === 'rescheduled' ? '…' : ''}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
        <ToolbarButton icon={<DocumentText20Regular />} disabled={files.busy !== null} onClick={() => void files.saveGenerated('Agenda', async () => (await api.call('meetings.agendas', { meetingIds: [m.id] })).files[0]!)}>
          Agenda (Word)
        </ToolbarButton>
        <ToolbarButton icon={<CalendarAdd20Regular />} disabled={files.busy !== null} onClick={() => void files.saveGenerated('Calendar invite', () => api.call('meetings.ics', { meetingIds: [m.id] }))}>
          Calendar invite (.ics)
        </ToolbarButton>
        <ToolbarButton icon={<TaskListAdd20Regular />} onClick={() => setNewAction({})}>
          New action…
        </ToolbarButton>
      </Toolbar>
      {ret.error ? <LoadError error={ret.error} what="the agency’s return" onRetry={ret.reload} /> : null}
      <div className={styles.layout}>
        <div className={styles.column}>
          <MeetingWhenCard meeting={m} onSaved={saved} />
          {draft.values && <MeetingAttendance meeting={m} values={draft.values} onChange={draft.setValues} />}
          <SectionCard title="Actions from this meeting" actions={<Button icon={<TaskListAdd20Regular />} onClick={() => setNewAction({})}>New action</Button>}>
            {m.meetingActions.length ? (
              <ul className={styles.actions} aria-label="Actions from this meeting">
                {m.meetingActions.map((a) => (
                  <li key={a.id}>
                    <Link href={`#/actions/${a.id}`}>{a.reference}</Link> {a.description} <span className={styles.muted}>(due {formatDate(a.dueDate)})</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className={styles.muted}>None yet.</p>
            )}
          </SectionCard>
        </div>
        <div className={styles.column}>
          {!draft.values ? (
            <Loading />
          ) : (
            <MeetingAgenda
              agenda={agenda}
              values={draft.values}
              levels={levels}
              savedCodes={savedCodes}
              dirty={dirty}
              saving={saving.busy}
              onChange={draft.setValues}
              onSave={() => void saveRecord()}
              onNewAction={setNewAction}
            />
          )}
        </div>
      </div>
      <ConfirmDialog
        open={asking !== null}
        title={asking === 'cancelled' ? `Cancel the meeting with ${m.agencyName}?` : `Mark the meeting with ${m.agencyName} as to be rescheduled?`}
        confirmLabel={asking === 'cancelled' ? 'Cancel the meeting' : 'Mark as rescheduled'}
        cancelLabel="Keep it"
        busy={saving.busy}
        prompt={{ label: 'Reason', multiline: true, hint: 'Kept in the meeting’s history.' }}
        onConfirm={(reason) => asking && void setStatus(asking, reason)}
        onCancel={() => setAsking(null)}
      />
      <MeetingActionDialog meeting={m} prefill={newAction} onClose={() => setNewAction(null)} onCreated={() => {
        setNewAction(null);
        detail.reload();
      }} />
    </Page>
  );
}

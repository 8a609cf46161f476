import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Tab,
  TabList,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CalendarLtr20Regular, CalendarMonth20Regular, CalendarWeekStart20Regular, DocumentText20Regular, Mail20Regular, TextBulletListLtr20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { CycleSummary } from '../../../../shared/domain/cycle';
import type { MeetingRow } from '../../../../shared/domain/scrutiny';
import { useNotify } from '../../app/notify';
import { navigate } from '../../app/router';
import { DataGrid, type GridColumn } from '../../components/data-grid/data-grid';
import { LoadError } from '../../components/page';
import { selectionColumn, useRowSelection, useSelectedIds } from '../../components/row-selection';
import { useApiData } from '../../components/use-api-data';
import { useApi, useHost } from '../../host/services-context';
import { MEETING_COLUMNS } from './meeting-columns';
import { MeetingsCalendar } from './meetings-calendar';
import { isoOfDate, slotText } from './scrutiny-format';
import { MEETINGS_KEY } from './scrutiny-keys';
import { useMeetingFiles } from './use-meeting-files';

type View = 'list' | 'week' | 'month';
const NO_ROWS: MeetingRow[] = [];
const useStyles = makeStyles({
  toolbar: { padding: 0, gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  views: { flexShrink: 0 },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

/** The cycle's meetings as a list (the data grid) or a week or month calendar, with their calendar files, invitations and agendas. */
export function MeetingsTab(props: { cycle: CycleSummary }) {
  const styles = useStyles();
  const api = useApi();
  const host = useHost();
  const notify = useNotify();
  const { cycle } = props;
  const list = useApiData(() => api.call('meetings.list', { cycleId: cycle.id }), [api, cycle.id], [MEETINGS_KEY]);
  const rows = list.data ?? NO_ROWS;
  const [view, setView] = useState<View>('list');
  const [anchor, setAnchor] = useState<string | null>(null);
  const selection = useRowSelection();
  const selected = useSelectedIds(selection);
  const files = useMeetingFiles(cycle.name);
  const columns = useMemo<GridColumn<MeetingRow>[]>(() => [selectionColumn(selection, (r) => r.id, (r) => `Select ${r.agencyName}`), ...MEETING_COLUMNS], [selection]);

  // The calendar opens on the next live meeting, else today.
  const today = isoOfDate(new Date());
  const next = rows.filter((r) => r.status !== 'cancelled' && r.start.slice(0, 10) >= today).sort((a, b) => a.start.localeCompare(b.start))[0];
  const shownAnchor = anchor ?? next?.start.slice(0, 10) ?? today;
  // Invitations and agendas: the ticked meetings, else every one still to happen.
  const live = rows.filter((r) => r.status === 'proposed' || r.status === 'confirmed' || r.status === 'rescheduled');
  const targets = selected.length ? selected : live.map((r) => r.id);
  const describe = (id: number) => {
    const m = rows.find((r) => r.id === id);
    return m ? `${m.agencyName} (${slotText(m.start, m.end)})` : `Meeting ${id}`;
  };

  const toolbar = (
    <Toolbar aria-label="Meetings toolbar" className={styles.toolbar}>
      <ToolbarButton onClick={() => selection.set(rows.map((r) => r.id))}>Select all</ToolbarButton>
      <ToolbarButton disabled={!selected.length} onClick={() => selection.clear()}>
        Clear ({selected.length})
      </ToolbarButton>
      <ToolbarDivider />
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <ToolbarButton icon={<CalendarLtr20Regular />} disabled={files.busy !== null || rows.length === 0}>
            Export .ics
          </ToolbarButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={() => void files.ics(null, cycle.id)}>All meetings and events of the cycle</MenuItem>
            <MenuItem disabled={!selected.length} onClick={() => void files.ics(selected, cycle.id)}>
              Selected meetings ({selected.length})
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <ToolbarButton icon={<Mail20Regular />} disabled={files.busy !== null || !targets.length} onClick={() => void files.invites(targets, describe)}>
        Invitation drafts ({targets.length})
      </ToolbarButton>
      <ToolbarButton icon={<DocumentText20Regular />} disabled={files.busy !== null || !targets.length} onClick={() => void files.agendas(targets, describe)}>
        Agendas (Word) ({targets.length})
      </ToolbarButton>
    </Toolbar>
  );

  return (
    <>
      {list.error ? <LoadError error={list.error} what="the meetings" onRetry={list.reload} /> : null}
      <TabList className={styles.views} size="small" selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} aria-label="Meeting views">
        <Tab value="list" icon={<TextBulletListLtr20Regular />}>
          List
        </Tab>
        <Tab value="week" icon={<CalendarWeekStart20Regular />}>
          Week
        </Tab>
        <Tab value="month" icon={<CalendarMonth20Regular />}>
          Month
        </Tab>
      </TabList>
      {files.done && (
        <MessageBar intent={files.done.skipped.length ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody>
            {files.done.what}: {files.done.names.length} {files.done.names.length === 1 ? 'file' : 'files'} made
            {files.done.zipName ? ` and downloaded as ${files.done.zipName}` : files.done.folder ? ` in ${files.done.folder}` : ''}.
            {files.done.what === 'Invitation drafts' && ' Open each .eml file in Outlook, check it and send it.'}
            {files.done.skipped.length > 0 && (
              <>
                {' '}
                Skipped:
                <ul className={styles.list} aria-label="Meetings skipped">
                  {files.done.skipped.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
          <MessageBarActions>
            {files.done.folder && (
              <Button size="small" onClick={() => void host.openPath(files.done!.folder!).catch((e: unknown) => notify.error(e))}>
                Open folder
              </Button>
            )}
            <Button size="small" appearance="subtle" onClick={files.clearDone}>
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {view === 'list' ? (
        <DataGrid
          gridId="meetings"
          label="Meetings"
          rows={rows}
          columns={columns}
          getRowId={(r) => String(r.id)}
          onOpen={(r) => navigate(`/meetings/${r.id}`)}
          noun={{ one: 'meeting', many: 'meetings' }}
          toolbar={toolbar}
          isMuted={(r) => r.status === 'cancelled'}
          loading={list.loading && !list.data}
          emptyText="No meetings yet: plan a run on the Schedule tab."
          initialSort={[{ id: 'date', desc: false }]}
        />
      ) : (
        <>
          {toolbar}
          <MeetingsCalendar meetings={rows} view={view} anchor={shownAnchor} onAnchor={setAnchor} />
        </>
      )}
    </>
  );
}

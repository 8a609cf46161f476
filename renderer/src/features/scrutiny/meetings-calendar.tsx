import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronLeft20Regular, ChevronRight20Regular } from '@fluentui/react-icons';
import { format, parseISO } from 'date-fns';
import { enGB } from 'date-fns/locale';
import { MEETING_STATUS_LABELS, type MeetingRow, type MeetingStatus } from '../../../../shared/domain/scrutiny';
import { navigate } from '../../app/router';
import { hourRange, monthWeeks, moveAnchor, weekBlocks, weekDays } from './calendar-model';
import { hhmm, isoOfDate, slotText, timeOf } from './scrutiny-format';

const SLOT_PX = 14; // one quarter of an hour

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, flex: 1, minHeight: 0 },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, marginLeft: tokens.spacingHorizontalS },
  frame: { flex: 1, minHeight: '300px', overflow: 'auto', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1 },
  week: { display: 'grid', gridTemplateColumns: '52px repeat(7, minmax(110px, 1fr))', position: 'relative' },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  hour: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, textAlign: 'right', paddingRight: tokens.spacingHorizontalXS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  line: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  weekend: { backgroundColor: tokens.colorNeutralBackground2 },
  block: {
    zIndex: 1,
    margin: '1px 2px',
    padding: `1px ${tokens.spacingHorizontalXS}`,
    overflow: 'hidden',
    textAlign: 'left',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderLeft: `4px solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    fontFamily: 'inherit',
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  held: { borderLeftColor: tokens.colorPaletteGreenBorder2, backgroundColor: tokens.colorPaletteGreenBackground1 },
  proposed: { borderLeftStyle: 'dashed', backgroundColor: tokens.colorNeutralBackground1 },
  cancelled: { borderLeftColor: tokens.colorNeutralStroke1, backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textDecorationLine: 'line-through' },
  rescheduled: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  clash: { outline: `2px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  name: { fontWeight: tokens.fontWeightSemibold, display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  small: { display: 'block', color: tokens.colorNeutralForeground2 },
  month: { display: 'grid', gridTemplateColumns: 'repeat(7, minmax(120px, 1fr))' },
  cell: { minHeight: '96px', padding: tokens.spacingHorizontalXS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, display: 'flex', flexDirection: 'column', gap: '2px' },
  other: { color: tokens.colorNeutralForeground4, backgroundColor: tokens.colorNeutralBackground2 },
  dayNum: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  chip: { margin: 0 },
});

const blockClass = (styles: ReturnType<typeof useStyles>, s: MeetingStatus) =>
  s === 'held' ? styles.held : s === 'proposed' ? styles.proposed : s === 'cancelled' ? styles.cancelled : s === 'rescheduled' ? styles.rescheduled : undefined;

const label = (m: MeetingRow) =>
  `${m.agencyName}, ${slotText(m.start, m.end)}, ${MEETING_STATUS_LABELS[m.status]}${m.clashes.length ? `, ${m.clashes.length} ${m.clashes.length === 1 ? 'clash' : 'clashes'}` : ''}`;

/** Week and month views of the meetings, built on CSS grid; each meeting is a button that opens it. */
export function MeetingsCalendar(props: { meetings: MeetingRow[]; view: 'week' | 'month'; anchor: string; onAnchor: (iso: string) => void }) {
  const styles = useStyles();
  const { view, anchor } = props;
  const title = view === 'week' ? `Week of ${format(parseISO(weekDays(anchor)[0]!), 'd MMMM yyyy', { locale: enGB })}` : format(parseISO(anchor), 'MMMM yyyy', { locale: enGB });
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Button icon={<ChevronLeft20Regular />} aria-label={view === 'week' ? 'Previous week' : 'Previous month'} onClick={() => props.onAnchor(moveAnchor(anchor, view, -1))} />
        <Button onClick={() => props.onAnchor(isoOfDate(new Date()))}>Today</Button>
        <Button icon={<ChevronRight20Regular />} aria-label={view === 'week' ? 'Next week' : 'Next month'} onClick={() => props.onAnchor(moveAnchor(anchor, view, 1))} />
        <h2 className={styles.title} aria-live="polite">
          {title}
        </h2>
      </div>
      <div className={styles.frame}>{view === 'week' ? <WeekGrid {...props} /> : <MonthGrid {...props} />}</div>
    </div>
  );
}

function WeekGrid(props: { meetings: MeetingRow[]; anchor: string }) {
  const styles = useStyles();
  const days = weekDays(props.anchor);
  const blocks = weekBlocks(days, props.meetings);
  const { from, to } = hourRange(blocks);
  const rowOf = (min: number) => Math.round((min - from * 60) / 15) + 2;
  const hours = Array.from({ length: to - from }, (_, i) => from + i);
  return (
    <div className={styles.week} role="group" aria-label="Week calendar" style={{ gridTemplateRows: `auto repeat(${(to - from) * 4}, ${SLOT_PX}px)` }}>
      <div className={styles.head} style={{ gridColumn: 1, gridRow: 1 }} />
      {days.map((d, i) => (
        <div key={d} className={styles.head} style={{ gridColumn: i + 2, gridRow: 1 }}>
          {format(parseISO(d), 'EEE d MMM', { locale: enGB })}
        </div>
      ))}
      {hours.map((h) => (
        <div key={h} className={styles.hour} style={{ gridColumn: 1, gridRow: `${rowOf(h * 60)} / span 4` }}>
          {hhmm(h * 60)}
        </div>
      ))}
      {hours.flatMap((h) =>
        days.map((d, i) => <div key={`${h}-${d}`} className={mergeClasses(styles.line, i >= 5 && styles.weekend)} style={{ gridColumn: i + 2, gridRow: `${rowOf(h * 60)} / span 4` }} />),
      )}
      {blocks.map((b) => (
        <button
          key={b.meeting.id}
          type="button"
          className={mergeClasses(styles.block, blockClass(styles, b.meeting.status), b.meeting.clashes.length > 0 && styles.clash)}
          style={{
            gridColumn: b.day + 2,
            gridRow: `${rowOf(b.startMin)} / ${Math.max(rowOf(b.endMin), rowOf(b.startMin) + 1)}`,
            width: `calc(${100 / b.lanes}% - 4px)`,
            marginLeft: `calc(${(100 / b.lanes) * b.lane}% + 2px)`,
          }}
          aria-label={label(b.meeting)}
          title={label(b.meeting)}
          onClick={() => navigate(`/meetings/${b.meeting.id}`)}
        >
          <span className={styles.name}>{b.meeting.agencyName}</span>
          <span className={styles.small}>
            {timeOf(b.meeting.start)}–{timeOf(b.meeting.end)} · {MEETING_STATUS_LABELS[b.meeting.status]}
          </span>
        </button>
      ))}
    </div>
  );
}

function MonthGrid(props: { meetings: MeetingRow[]; anchor: string }) {
  const styles = useStyles();
  const weeks = monthWeeks(props.anchor);
  const month = props.anchor.slice(0, 7);
  const byDay = new Map<string, MeetingRow[]>();
  for (const m of [...props.meetings].sort((a, b) => a.start.localeCompare(b.start))) byDay.set(m.start.slice(0, 10), [...(byDay.get(m.start.slice(0, 10)) ?? []), m]);
  return (
    <div className={styles.month} role="group" aria-label="Month calendar">
      {weeks[0]!.map((d) => (
        <div key={d} className={styles.head}>
          {format(parseISO(d), 'EEEE', { locale: enGB })}
        </div>
      ))}
      {weeks.flat().map((d) => (
        <div key={d} className={mergeClasses(styles.cell, d.slice(0, 7) !== month && styles.other)} role="group" aria-label={format(parseISO(d), 'EEEE d MMMM yyyy', { locale: enGB })}>
          <span className={styles.dayNum}>{format(parseISO(d), 'd')}</span>
          {(byDay.get(d) ?? []).map((m) => (
            <button
              key={m.id}
              type="button"
              className={mergeClasses(styles.block, styles.chip, blockClass(styles, m.status), m.clashes.length > 0 && styles.clash)}
              aria-label={label(m)}
              title={label(m)}
              onClick={() => navigate(`/meetings/${m.id}`)}
            >
              <span className={styles.name}>
                {timeOf(m.start)} {m.agencyName}
              </span>
              <span className={styles.small}>{MEETING_STATUS_LABELS[m.status]}</span>
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}

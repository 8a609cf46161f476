import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ScheduleProposal } from '../../../../shared/domain/scrutiny';
import { dateOf, shortDay, timeOf } from './scrutiny-format';
import { SectionCard } from './section-card';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase300 },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, backgroundColor: tokens.colorNeutralBackground3 },
  td: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
  time: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});

/** Step 3: the timetable proposed, and every agency it could not place with the reason. */
export function ScheduleReview(props: { proposal: ScheduleProposal }) {
  const styles = useStyles();
  const { placed, unplaced, slotCount } = props.proposal;
  const sorted = [...placed].sort((a, b) => a.start.localeCompare(b.start) || a.agencyName.localeCompare(b.agencyName));
  return (
    <>
      {unplaced.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {unplaced.length} {unplaced.length === 1 ? 'agency' : 'agencies'} could not be placed
            </MessageBarTitle>
            Nothing was overlapped to fit them in. Offer more days or slots, or change who cannot do which day, and propose again; or save these and book the rest by hand.
            <ul className={styles.list} aria-label="Agencies not placed">
              {unplaced.map((u) => (
                <li key={u.agencyId}>
                  <strong>{u.agencyName}</strong>: {u.reason}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {placed.length > 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>
            {placed.length} {placed.length === 1 ? 'meeting' : 'meetings'} placed with no clashes, from {slotCount} {slotCount === 1 ? 'slot' : 'slots'} offered. Nothing is saved until you save them.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="error">
          <MessageBarBody>No meeting could be placed.</MessageBarBody>
        </MessageBar>
      )}
      <SectionCard title="Proposed timetable">
        <table className={styles.table} aria-label="Proposed meetings">
          <thead>
            <tr>
              <th className={styles.th}>Date</th>
              <th className={styles.th}>Time</th>
              <th className={styles.th}>Agency</th>
              <th className={styles.th}>Officer</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((m) => (
              <tr key={m.agencyId}>
                <td className={styles.td}>{shortDay(dateOf(m.start))}</td>
                <td className={`${styles.td} ${styles.time}`}>
                  {timeOf(m.start)}–{timeOf(m.end)}
                </td>
                <td className={styles.td}>{m.agencyName}</td>
                <td className={styles.td}>{m.officerName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </SectionCard>
    </>
  );
}

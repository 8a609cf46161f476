import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentText20Regular } from '@fluentui/react-icons';
import type { CycleSummary } from '../../../../shared/domain/cycle';
import { MEETING_STATUSES, MEETING_STATUS_LABELS, type MeetingRow } from '../../../../shared/domain/scrutiny';
import { LoadError, Loading } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { useFileActions } from '../../components/use-file-actions';
import { useApi } from '../../host/services-context';
import { CommonQuestionsCard } from './common-questions';
import { slotText } from './scrutiny-format';
import { MEETINGS_KEY, overviewKey } from './scrutiny-keys';
import { SectionCard } from './section-card';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1280px' },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS },
  tiles: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))', gap: tokens.spacingHorizontalL },
  tile: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow4, display: 'flex', flexDirection: 'column' },
  label: { color: tokens.colorNeutralForeground2 },
  big: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))', gap: tokens.spacingHorizontalL, alignItems: 'start' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: '2px' },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase300 },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightRegular, padding: `2px ${tokens.spacingHorizontalL} 2px 0` },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  h3: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  answers: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

function MeetingList(props: { label: string; meetings: MeetingRow[]; empty: string }) {
  const styles = useStyles();
  if (!props.meetings.length) return <p className={styles.muted}>{props.empty}</p>;
  return (
    <ul className={styles.list} aria-label={props.label}>
      {props.meetings.map((m) => (
        <li key={m.id}>
          <Link href={`#/meetings/${m.id}`}>{m.agencyName}</Link> <span className={styles.muted}>{slotText(m.start, m.end)}</span>
        </li>
      ))}
    </ul>
  );
}

/** Which agencies have been scrutinised, what is outstanding or not scheduled, and the answers to each common question read across agencies. */
export function OverviewTab(props: { cycle: CycleSummary }) {
  const styles = useStyles();
  const api = useApi();
  const files = useFileActions();
  const { cycle } = props;
  const overview = useApiData(() => api.call('scrutiny.overview', { cycleId: cycle.id }), [api, cycle.id], [overviewKey(cycle.id), MEETINGS_KEY]);
  const meetings = useApiData(() => api.call('meetings.list', { cycleId: cycle.id }), [api, cycle.id], [MEETINGS_KEY]);
  const o = overview.data;
  const all = [...(meetings.data ?? [])].sort((a, b) => a.start.localeCompare(b.start));
  const held = all.filter((m) => m.status === 'held');
  const outstanding = all.filter((m) => m.status === 'proposed' || m.status === 'confirmed' || m.status === 'rescheduled');

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Button icon={<DocumentText20Regular />} disabled={files.busy !== null} onClick={() => void files.saveGenerated('Scrutiny overview', () => api.call('scrutiny.overviewDocx', { cycleId: cycle.id }))}>
          Overview (Word)
        </Button>
      </div>
      {overview.error ? <LoadError error={overview.error} what="the overview" onRetry={overview.reload} /> : null}
      {meetings.error ? <LoadError error={meetings.error} what="the meetings" onRetry={meetings.reload} /> : null}
      {!o ? (
        <Loading />
      ) : (
        <>
          <div className={styles.tiles} role="group" aria-label="Scrutiny counts">
            {(
              [
                ['In scope', o.inScope],
                ['Scrutinised', o.scrutinised],
                ['Outstanding', o.outstanding],
                ['Not scheduled', o.notScheduled.length],
              ] as const
            ).map(([label, n]) => (
              <div key={label} className={styles.tile} aria-label={`${label}: ${n}`} data-testid={`overview-${label.toLowerCase().replace(/ /g, '-')}`}>
                <span className={styles.label}>{label}</span>
                <span className={styles.big}>{n}</span>
              </div>
            ))}
          </div>
          <div className={styles.columns}>
            <SectionCard title="Scrutinised">
              <MeetingList label="Agencies scrutinised" meetings={held} empty="No meeting held yet." />
            </SectionCard>
            <SectionCard title="Outstanding">
              <MeetingList label="Meetings outstanding" meetings={outstanding} empty="No meetings to come." />
            </SectionCard>
            <SectionCard title="Not scheduled">
              {o.notScheduled.length ? (
                <ul className={styles.list} aria-label="Agencies not scheduled">
                  {o.notScheduled.map((a) => (
                    <li key={a.agencyId}>{a.agencyName}</li>
                  ))}
                </ul>
              ) : (
                <p className={styles.muted}>Every agency in scope has a meeting.</p>
              )}
            </SectionCard>
            <SectionCard title="Meetings by status">
              <table className={styles.table} aria-label="Meetings by status">
                <tbody>
                  {MEETING_STATUSES.map((s) => (
                    <tr key={s}>
                      <th scope="row" className={styles.th}>
                        {MEETING_STATUS_LABELS[s]}
                      </th>
                      <td className={styles.num}>{o.byStatus[s] ?? 0}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </SectionCard>
          </div>
          <SectionCard title="Themes" hint="Each agency’s answer to each common question, to read across the partnership.">
            {o.themes.length === 0 && <p className={styles.muted}>No common questions yet.</p>}
            {o.themes.map((t) => (
              <section key={t.questionId} aria-label={t.question}>
                <h3 className={styles.h3}>{t.question}</h3>
                {t.answers.length ? (
                  <ul className={styles.answers}>
                    {t.answers.map((a, i) => (
                      <li key={`${a.agencyName}-${i}`}>
                        <strong>{a.agencyName}:</strong> {a.answer}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className={styles.muted}>No answers recorded yet.</p>
                )}
              </section>
            ))}
          </SectionCard>
        </>
      )}
      <CommonQuestionsCard cycle={cycle} />
    </div>
  );
}

import { makeStyles, tokens } from '@fluentui/react-components';
import type { Distribution } from '../../../../shared/domain/cycle';
import { ScaleChip } from '../../components/scale-chip';
import { textOn } from '../frameworks/doc-edit';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'grid', gridTemplateColumns: 'minmax(180px, 280px) 1fr 150px', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  label: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  bar: { display: 'flex', height: '24px', borderRadius: tokens.borderRadiusSmall, overflow: 'hidden', backgroundColor: tokens.colorNeutralBackground3, border: `1px solid ${tokens.colorNeutralStroke2}` },
  seg: { display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, overflow: 'hidden', whiteSpace: 'nowrap', borderRight: '1px solid #fff' },
  extra: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  key: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', marginBottom: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase200 },
});

/** One stacked bar per standard, each part its level colour with the code and count written in it. */
export function DistributionChart(props: { distribution: Distribution }) {
  const styles = useStyles();
  const d = props.distribution;
  return (
    <div>
      <div className={styles.key} aria-label="Key">
        {d.levels.map((l) => (
          <span key={l.code}>
            <ScaleChip rating={l} short /> {l.label}
          </span>
        ))}
      </div>
      <ul className={styles.list} aria-label="Ratings per standard">
        {d.standards.map((s) => {
          const rated = d.levels.reduce((n, l) => n + (s.counts[l.code] ?? 0), 0);
          const words = d.levels.map((l) => `${l.label} ${s.counts[l.code] ?? 0}`).join(', ');
          return (
            <li key={s.id} className={styles.row} aria-label={`Standard ${s.number}: ${words}; not applicable ${s.notApplicable}; no answer ${s.missing}`}>
              <span className={styles.label} title={`${s.number}. ${s.title}`}>
                {s.number}. {s.title}
              </span>
              <div className={styles.bar} aria-hidden>
                {d.levels.map((l) => {
                  const n = s.counts[l.code] ?? 0;
                  if (!n) return null;
                  const pct = (n / rated) * 100;
                  return (
                    <div key={l.code} className={styles.seg} style={{ width: `${pct}%`, backgroundColor: l.colour, color: textOn(l.colour) }} title={`${l.label}: ${n}`}>
                      {pct >= 8 ? `${l.code} ${n}` : ''}
                    </div>
                  );
                })}
              </div>
              <span className={styles.extra}>
                {rated} rated{s.notApplicable ? `, ${s.notApplicable} N/A` : ''}
                {s.missing ? `, ${s.missing} no answer` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

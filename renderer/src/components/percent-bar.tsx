import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: '160px' },
  track: {
    flex: 1,
    height: '10px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground4,
    overflow: 'hidden',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  fill: { height: '100%', backgroundColor: tokens.colorBrandBackground },
  text: { minWidth: '118px', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});

/** "7 of 9 (78%)" with a bar: the number is always written, the bar only helps the eye. */
export function PercentBar(props: { count: number; of: number; percent: number; colour?: string }) {
  const styles = useStyles();
  const width = Math.max(0, Math.min(100, props.percent));
  return (
    <div className={styles.row}>
      <div className={styles.track} aria-hidden>
        <div className={styles.fill} style={{ width: `${width}%`, ...(props.colour ? { backgroundColor: props.colour } : {}) }} />
      </div>
      <span className={styles.text}>
        {props.count} of {props.of} ({props.percent}%)
      </span>
    </div>
  );
}

import { Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { HomeTiles as Tiles } from '../../../../shared/domain/action';
import { boardHref } from './action-query';

const useStyles = makeStyles({
  tiles: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))', gap: tokens.spacingHorizontalL, flexShrink: 0 },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
    textDecorationLine: 'none',
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, textDecorationLine: 'none' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  label: { color: tokens.colorNeutralForeground2 },
  big: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  late: { color: tokens.colorPaletteRedForeground1 },
  more: { fontSize: tokens.fontSizeBase200, color: tokens.colorBrandForeground1 },
  cycles: { display: 'flex', flexDirection: 'column', fontSize: tokens.fontSizeBase200 },
});

function Tile(props: { href: string; label: string; count: number | undefined; more: string; late?: boolean; testId: string }) {
  const styles = useStyles();
  const n = props.count;
  return (
    <a href={props.href} className={styles.tile} data-testid={props.testId} aria-label={`${props.label}: ${n ?? 'loading'}. ${props.more}`}>
      <span className={styles.label}>{props.label}</span>
      <span className={mergeClasses(styles.big, props.late && Boolean(n) && styles.late)} data-testid={`${props.testId}-count`}>
        {n ?? '…'}
      </span>
      <span className={styles.more}>{props.more} ›</span>
    </a>
  );
}

/** The deadlines at a glance; each tile opens the list it counts. */
export function HomeTiles(props: { tiles: Tiles | undefined }) {
  const styles = useStyles();
  const t = props.tiles;
  const open = t?.openCycles ?? [];
  // One open cycle: straight to its returns board; several: the list of cycles.
  const returnsHref = open.length === 1 ? `#/cycles/${open[0]!.id}/board` : '#/cycles';
  return (
    <div className={styles.tiles} role="group" aria-label="Deadlines">
      <Tile testId="home-overdue" href={boardHref({ bucket: 'overdue' })} label="Actions overdue" count={t?.actionsOverdue} more="Open the overdue actions" late />
      <Tile testId="home-due-month" href={boardHref({ bucket: 'due_this_month' })} label="Actions due this month" count={t?.actionsDueThisMonth} more="Open the actions due" />
      <Tile testId="home-completed" href={boardHref({ bucket: 'completed_this_quarter' })} label="Completed this quarter" count={t?.actionsCompletedThisQuarter} more="Open the completed actions" />
      <div>
        <Tile testId="home-returns" href={returnsHref} label="Returns outstanding" count={t?.returnsOutstanding} more={open.length === 1 ? `Open ${open[0]!.name}` : 'Open the audit cycles'} />
        {open.length > 1 && (
          <div className={styles.cycles} aria-label="Outstanding by cycle">
            {open.map((c) => (
              <Link key={c.id} href={`#/cycles/${c.id}/board`}>
                {c.name}: {c.outstanding}
              </Link>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}

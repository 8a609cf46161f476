import { Card, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  card: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, gap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, marginRight: 'auto' },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** A titled card on an audit tab, with its buttons on the right of the title. */
export function Section(props: { title: string; intro?: ReactNode; actions?: ReactNode; children?: ReactNode; className?: string }) {
  const styles = useStyles();
  return (
    <Card className={`${styles.card} ${props.className ?? ''}`} role="region" aria-label={props.title}>
      <div className={styles.head}>
        <h2 className={styles.title}>{props.title}</h2>
        {props.actions}
      </div>
      {props.intro && <p className={styles.intro}>{props.intro}</p>}
      {props.children}
    </Card>
  );
}

import { Card, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState, type ReactNode } from 'react';
import { useNotify } from '../../app/notify';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  dirty: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  actions: { marginLeft: 'auto', display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** A titled card of the scrutiny screens; the title names the region for screen readers and tests. */
export function SectionCard(props: { title: string; hint?: ReactNode; dirty?: boolean; actions?: ReactNode; children: ReactNode; className?: string }) {
  const styles = useStyles();
  return (
    <Card className={`${styles.card} ${props.className ?? ''}`} role="region" aria-label={props.title}>
      <div className={styles.head}>
        <h2 className={styles.h2}>{props.title}</h2>
        {props.dirty && <span className={styles.dirty}>● Unsaved changes</span>}
        {props.actions && <div className={styles.actions}>{props.actions}</div>}
      </div>
      {props.hint && <p className={styles.hint}>{props.hint}</p>}
      {props.children}
    </Card>
  );
}

/** Runs one save at a time with a busy flag; failures are shown with the API's details. Resolves true when it worked. */
export function useSaving() {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (failTitle: string, work: () => Promise<void>): Promise<boolean> => {
      setBusy(true);
      try {
        await work();
        return true;
      } catch (err) {
        notify.error(err, failTitle);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [notify],
  );
  return { busy, run };
}

/** Same content, ignoring key order only where the caller builds objects the same way. */
export const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ApiCallError } from '../../../shared/api/client';
import { ErrorList } from './error-list';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    minHeight: 0,
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL} ${tokens.spacingVerticalM}`,
    gap: tokens.spacingVerticalM,
  },
  scroll: { overflowY: 'auto' },
  head: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  subtitle: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase300 },
  body: { flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** A screen: heading, optional line under it, and a body that fills the window (grids scroll inside it). */
export function Page(props: { title: ReactNode; subtitle?: ReactNode; children: ReactNode; scroll?: boolean; actions?: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={`${styles.page} ${props.scroll ? styles.scroll : ''}`} aria-label={typeof props.title === 'string' ? props.title : undefined}>
      <div className={styles.head}>
        <h1 className={styles.title}>{props.title}</h1>
        {props.subtitle && <span className={styles.subtitle}>{props.subtitle}</span>}
        {props.actions}
      </div>
      <div className={styles.body}>{props.children}</div>
    </section>
  );
}

export function LoadError(props: { error: unknown; what: string; onRetry?: () => void }) {
  const message = props.error instanceof Error ? props.error.message : String(props.error);
  const details = props.error instanceof ApiCallError ? props.error.details : [];
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Could not load {props.what}.</MessageBarTitle>
        {message}
        {details.length > 0 && <ErrorList details={details} />}
      </MessageBarBody>
      {props.onRetry && (
        <MessageBarActions>
          <Button onClick={props.onRetry}>Try again</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function Loading(props: { label?: string }) {
  return <Spinner size="small" label={props.label ?? 'Loading…'} labelPosition="after" />;
}

import { makeStyles, tokens } from '@fluentui/react-components';
import { ShieldTask20Regular } from '@fluentui/react-icons';
import { useApi } from '../host/services-context';
import { useApiData } from '../components/use-api-data';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    height: '44px',
    padding: `0 ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    flexShrink: 0,
  },
  product: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  divider: { width: '1px', height: '20px', backgroundColor: 'rgba(255,255,255,0.5)' },
  partnership: { fontSize: tokens.fontSizeBase300, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
});

export function AppHeader() {
  const styles = useStyles();
  const api = useApi();
  const settings = useApiData(() => api.call('settings.get'), [api], ['settings']);
  return (
    <header className={styles.header} role="banner">
      <span className={styles.product}>
        <ShieldTask20Regular aria-hidden /> Audit Desk
      </span>
      {settings.data && (
        <>
          <span className={styles.divider} aria-hidden />
          <span className={styles.partnership} data-testid="partnership-name">
            {settings.data.partnershipName}
          </span>
        </>
      )}
    </header>
  );
}

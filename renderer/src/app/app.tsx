import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useCallback, type ReactNode } from 'react';
import { ActionsPage } from '../features/actions/actions-page';
import { AgenciesPage } from '../features/agencies/agencies-page';
import { BoardPaperPage } from '../features/board-paper/board-paper-page';
import { CaseAuditPage } from '../features/case-audits/case-audit-page';
import { CaseAuditsPage } from '../features/case-audits/case-audits-page';
import { ContactsPage } from '../features/contacts/contacts-page';
import { CyclePage } from '../features/cycles/cycle-page';
import { CyclesPage } from '../features/cycles/cycles-page';
import { NewCyclePage } from '../features/cycles/new-cycle-page';
import { FrameworkEditor } from '../features/frameworks/framework-editor';
import { FrameworksPage } from '../features/frameworks/frameworks-page';
import { HomePage } from '../features/home/home-page';
import { ReturnPage } from '../features/returns/return-page';
import { ScrutinyScreen } from '../features/scrutiny/scrutiny-screen';
import { SettingsPage } from '../features/settings/settings-page';
import { ServicesProvider, type Services } from '../host/services-context';
import { AppHeader } from './app-header';
import { NavRail } from './nav-rail';
import { NotifyProvider, useNotify } from './notify';
import { useRoute } from './router';

const useStyles = makeStyles({
  root: { height: '100%', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground2 },
  body: { flex: 1, minHeight: 0, display: 'flex' },
  main: { flex: 1, minWidth: 0, minHeight: 0, backgroundColor: tokens.colorNeutralBackground1, overflow: 'hidden' },
});

function Screen(props: { segments: string[] }) {
  const [area, id, sub] = props.segments;
  switch (area) {
    case undefined:
    case 'home':
      return <HomePage />;
    case 'agencies':
      return <AgenciesPage openId={id ?? null} />;
    case 'contacts':
      return <ContactsPage openId={id ?? null} />;
    case 'frameworks':
      return id ? <FrameworkEditor key={id} id={Number(id)} /> : <FrameworksPage />;
    case 'cycles':
      return id === 'new' ? <NewCyclePage /> : id ? <CyclePage key={id} id={Number(id)} tab={sub} /> : <CyclesPage />;
    case 'board-paper':
      return id ? <BoardPaperPage key={id} cycleId={Number(id)} /> : <CyclesPage />;
    case 'returns':
      return id ? <ReturnPage key={id} cycleAgencyId={Number(id)} /> : <CyclesPage />;
    case 'actions':
      return <ActionsPage openId={id ?? null} />;
    case 'case-audits':
      return id ? <CaseAuditPage key={id} id={Number(id)} tab={sub} /> : <CaseAuditsPage />;
    case 'scrutiny':
    case 'meetings':
      return <ScrutinyScreen segments={props.segments} />;
    case 'settings':
      return <SettingsPage />;
    default:
      return <HomePage />;
  }
}

function Shell() {
  const styles = useStyles();
  const { segments } = useRoute();
  return (
    <div className={styles.root}>
      <AppHeader />
      <div className={styles.body}>
        <NavRail selected={segments[0] ?? 'home'} />
        <main className={styles.main}>
          <Screen segments={segments} />
        </main>
      </div>
    </div>
  );
}

function WithServices(props: { children: ReactNode; services?: Services }) {
  const notify = useNotify();
  const tell = useCallback((message: string) => notify.info(message), [notify]);
  return (
    <ServicesProvider tell={tell} services={props.services}>
      {props.children}
    </ServicesProvider>
  );
}

export function App(props: { services?: Services }) {
  return (
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <NotifyProvider>
        <WithServices services={props.services}>
          <Shell />
        </WithServices>
      </NotifyProvider>
    </FluentProvider>
  );
}

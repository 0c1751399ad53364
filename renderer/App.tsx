import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useHashRoute, type Screen } from './useHashRoute';
import { useWorkbookStore } from './stores/workbookStore';
import { Overview } from './screens/overview/Overview';
import { Budget } from './screens/budget/Budget';
import { Milestones } from './screens/milestones/Milestones';
import { Risks } from './screens/risks/RisksScreen';
import { Meetings } from './screens/meetings/Meetings';
import { Actions } from './screens/actions/Actions';
import { PlanScreen } from './screens/plan/PlanScreen';
import { PeopleScreen } from './screens/people/PeopleScreen';
import { SyncScreen } from './screens/sync/SyncScreen';
import { LogsScreen } from './screens/logs/LogsScreen';
import { ReportsScreen } from './screens/reports/ReportsScreen';
import { DraftNotice } from './components/DraftNotice';
import { useWorkbookVersion } from './data/changes';
import { FirstRun } from './screens/firstRun/FirstRun';
import { HistoryNotice } from './components/HistoryControls';
import { ToastRegion } from './ui';
import { AppHeader } from './shell/AppHeader';
import { AppNav } from './shell/AppNav';
import './shell/shell.css';

export function App() {
  const { t } = useTranslation();
  const screen = useHashRoute();
  const { error, load } = useWorkbookStore();
  const workbookVersion = useWorkbookVersion();
  useEffect(() => {
    void load();
  }, [load, workbookVersion]);

  return (
    <div className="app">
      {/* Not href="#main": the hash is the route, so the link moves focus itself. */}
      <a className="skip-link" href={window.location.hash || '#/overview'}
        onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <AppNav screen={screen} />
      <main id="main" tabIndex={-1} className="app-main">
        <HistoryNotice />
        <DraftNotice />
        {error ? <p role="alert">{error}</p> : <ScreenView screen={screen} />}
      </main>
      <FirstRun />
      <ToastRegion />
    </div>
  );
}

function ScreenView({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'overview':
      return <Overview />;
    case 'risks':
      return <Risks />;
    case 'plan':
      return <PlanScreen />;
    case 'milestones':
      return <Milestones />;
    case 'budget':
      return <Budget />;
    case 'meetings':
      return <Meetings />;
    case 'actions':
      return <Actions />;
    case 'people':
      return <PeopleScreen />;
    case 'sync':
      return <SyncScreen />;
    case 'logs':
      return <LogsScreen />;
    case 'reports':
      return <ReportsScreen />;
  }
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { printIndexRoute } from '../shared/report/printRoutes';
import { SCREENS, useHashRoute, type Screen } from './useHashRoute';
import { useWorkbookStore } from './stores/workbookStore';
import { setLanguage, type Language } from './i18n';
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
import { HistoryControls, HistoryNotice } from './components/HistoryControls';
import { SaveStatus } from './components/SaveStatus';
import { DraftNotice } from './components/DraftNotice';
import { useWorkbookVersion } from './data/changes';
import { HeaderSearch } from './search/HeaderSearch';
import { FirstRun } from './screens/firstRun/FirstRun';
import { ThemeSwitch, ToastRegion } from './ui';

export function App() {
  const { t, i18n } = useTranslation();
  const screen = useHashRoute();
  const { info, error, load } = useWorkbookStore();
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
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <span className="workbook-name">{info?.fileName}</span>
        <HeaderSearch />
        <HistoryControls />
        <SaveStatus />
        <label className="language">
          {t('app.language')}{' '}
          <select value={i18n.language} onChange={(e) => setLanguage(e.target.value as Language)}>
            <option value="nb">Norsk bokmål</option>
            <option value="en">English</option>
          </select>
        </label>
        <ThemeSwitch />
      </header>
      <nav aria-label={t('nav.label')} className="app-nav">
        <ul>
          {SCREENS.map((s) => (
            <li key={s}>
              <a href={`#/${s}`} aria-current={s === screen ? 'page' : undefined}>{t(`nav.${s}`)}</a>
            </li>
          ))}
          <li className="nav-separated">
            <a href={printIndexRoute(i18n.language === 'en' ? 'en' : 'nb')}>{t('nav.print')}</a>
          </li>
        </ul>
      </nav>
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
  }
}

import { useTranslation } from 'react-i18next';
import { BookOpen } from 'lucide-react';
import { useWorkbookStore } from '../stores/workbookStore';
import { HistoryControls } from '../components/HistoryControls';
import { SaveStatus } from '../components/SaveStatus';
import { HeaderSearch } from '../search/HeaderSearch';
import { ThemeSwitch } from '../ui';
import { LanguageSelect } from './LanguageSelect';
import { SyncState } from './SyncState';
import './i18n';

/**
 * The app's header: which workbook and whether it is saved (left), search (middle), then undo/redo,
 * sync state, language and theme. It wraps into two rows in a narrow window rather than scroll sideways.
 */
export function AppHeader() {
  const { t } = useTranslation();
  const { t: ts } = useTranslation('shell');
  const info = useWorkbookStore((s) => s.info);
  return (
    <header className="app-header">
      <div className="app-identity">
        <BookOpen aria-hidden="true" size={20} className="app-logo" />
        <span className="app-name">{t('app.name')}</span>
        <span className="workbook-name" title={info ? ts('workbookFile', { path: info.path }) : undefined}>{info?.fileName}</span>
        <SaveStatus />
      </div>
      <HeaderSearch />
      <div className="app-tools">
        <HistoryControls />
        <SyncState />
        <LanguageSelect />
        <ThemeSwitch />
      </div>
    </header>
  );
}

import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRevealRoutedRecord } from './recordRoute';
import { SearchDialog } from './SearchDialog';
import { useSearch } from './store';
import './i18n';
import './search.css';

/** On a Mac the shortcut is Cmd+K (Ctrl+K there deletes to the end of the line in a text field). */
export function isMac(platform = navigator.platform): boolean {
  return /^Mac|^iP(hone|ad|od)/.test(platform);
}

/** Whether a key press is the search shortcut: Ctrl+K, or Cmd+K on a Mac. */
export function isSearchShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, mac = isMac()): boolean {
  return e.key.toLowerCase() === 'k' && !e.altKey && !e.shiftKey && (mac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey);
}

/**
 * The app header's search field and the Ctrl+K shortcut, from anywhere.
 * Typing in the field opens the search dialog with what was typed.
 */
export function HeaderSearch() {
  const { t } = useTranslation('search');
  const show = useSearch((s) => s.show);
  const id = useId();
  const keys = isMac() ? '⌘K' : 'Ctrl+K';
  useRevealRoutedRecord();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSearchShortcut(e)) return;
      e.preventDefault();
      show();
    };
    // Capture: a field that handles keys itself still lets the shortcut through.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [show]);

  return (
    <div className="header-search" role="search">
      <label htmlFor={id} className="sr-only">{t('field')}</label>
      <input id={id} type="search" className="header-search-input" placeholder={t('placeholder')} autoComplete="off"
        aria-describedby={`${id}-keys`} aria-haspopup="dialog" value=""
        onChange={(e) => show(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Enter' || e.key === 'ArrowDown') { e.preventDefault(); show(); } }} />
      <span id={`${id}-keys`} className="sr-only">{t('shortcut', { keys })}</span>
      <kbd className="header-search-keys" aria-hidden="true">{keys}</kbd>
      <SearchDialog />
    </div>
  );
}

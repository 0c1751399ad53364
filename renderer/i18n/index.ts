import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nb } from './nb';
import { en } from './en';
import { setMessageLanguage } from './messages';

export const LANGUAGES = ['nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'prosjektboka.language';

function initialLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'nb';
}

const startLanguage = initialLanguage();
setMessageLanguage(startLanguage);
// The page's language is the UI's: screen readers, hyphenation, and the English test's rule (renderer/README.md).
if (globalThis.document) document.documentElement.lang = startLanguage;

void i18next.use(initReactI18next).init({
  resources: { nb: { translation: nb }, en: { translation: en } },
  lng: startLanguage,
  fallbackLng: 'nb',
  interpolation: { escapeValue: false }, // React escapes already
});

/** The desktop app's menu follows the page's language (a no-op in a browser). */
function tellDesktop(lang: Language): void {
  globalThis.window?.prosjektboka?.setLanguage?.(lang);
}
tellDesktop(startLanguage);

export function setLanguage(lang: Language): void {
  tellDesktop(lang);
  globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  setMessageLanguage(lang);
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export default i18next;

/**
 * Each screen keeps its strings in its own catalogue file and registers them
 * under its own namespace, so screens never edit one shared file. The English
 * catalogue must have the bokmål one's shape (checked by the type).
 */
export function registerCatalogue<T extends object>(namespace: string, bokmal: T, english: NoInfer<T>): void {
  i18next.addResourceBundle('nb', namespace, bokmal, true, true);
  i18next.addResourceBundle('en', namespace, english, true, true);
}

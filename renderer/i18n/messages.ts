import { word } from '../../shared/messages/catalogue';
import { isMessageLanguage, type MessageLanguage, type MessageText } from '../../shared/messages/format';

/**
 * The language the workbook's and sync's messages are worded in here: the
 * app's language (i18n/index.ts sets it), or a printout's (print/PrintApp.tsx).
 * Kept apart from i18next so the print page, which loads no i18next, words
 * them the same way.
 */
let language: MessageLanguage = 'nb';

export function setMessageLanguage(lang: string): void {
  if (isMessageLanguage(lang)) language = lang;
}

export function messageLanguage(): MessageLanguage {
  return language;
}

/** A message from the catalogue (shared/messages) in the current language; an unknown key shows the fallback. */
export function wordText(text: MessageText, fallback?: string): string {
  return word(text, language, fallback);
}

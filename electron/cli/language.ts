import { msg, word, type MessageKey } from '../../shared/messages/catalogue.js';
import { isMessageLanguage, type MessageLanguage, type MessageParams } from '../../shared/messages/format.js';

/**
 * This run's --lang when one was given: a printout's language (print), which,
 * unlike the messages', does not follow LANG (a Norwegian document by default).
 */
export const cliRun: { lang?: MessageLanguage; words: MessageLanguage } = { words: 'nb' };

/** A catalogue text in the language of this run's messages, output and help (set before the program is built). */
export function say(key: MessageKey, params?: MessageParams): string {
  return word(msg(key, params), cliRun.words);
}

/**
 * The language the CLI writes its messages in: `--lang nb|en` (anywhere on the
 * line, taken out before the commands see it), else English when LANG (or
 * LC_ALL, LC_MESSAGES, which override it) names an English locale, else bokmål.
 */
export function cliLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): { lang: MessageLanguage; argv: string[]; badLang?: string; explicit?: MessageLanguage } {
  const rest: string[] = [];
  let given: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (a === '--lang') {
      given = argv[i + 1] ?? '';
      i++;
    } else if (a.startsWith('--lang=')) given = a.slice('--lang='.length);
    else rest.push(a);
  }
  if (given !== undefined) {
    const lang = given.toLowerCase();
    return isMessageLanguage(lang) ? { lang, argv: rest, explicit: lang } : { lang: envLanguage(env), argv: rest, badLang: given };
  }
  return { lang: envLanguage(env), argv: rest };
}

function envLanguage(env: NodeJS.ProcessEnv): MessageLanguage {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.@-]|$)/i.test(locale) ? 'en' : 'nb';
}

// The few lines the command line's bootstrap (bundle.js, prosjektboka.js)
// writes before the bundle exists, so before the catalogues in
// shared/messages can be loaded: kept tiny and here, in both languages. The
// language is chosen as electron/cli/language.ts's cliLanguage chooses it
// (tests/cli/bootstrap.test.ts holds the two to the same answers).

const WORDS = {
  nb: {
    missing: () => 'dist/cli mangler',
    changed: (input) => `${input} er endret etter at dist/cli ble bygget`,
    noEsbuild: (problem, root) => `kommandolinjen må bygges (${problem}), men esbuild er ikke installert; kjør «npm install» og «npm run build» i ${root}.`,
    rebuilding: (problem) => `prosjektboka: bygger kommandolinjen på nytt (${problem}) …`,
    buildFailed: (detail) => `kommandolinjen kunne ikke bygges: ${detail}`,
    notFound: (dir) => `fant ikke kommandolinjen i ${dir} etter byggingen; kjør «npm run build».`,
    loadFailed: (detail) => `kommandolinjen kunne ikke lastes: ${detail}`,
  },
  en: {
    missing: () => 'dist/cli is missing',
    changed: (input) => `${input} has changed since dist/cli was built`,
    noEsbuild: (problem, root) => `the command line must be built (${problem}), but esbuild is not installed; run “npm install” and “npm run build” in ${root}.`,
    rebuilding: (problem) => `prosjektboka: rebuilding the command line (${problem}) …`,
    buildFailed: (detail) => `the command line could not be built: ${detail}`,
    notFound: (dir) => `found no command line in ${dir} after the build; run “npm run build”.`,
    loadFailed: (detail) => `the command line could not be loaded: ${detail}`,
  },
};

/**
 * `--lang nb|en` anywhere on the line (before a `--`; the last one counts),
 * else English when LC_ALL, LC_MESSAGES or LANG (in that order) names an
 * English locale, else bokmål. An unknown --lang falls back to the locale, as
 * the CLI does.
 */
export function bootstrapLanguage(argv = [], env = {}) {
  let given;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a === '--lang') {
      given = argv[i + 1] ?? '';
      i++;
    } else if (a.startsWith('--lang=')) given = a.slice('--lang='.length);
  }
  const lang = given?.toLowerCase();
  if (lang !== undefined && Object.hasOwn(WORDS, lang)) return lang;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.@-]|$)/i.test(locale) ? 'en' : 'nb';
}

/** The bootstrap's words in one language. */
export function bootstrapWords(lang) {
  return WORDS[lang] ?? WORDS.nb;
}

import { cpSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootstrapLanguage } from '../../bin/bootstrapWords.js';
import { cliLanguage } from '../../electron/cli/language.js';
import { REPO_ROOT, freshDir, runProcess } from './run.js';

/**
 * The lines the command line's bootstrap (bin/bundle.js, bin/prosjektboka.js)
 * writes before its bundle exists speak the run's language, chosen as the
 * CLI chooses it. Each case runs the real bin/ files as a process, in a
 * folder of their own with a stand-in for scripts/build-cli.js (or none,
 * as in an installation without esbuild), so nothing here rebuilds the
 * repository's own bundle.
 */

const NO_LOCALE = { LANG: '', LC_ALL: '', LC_MESSAGES: '' };

/** bin/ alone, as a folder without development tools has it; with `builder`, a build-cli.js that makes a tiny bundle. */
function bootstrapFolder(builder: boolean): string {
  const root = freshDir();
  for (const file of ['bundle.js', 'prosjektboka.js', 'bootstrapWords.js']) cpSync(join(REPO_ROOT, 'bin', file), join(root, 'bin', file));
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(root, 'source.ts'), '// what the stand-in bundle is built from\n');
  if (builder) {
    mkdirSync(join(root, 'scripts'));
    // The bundle it makes answers with its arguments, so a test sees that it ran.
    writeFileSync(join(root, 'scripts', 'build-cli.js'), `
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
export async function buildCli() {
  const dir = join(import.meta.dirname, '..', 'dist', 'cli');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'prosjektboka.js'), 'export async function runCli(args) { process.stdout.write(args.join(" ") + "\\\\n"); return 0; }\\n');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: 1, builtAt: Date.now(), entries: { prosjektboka: 'prosjektboka.js' }, inputs: ['source.ts'] }));
}
`);
  }
  return root;
}

const bootstrap = (root: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  runProcess(args, { command: [process.execPath, join(root, 'bin', 'prosjektboka.js')], cwd: root, env: { ...NO_LOCALE, ...env } });

describe('the bootstrap before the bundle exists', () => {
  it('chooses the language as the CLI does: --lang (the last one, before --), then LC_ALL, LC_MESSAGES, LANG', () => {
    const cases: [string[], NodeJS.ProcessEnv][] = [
      [[], {}], [[], { LANG: 'en_GB.UTF-8' }], [[], { LANG: 'nb_NO.UTF-8' }], [[], { LANG: 'en' }], [[], { LANG: 'english' }],
      [[], { LANG: 'en_US', LC_ALL: 'nb_NO.UTF-8' }], [[], { LANG: 'nb_NO', LC_MESSAGES: 'en_US.UTF-8' }], [[], { LC_ALL: 'C.UTF-8', LANG: 'en_GB' }],
      [['--lang', 'en'], {}], [['info', '--lang=EN'], {}], [['--lang', 'nb'], { LANG: 'en_GB.UTF-8' }], [['--lang', 'de'], { LANG: 'en_GB.UTF-8' }],
      [['--lang', 'de'], {}], [['--lang', 'en', '--lang', 'nb'], {}], [['--lang'], { LANG: 'en_GB' }], [['--', '--lang', 'en'], {}],
      [['add', 'x', '--', '--lang=en'], { LANG: 'nb_NO' }],
    ];
    const chosen = cases.map(([argv, env]) => bootstrapLanguage(argv, { ...NO_LOCALE, ...env }));
    expect(chosen).toEqual(cases.map(([argv, env]) => cliLanguage(argv, { ...NO_LOCALE, ...env }).lang));
    // The table is not all one answer: both languages are chosen by it.
    expect(new Set(chosen)).toEqual(new Set(['nb', 'en']));
  });

  it('without esbuild says what to run, in bokmål by default and in English with --lang en or an English LANG', async () => {
    const root = bootstrapFolder(false);
    const [nb, en, locale, back] = await Promise.all([
      bootstrap(root, ['info']),
      bootstrap(root, ['info', '--lang', 'en']),
      bootstrap(root, ['info'], { LANG: 'en_GB.UTF-8' }),
      bootstrap(root, ['info', '--lang', 'nb'], { LANG: 'en_GB.UTF-8' }),
    ]);
    const norwegian = `prosjektboka: kommandolinjen må bygges (dist/cli mangler), men esbuild er ikke installert; kjør «npm install» og «npm run build» i ${root}.\n`;
    const english = `prosjektboka: the command line must be built (dist/cli is missing), but esbuild is not installed; run “npm install” and “npm run build” in ${root}.\n`;
    expect([nb, en, locale, back].map((r) => [r.code, r.stderr])).toEqual([[1, norwegian], [1, english], [1, english], [1, norwegian]]);
  });

  it('says it rebuilds a missing or stale bundle, in the run\'s language, and then runs it', async () => {
    const nbRoot = bootstrapFolder(true);
    const enRoot = bootstrapFolder(true);
    const [nb, en] = await Promise.all([bootstrap(nbRoot, ['info', 'x']), bootstrap(enRoot, ['info', 'x'], { LC_ALL: 'en_US.UTF-8' })]);
    expect([nb.code, nb.stderr, nb.stdout]).toEqual([0, 'prosjektboka: bygger kommandolinjen på nytt (dist/cli mangler) …\n', 'info x\n']);
    expect([en.code, en.stderr, en.stdout]).toEqual([0, 'prosjektboka: rebuilding the command line (dist/cli is missing) …\n', 'info x\n']);

    // The source touched after that build, as an editor saving it would.
    const later = new Date(Date.now() + 60_000);
    for (const root of [nbRoot, enRoot]) utimesSync(join(root, 'source.ts'), later, later);
    const [nbStale, enStale] = await Promise.all([bootstrap(nbRoot, ['info']), bootstrap(enRoot, ['info', '--lang=en'])]);
    expect(nbStale.stderr).toBe('prosjektboka: bygger kommandolinjen på nytt (source.ts er endret etter at dist/cli ble bygget) …\n');
    expect(enStale.stderr).toBe('prosjektboka: rebuilding the command line (source.ts has changed since dist/cli was built) …\n');
  });
});

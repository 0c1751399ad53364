#!/usr/bin/env node
// Bundles the command line (and with it the web host and the PDF renderer,
// which `serve` and `print` reach) with esbuild into dist/cli/, so that
// `prosjektboka …` starts from plain JavaScript and never compiles TypeScript
// at run time. `npm run build` (and so `npm install`, through `prepare`) runs
// it; bin/bundle.js runs it again when the sources have changed since.
//
//   node scripts/build-cli.js [--out <dir>]
//
// Output (ES modules; the repository's package.json is "type": "module"):
//   prosjektboka.js   the command line's entry (runCli)
//   serve.js          the web host for a browser, as `serve` and scripts/start.js run it
//   chunk-*.js        code reached only through import(): a command group
//                     (electron/cli/commandGroups.ts) or a lazy dependency,
//                     loaded when a command needs it. A new command needs no
//                     entry here: its import() in commandGroups.ts becomes a chunk.
//   manifest.json     which sources went into which file, and when it was built:
//                     bin/bundle.js compares it with the sources' times, and the
//                     tests check which code a command loaded.
//
// Packages that cannot or need not be bundled stay in node_modules: the
// native better-sqlite3, playwright-core (it reads its own files at load; the
// CLI prints with puppeteer-core, which is bundled), exceljs (large, loaded
// only by `export`), and electron.
import { build } from 'esbuild';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = join(ROOT, 'dist', 'cli');
export const MANIFEST_VERSION = 1;

/** The bundle's entry points: name in dist/cli → source. */
export const CLI_ENTRIES = { prosjektboka: 'electron/cli/main.ts', serve: 'electron/cli/serve.ts' };

/** Left in node_modules, imported at run time. */
export const CLI_EXTERNAL = ['better-sqlite3', 'playwright-core', 'exceljs', 'electron'];

/** Stand-ins for code the CLI reaches but never runs (see each stub for why). */
export const CLI_ALIASES = { 'proxy-agent': './electron/cli/bundleStubs/proxy-agent.ts' };

/** Besides the bundled sources, files whose change makes a bundle stale (a dependency upgrade changes the lockfile). */
const EXTRA_INPUTS = ['package.json', 'package-lock.json', 'scripts/build-cli.js'];

/**
 * Builds into a fresh folder beside `outDir` and then moves it into place, so
 * a process starting meanwhile sees either the old bundle or the new one,
 * never half of one; two processes rebuilding at once both end with a whole bundle.
 */
export async function buildCli({ outDir = CLI_DIR } = {}) {
  // Taken before esbuild reads a source, so an edit during the build still counts as newer.
  const builtAt = Date.now();
  const staging = `${outDir}.build-${process.pid}-${builtAt}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(dirname(outDir), { recursive: true });
  try {
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: CLI_ENTRIES,
      outdir: staging,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external: CLI_EXTERNAL,
      alias: CLI_ALIASES,
      // Less to parse at every start; names stay, for readable stack traces.
      minifyWhitespace: true,
      minifySyntax: true,
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'silent',
      // Bundled CommonJS packages (commander) call require(); an ES module has none of its own.
      banner: { js: 'import { createRequire as __pbCreateRequire } from "node:module"; const require = __pbCreateRequire(import.meta.url);' },
    });
    writeFileSync(join(staging, 'manifest.json'), `${JSON.stringify(manifestOf(result.metafile, staging, builtAt), null, 1)}\n`);
    const old = `${outDir}.old-${process.pid}-${builtAt}`;
    try {
      renameSync(outDir, old);
    } catch (e) {
      if (e.code !== 'ENOENT') throw e;
    }
    try {
      renameSync(staging, outDir);
    } catch (e) {
      // Another process put its fresh bundle there first; it is as good as ours.
      if (e.code !== 'ENOTEMPTY' && e.code !== 'EEXIST') throw e;
    }
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return outDir;
}

function manifestOf(metafile, staging, builtAt) {
  const own = (path) => !path.includes('node_modules/') && !path.startsWith('(');
  const outputs = {};
  for (const [file, out] of Object.entries(metafile.outputs)) {
    if (file.endsWith('.map')) continue;
    const name = relative(staging, join(ROOT, file)).split('\\').join('/');
    outputs[name] = {
      inputs: Object.keys(out.inputs).sort(),
      ...(out.entryPoint ? { entryPoint: out.entryPoint } : {}),
    };
  }
  const inputs = [...new Set([...Object.keys(metafile.inputs).filter(own), ...EXTRA_INPUTS])].sort();
  const entries = Object.fromEntries(Object.keys(CLI_ENTRIES).map((name) => [name, `${name}.js`]));
  return { version: MANIFEST_VERSION, builtAt, entries, inputs, outputs };
}

function argValue(args, name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const out = argValue(process.argv.slice(2), '--out');
  buildCli(out ? { outDir: resolve(out) } : {}).catch((e) => {
    const first = e?.errors?.[0];
    const where = first?.location ? `${first.location.file}:${first.location.line}: ` : '';
    console.error(`build-cli: ${where}${first?.text ?? (e instanceof Error ? e.message : String(e))}`);
    process.exitCode = 1;
  });
}

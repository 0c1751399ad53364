#!/usr/bin/env node
// Builds the desktop shell with esbuild into dist/electron, and (unless
// --skip-native) puts an Electron-ABI build of better-sqlite3 beside it for
// `npm run dist`. `npm start` (scripts/start.js) uses the same functions.
//
//   node scripts/build-electron.js [--skip-native] [--out <dir>] [--platform <p>] [--arch <a>]
//
// Output (all CommonJS: dist/electron/package.json says so, since the
// repository's package.json is "type": "module"):
//   main.js       the main process (external: electron, better-sqlite3)
//   dbWorker.js   the database worker thread (external: better-sqlite3)
//   preload.cjs   the sandboxed preload, one file that requires only 'electron'
//   native/better_sqlite3.node   the Electron-ABI binding (not with --skip-native)
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(ROOT, 'dist', 'electron');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
export const ELECTRON_VERSION = readJson(join(ROOT, 'node_modules', 'electron', 'package.json')).version;
const BETTER_SQLITE3_DIR = join(ROOT, 'node_modules', 'better-sqlite3');

// esbuild leaves import.meta empty in a CommonJS bundle; main.ts finds its
// files relative to import.meta.url, so give it the bundle's own URL.
const importMetaUrlShim = {
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: 'var __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
};

/** Bundles main, the database worker and the preload into outDir. */
export async function buildElectron({ outDir = OUT_DIR } = {}) {
  mkdirSync(outDir, { recursive: true });
  const common = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    sourcemap: 'linked',
    logLevel: 'warning',
    absWorkingDir: ROOT,
  };
  await Promise.all([
    build({
      ...common,
      ...importMetaUrlShim,
      // Electron 45 runs Node 22 in the main process and its workers.
      target: 'node22',
      entryPoints: { main: 'electron/main/main.ts' },
      outdir: outDir,
      external: ['electron', 'better-sqlite3'],
    }),
    build({
      ...common,
      ...importMetaUrlShim,
      target: 'node22',
      entryPoints: { dbWorker: 'electron/main/dbWorker.ts' },
      outdir: outDir,
      external: ['electron', 'better-sqlite3'],
      // The API's Puppeteer-based renderPdf is for the web host and the CLI;
      // see the stub for why the desktop worker carries a stand-in.
      alias: { 'puppeteer-core': './electron/main/bundleStubs/puppeteer-core.ts' },
    }),
    build({
      ...common,
      // A sandboxed preload may require 'electron' and little else: everything else is bundled.
      target: 'es2022',
      entryPoints: { preload: 'electron/preload/preload.ts' },
      outdir: outDir,
      outExtension: { '.js': '.cjs' },
      external: ['electron'],
    }),
  ]);
  const pkg = readJson(join(ROOT, 'package.json'));
  // Also lets `electron dist/electron` name the app Prosjektboka in development.
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify({
    name: pkg.name,
    productName: 'Prosjektboka',
    version: pkg.version,
    private: true,
    type: 'commonjs',
    main: 'main.js',
  }, null, 2)}\n`);
  return outDir;
}

/** The Electron executable if it has been downloaded; null otherwise. Never downloads. */
export function electronBinaryPath() {
  const dir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const full = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
    : join(dir, 'dist', relative);
  return relative && existsSync(full) ? full : null;
}

function fileHash(file) {
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : null;
}

/**
 * An Electron-ABI better_sqlite3.node, built once per Electron version,
 * platform, arch and better-sqlite3 version, and cached in
 * .cache/electron-native/. The rebuild runs on a copy of the package in its
 * own project folder, so node_modules keeps Node's build for the tests; the
 * check at the end makes sure of that.
 */
export async function ensureNativeBinding({
  electronVersion = ELECTRON_VERSION,
  platform = process.platform,
  arch = process.arch,
  log = (line) => console.log(line),
} = {}) {
  const sqliteVersion = readJson(join(BETTER_SQLITE3_DIR, 'package.json')).version;
  const cacheDir = join(ROOT, '.cache', 'electron-native', electronVersion, `${platform}-${arch}`);
  const target = join(cacheDir, 'better_sqlite3.node');
  const stamp = join(cacheDir, 'better-sqlite3.version');
  if (existsSync(target) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === sqliteVersion) return target;

  log(`Bygger better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${platform}-${arch}); det skjer bare første gang.`);
  mkdirSync(cacheDir, { recursive: true });
  const nodeBinding = join(BETTER_SQLITE3_DIR, 'build', 'Release', 'better_sqlite3.node');
  const before = fileHash(nodeBinding);
  // Inside the repository, so @electron/rebuild finds prebuild-install in node_modules walking up.
  const work = mkdtempSync(join(cacheDir, 'build-'));
  try {
    cpSync(BETTER_SQLITE3_DIR, join(work, 'node_modules', 'better-sqlite3'), {
      recursive: true,
      filter: (src) => !src.startsWith(join(BETTER_SQLITE3_DIR, 'build')),
    });
    writeFileSync(join(work, 'package.json'), JSON.stringify({
      name: 'prosjektboka-electron-native', version: '0.0.0', private: true, dependencies: { 'better-sqlite3': sqliteVersion },
    }));
    const { rebuild } = await import('@electron/rebuild');
    await rebuild({
      buildPath: work,
      // Without this, @electron/rebuild finds the repository's lockfile and rebuilds node_modules too.
      projectRootPath: work,
      electronVersion,
      platform,
      arch,
      onlyModules: ['better-sqlite3'],
      force: true,
      mode: 'sequential',
    });
    const built = join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) throw new Error('@electron/rebuild left no better_sqlite3.node');
    copyFileSync(built, `${target}.tmp`);
    renameSync(`${target}.tmp`, target);
    writeFileSync(stamp, `${sqliteVersion}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (fileHash(nodeBinding) !== before) {
    throw new Error(`${nodeBinding} was changed by the Electron rebuild; run "npm rebuild better-sqlite3" to restore Node's build.`);
  }
  return target;
}

function argValue(args, name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args) {
  const outDir = resolve(argValue(args, '--out') ?? OUT_DIR);
  await buildElectron({ outDir });
  if (args.includes('--skip-native')) return;
  const binding = await ensureNativeBinding({
    platform: argValue(args, '--platform') ?? process.platform,
    arch: argValue(args, '--arch') ?? process.arch,
  });
  mkdirSync(join(outDir, 'native'), { recursive: true });
  copyFileSync(binding, join(outDir, 'native', 'better_sqlite3.node'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(`build-electron: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  });
}

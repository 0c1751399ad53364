#!/usr/bin/env node
// `npm start`: the desktop app when Electron's binary is available; otherwise
// the same renderer and API in the default browser through the web host, on
// the same default workbook, so the command always gives the user Prosjektboka.
//
// PROSJEKTBOKA_NO_ELECTRON=1 forces the browser (the tests use it);
// PROSJEKTBOKA_HOME moves the data folder, as for the CLI.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BundleError, loadCliBundle } from '../bin/bundle.js';
import { buildElectron, electronBinaryPath, ensureNativeBinding, OUT_DIR, ROOT } from './build-electron.js';

const RENDERER_INDEX = join(ROOT, 'dist', 'renderer', 'index.html');
const ELECTRON_DOWNLOAD_TIMEOUT_MS = 30_000;

function fail(message) {
  console.error(`prosjektboka: ${message}`);
  process.exit(1);
}

/** Electron 45's npm package downloads its binary on first use; try once, briefly, and quietly. */
function findElectron() {
  if (process.env.PROSJEKTBOKA_NO_ELECTRON) return null;
  const found = electronBinaryPath();
  if (found) return found;
  spawnSync(process.execPath, [join(ROOT, 'node_modules', 'electron', 'install.js')], {
    cwd: ROOT,
    stdio: 'ignore',
    timeout: ELECTRON_DOWNLOAD_TIMEOUT_MS,
  });
  return electronBinaryPath();
}

function ensureRendererBuilt() {
  if (existsSync(RENDERER_INDEX)) return;
  console.log('Bygger brukergrensesnittet (første gang) …');
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) fail('kunne ikke bygge brukergrensesnittet; kjør «npm run build» og se feilen.');
}

function hasDisplay() {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function openBrowser(url) {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]]
      : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // The address is printed anyway.
  }
}

async function serveInBrowser() {
  ensureRendererBuilt();
  let serve;
  try {
    // The web host as the CLI runs it: from the bundle (dist/cli), rebuilt first if the sources changed.
    serve = await loadCliBundle({ entry: 'serve' });
  } catch (e) {
    fail(e instanceof BundleError ? e.message : String(e));
  }
  try {
    const file = serve.ensureDefaultWorkbook((created) => console.log(`Laget standardarbeidsboka ${created}.`));
    await serve.serveWorkbook(file, {
      port: 0,
      onListening: (url) => {
        console.log(`Prosjektboka viser ${file} på\n  ${url}\nAvslutt med Ctrl+C.`);
        if (hasDisplay()) openBrowser(url);
      },
    });
  } catch (e) {
    fail(e instanceof Error ? e.message.replace(/\s*[\r\n]+\s*/g, ' ') : String(e));
  }
}

async function startDesktop(electron) {
  ensureRendererBuilt();
  await buildElectron();
  let nativeBinding;
  try {
    nativeBinding = await ensureNativeBinding();
  } catch (e) {
    console.log(`Skrivebordsappen kan ikke starte fordi better-sqlite3 ikke kunne bygges for Electron (${e instanceof Error ? e.message : e}); Prosjektboka åpnes i nettleseren i stedet.`);
    return serveInBrowser();
  }
  const env = { ...process.env, PROSJEKTBOKA_NATIVE_BINDING: nativeBinding };
  // Set in some editors' terminals; it would make Electron run as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electron, [OUT_DIR], { cwd: ROOT, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = findElectron();
if (electron) {
  await startDesktop(electron);
} else {
  console.log('Skrivebordsappen kan ikke starte fordi Electron ikke kunne lastes ned; Prosjektboka åpnes i nettleseren i stedet.');
  await serveInBrowser();
}

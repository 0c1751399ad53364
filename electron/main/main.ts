import { msg } from '../../shared/messages/catalogue.js';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, screen, session, shell } from 'electron';
import type { MessageBoxOptions } from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
import { access, stat, writeFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DEFAULT_WORKBOOK_NAME, userDataDir } from '../workbook/defaultLocation.js';
import { FLUSHED_CHANNEL, FLUSH_CHANNEL, LANGUAGE_CHANNEL, MENU_CHANNEL, PROGRESS_CHANNEL, type MenuCommand } from '../preload/channels.js';
import { CloseGuard, SAVE_ON_CLOSE_MS } from './closeGuard.js';
import { isTrustedSender, registerApiIpc } from './ipc.js';
import { PendingFiles, filesFromArgv, launchTarget, type LaunchFiles } from './launch.js';
import { applicationMenuTemplate } from './menu.js';
import { DIALOG_WORDS, isMenuLanguage, type MenuLanguage } from './menuWords.js';
import { bundlePaths, nativeBindingPath } from './paths.js';
import { PrintMenu } from './printMenu.js';
import { APP_ENTRY_URL, registerAppScheme, serveAppProtocol } from './protocol.js';
import { hardenSession, hardenWebContents } from './security.js';
import { SETTINGS_FILE_NAME, SettingsStore, boundsToRestore } from './settings.js';
import { SyncFileHandoff } from './syncFileHandoff.js';
import { DEFAULT_BOUNDS, windowOptions } from './windowOptions.js';
import { WorkerClient } from './workerClient.js';
import { DB_WORKER_ROLE, failureEnvelope, type WorkerInit } from './workerProtocol.js';
import { keychainVaultKey } from './keychain.js';
import { createFromDialog, openFromDialog, openWithRecovery, type FlowOutcome, type WorkbookFlowUi } from './workbookFlow.js';

/**
 * The main process: lifecycle, one window, the menu, dialogs and wiring. It
 * does no database work (the worker does) and holds no rule worth a test of
 * its own: each decision lives in a module beside it that runs under Node.
 */

const paths = bundlePaths(dirname(fileURLToPath(import.meta.url)));

app.setName('Prosjektboka');
// userDataDir() is Electron's own userData for an app named Prosjektboka
// (and honours PROSJEKTBOKA_HOME), so the CLI, `npm run serve` and the app
// find the same default workbook; setting it also covers `electron dist/electron`.
app.setPath('userData', userDataDir());
registerAppScheme(protocol);

const pending = new PendingFiles();
/** Sync files for the Synkronisering page (Fil → Importer synkfil…, double-clicked .pbsync), held while the page loads. */
const syncFiles = new SyncFileHandoff({
  showOpenDialog: (options) => mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
  showMessageBox,
  fileSize: async (path) => (await stat(path)).size,
  checkReadable: async (path) => {
    // A folder opens for reading too; the page could do nothing with it.
    if ((await stat(path)).isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
    await access(path, constants.R_OK);
  },
  send: (message) => mainWindow?.webContents.send(MENU_CHANNEL, message),
  documentsDir,
  language: () => menuLanguage,
});
let mainWindow: BrowserWindow | null = null;
let worker: WorkerClient | null = null;
let settings: SettingsStore | null = null;
let workerClosed = false;
/** Fil → Skriv ut / Lagre som PDF: in a hidden window kept warm after the first job, errors in a message box. */
const printing = new PrintMenu({
  preload: paths.preload,
  documentsDir,
  openWindow: (options) => new BrowserWindow(options),
  showSaveDialog: (options) => mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
  showMessageBox,
  writeFile: (path, bytes) => writeFile(path, bytes),
  language: () => menuLanguage,
});

if (!app.requestSingleInstanceLock()) {
  // Another Prosjektboka runs: it got our files through 'second-instance'.
  app.quit();
} else {
  app.on('open-file', (event, path) => {
    event.preventDefault();
    pending.add(filesFromArgv(['', path]));
    if (mainWindow) void takePendingFiles();
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    pending.add(filesFromArgv(argv, workingDirectory));
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    void takePendingFiles();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell));
  // One workbook, one window: closing it ends the app on every platform.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!worker || workerClosed) return;
    // Let the worker close the workbook (checkpointing its WAL) before the process ends.
    event.preventDefault();
    void worker.close().finally(() => {
      workerClosed = true;
      app.quit();
    });
  });
  app.whenReady().then(start).catch((e: unknown) => {
    console.error('Prosjektboka could not start', e);
    dialog.showErrorBox(DIALOG_WORDS[menuLanguage].startFailed, e instanceof Error ? e.message : String(e));
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  mkdirSync(userData, { recursive: true });
  const store = new SettingsStore(join(userData, SETTINGS_FILE_NAME));
  settings = store;
  // The language the page last chose, for the dialogs shown before it loads (and if the start fails).
  menuLanguage = store.settings.language ?? menuLanguage;
  app.setAboutPanelOptions({ applicationName: 'Prosjektboka', applicationVersion: app.getVersion() });

  hardenSession(session.defaultSession);
  serveAppProtocol(session.defaultSession.protocol, paths.renderer);
  worker = startWorker(store);
  const client = worker;
  registerApiIpc(ipcMain, (method, args) => client.call(method, args));

  pending.add(filesFromArgv(process.argv));
  const files = pending.take();
  const target = launchTarget({
    requested: files.open.at(-1),
    lastWorkbook: store.settings.lastWorkbook,
    defaultPath: join(userData, DEFAULT_WORKBOOK_NAME),
    exists: existsSync,
  });
  if ((await openWithRecovery(flowUi(), target, false)) !== 'opened') {
    app.quit();
    return;
  }
  refreshMenu();
  createWindow(store);
  handOverSyncFiles(files);
  // Files sent by a second launch or macOS while the first workbook was opening.
  await takePendingFiles();
}

function startWorker(store: SettingsStore): WorkerClient {
  const init: WorkerInit = {
    role: DB_WORKER_ROLE,
    nativeBinding: nativeBindingPath({ isPackaged: app.isPackaged, env: process.env, bundled: paths.bundledNativeBinding, exists: existsSync }),
    recent: store.list(),
    vaultKey: keychainVaultKey(safeStorage, app.getPath('userData')),
  };
  return new WorkerClient(new Worker(paths.dbWorker, { workerData: init, name: 'prosjektboka-db' }), {
    onProgress: (progress) => mainWindow?.webContents.send(PROGRESS_CHANNEL, progress),
    onOpened: (path) => {
      store.remember(path);
      refreshMenu();
      mainWindow?.setTitle(windowTitle(path));
    },
    onUnexpectedExit: (reason) => {
      console.error(reason);
      const words = DIALOG_WORDS[menuLanguage];
      dialog.showErrorBox(words.restartTitle, words.workerStopped);
    },
  });
}

function createWindow(store: SettingsStore): void {
  const saved = boundsToRestore(store.settings.windowBounds, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow(windowOptions(paths.preload, saved ?? DEFAULT_BOUNDS));
  mainWindow = win;
  if (saved?.maximized) win.maximize();
  const current = store.settings.lastWorkbook;
  if (current) win.setTitle(windowTitle(current));
  // The window's title names the workbook; the page's <title> does not replace it.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  win.webContents.on('did-start-loading', () => syncFiles.pageLoading());
  win.webContents.on('did-finish-load', () => syncFiles.pageLoaded());
  // Closing waits for what the page is still saving (with a time limit, and a message if a save failed).
  const guard = new CloseGuard({
    send: (id) => win.webContents.send(FLUSH_CHANNEL, id),
    showMessageBox: (options) => dialog.showMessageBox(win, options),
    language: () => menuLanguage,
  }, Number(process.env.PROSJEKTBOKA_SAVE_ON_CLOSE_MS) || SAVE_ON_CLOSE_MS);
  ipcMain.on(LANGUAGE_CHANNEL, (event, lang: unknown) => {
    if (event.senderFrame?.parent !== null || !isTrustedSender(event.senderFrame.url) || !isMenuLanguage(lang)) return;
    if (lang === menuLanguage) return;
    menuLanguage = lang;
    store.saveLanguage(lang);
    refreshMenu();
  });
  ipcMain.on(FLUSHED_CHANNEL, (event, answer: unknown) => {
    if (event.senderFrame?.parent === null && isTrustedSender(event.senderFrame.url)) guard.answer(answer);
  });
  win.on('close', (event) => {
    store.saveWindowBounds({ ...win.getNormalBounds(), maximized: win.isMaximized() });
    guard.onClose(event, () => win.close());
  });
  win.on('closed', () => {
    mainWindow = null;
    // The hidden print window would otherwise keep the app from quitting.
    printing.close();
  });
  void win.loadURL(APP_ENTRY_URL);
}

function windowTitle(path: string): string {
  return `${basename(path)} – Prosjektboka`;
}

/** The app's language as the page last said; the menu and the dialogs speak it. */
let menuLanguage: MenuLanguage = 'nb';

function refreshMenu(): void {
  const recent = (settings?.list() ?? []).filter((p) => existsSync(p));
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(
    { recent, platform: process.platform, devTools: !app.isPackaged, language: menuLanguage },
    {
      newWorkbook: () => void switchWorkbook(() => createFromDialog(flowUi())),
      openWorkbook: () => void switchWorkbook(() => openFromDialog(flowUi())),
      openRecent: (path) => void switchWorkbook(() => openWithRecovery(flowUi(), { path, create: false }, true)),
      // The jobs never reject (failures end in a message box); the promise is only for the tests.
      printRiskMatrix: () => printing.printRiskMatrix(),
      saveRiskMatrixPdf: () => printing.saveRiskMatrixPdf(),
      importSyncFile: () => syncFiles.chooseAndHandOver(),
      send: (command: MenuCommand) => syncFiles.post(command),
    },
  )));
}

/** After another workbook opens, the page starts over on it: every store reloads from the new file. */
async function switchWorkbook(flow: () => Promise<FlowOutcome>): Promise<void> {
  const outcome = await flow();
  if (outcome === 'opened') {
    syncFiles.pageLoading();
    mainWindow?.webContents.reload();
  }
  if (outcome === 'quit') app.quit();
}

async function takePendingFiles(): Promise<void> {
  const files = pending.take();
  const last = files.open.at(-1);
  if (last) await switchWorkbook(() => openWithRecovery(flowUi(), { path: last, create: false }, true));
  handOverSyncFiles(files);
}

/** Opened sync files go to the Synkronisering page, which previews each before anything is imported. */
function handOverSyncFiles(files: LaunchFiles): void {
  if (files.import.length) void syncFiles.handOverAll(files.import);
}

function showMessageBox(options: MessageBoxOptions): Promise<{ response: number }> {
  return mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options);
}

function flowUi(): WorkbookFlowUi {
  const client = worker;
  return {
    call: (method, args) => client ? client.call(method, args)
      : Promise.resolve(failureEnvelope('worker_stopped', msg('api.worker_not_running'))),
    recent: () => (settings?.list() ?? []).filter((p) => existsSync(p)),
    showMessageBox,
    showOpenDialog: (options) => mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
    showSaveDialog: (options) => mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
    documentsDir: documentsDir(),
    language: () => menuLanguage,
  };
}

function documentsDir(): string {
  try {
    return app.getPath('documents');
  } catch {
    // Some Linux desktops define no Documents folder.
    return homedir();
  }
}

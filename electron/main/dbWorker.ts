import { basename } from 'node:path';
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { ApiArgs, ApiResult } from '../../shared/api/contract.js';
import { API_METHOD_NAMES } from '../../shared/api/methods.js';
import { SYNC_FOLDER_OPERATION } from '../../shared/api/syncContract.js';
import { WorkbookError } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import { dispatch } from '../api/dispatch.js';
import { createHandlers, type ApiHandlers } from '../api/handlers.js';
import { renderPdfForApi } from '../print/renderPdf.js';
import { WorkbookSession, type RecentStore } from '../api/session.js';
import { syncFileBytes } from '../api/syncHandlers.js';
import { joinWorkbook } from '../sync/join.js';
import { SyncFolderWatcher, exchangeWithFolder, ownFolderFileName } from '../sync/syncFolder.js';
import { createWorkbook, openWorkbook, type OpenOptions } from '../workbook/open.js';
import { InstallationStore, defaultInstallationStore, vaultProtector } from '../workbook/installationStore.js';
import type { Workbook } from '../workbook/workbook.js';
import { rememberRecent } from './settings.js';
import { DB_WORKER_ROLE, isToWorker, type FromWorker, type WorkerInit } from './workerProtocol.js';

/**
 * The database runs in a worker_threads Worker, not in the main process: a
 * long import or a slow disk then never freezes menus and window painting,
 * which the main thread drives. A worker thread rather than a utilityProcess
 * because better-sqlite3 is a synchronous, context-aware addon that loads in
 * worker threads; because the thread shares the process, it needs no
 * ELECTRON_RUN_AS_NODE (the runAsNode fuse is off); and because a plain
 * worker_threads Worker runs the same under Node, so the tests run this very
 * code (tests/electron/dbWorker.test.ts).
 */

/** The recent list lives in main's settings file; the worker keeps a copy and reports what it opens. */
class MirroredRecentStore implements RecentStore {
  private paths: string[];

  constructor(initial: readonly string[], private readonly opened: (path: string) => void) {
    this.paths = [...initial];
  }

  list(): string[] {
    return [...this.paths];
  }

  remember(path: string): void {
    this.paths = rememberRecent(this.paths, path);
    this.opened(this.paths[0] ?? path);
  }
}

const noWorkbook = () => new WorkbookError('no_workbook', msg('workbook.no_workbook'));

/** Calls after which the sync folder to watch may have changed: another workbook, a restore (new replica id), the setting. */
const FOLDER_CHANGING_CALLS: ReadonlySet<string> = new Set(['openWorkbook', 'newWorkbook', 'joinWorkbook', 'restoreBackup', 'setSyncFolder']);

export interface HostOptions {
  /** The sync folder watcher's quiet period before an exchange (SyncFolderWatcher's default when absent). */
  readonly folderDebounceMs?: number;
  /** Where background failures (a sync folder exchange) are logged; console.error by default. */
  readonly log?: (message: string, error: unknown) => void;
}

/**
 * Answers API calls against the open workbook. Until one is open, only
 * openWorkbook, newWorkbook, joinWorkbook and recentWorkbooks work: main
 * opens the first workbook through the same API the renderer uses, so a
 * refused file comes back as an ordinary envelope with the Norwegian message.
 *
 * When the open workbook has a sync folder (setSyncFolder), the host watches
 * it (SyncFolderWatcher) and exchanges with it on changes, one at a time with
 * the API calls, and reports each exchange that imported files as progress
 * (SYNC_FOLDER_OPERATION), so the page reloads.
 */
export class WorkbookHost {
  private session: WorkbookSession | null = null;
  private sessionHandlers: ApiHandlers | null = null;
  private readonly recent: MirroredRecentStore;
  private readonly openOptions: OpenOptions;
  /** API calls and folder exchanges, one at a time, in order. */
  private queue: Promise<unknown> = Promise.resolve();
  private folder: { readonly key: string; readonly watcher: SyncFolderWatcher } | null = null;
  readonly handlers: ApiHandlers;

  constructor(
    init: Omit<WorkerInit, 'role'>,
    private readonly post: (message: FromWorker) => void,
    private readonly options: HostOptions = {},
  ) {
    this.openOptions = {
      ...(init.nativeBinding ? { nativeBinding: init.nativeBinding } : {}),
      // Where the app has a keychain, the installations' secrets are sealed with it (docs/sync.md, "Keys").
      ...(init.vaultKey ? { installations: new InstallationStore(defaultInstallationStore().dir, vaultProtector(init.vaultKey)) } : {}),
    };
    this.recent = new MirroredRecentStore(init.recent, (path) => post({ type: 'opened', path }));
    const forward = Object.fromEntries(
      API_METHOD_NAMES.map((method) => [method, (args: never) => {
        if (!this.sessionHandlers) throw noWorkbook();
        return (this.sessionHandlers[method] as (a: never) => unknown)(args);
      }]),
    ) as unknown as ApiHandlers;
    this.handlers = {
      ...forward,
      recentWorkbooks: (args) => this.sessionHandlers?.recentWorkbooks(args) ?? this.recentWithoutSession(),
      openWorkbook: (args) => this.sessionHandlers?.openWorkbook(args) ?? this.start(() => openWorkbook(args.path, this.openOptions)),
      newWorkbook: (args) => this.sessionHandlers?.newWorkbook(args)
        ?? this.start(() => createWorkbook(args.path, { ...this.openOptions, empty: args.empty ?? false })),
      // "Bli med i en arbeidsbok" may be the first thing a new installation does.
      joinWorkbook: (args) => this.sessionHandlers?.joinWorkbook(args) ?? this.joinFirst(args),
    };
  }

  /** Handles one message from main; a reply is posted for every call. */
  async receive(message: unknown): Promise<'continue' | 'close'> {
    if (!isToWorker(message)) return 'continue';
    if (message.type === 'close') {
      await this.serialize(async () => this.close());
      this.post({ type: 'closed' });
      return 'close';
    }
    if (message.method === 'waitForChanges') {
      // A window waiting for change events must not hold up the calls behind it: it only reads the feed.
      void dispatch(this.handlers, message.method, message.args).then((envelope) => this.post({ type: 'reply', id: message.id, envelope }));
      return 'continue';
    }
    const envelope = await this.serialize(() => dispatch(this.handlers, message.method, message.args));
    if (envelope.ok && FOLDER_CHANGING_CALLS.has(message.method)) this.watchSyncFolder();
    this.post({ type: 'reply', id: message.id, envelope });
    return 'continue';
  }

  /** For long operations (sync imports, later): main forwards this to the window. */
  reportProgress(operation: string, done: number, total: number): void {
    this.post({ type: 'progress', operation, done, total });
  }

  close(): void {
    this.folder?.watcher.close();
    this.folder = null;
    this.session?.close();
    this.session = null;
    this.sessionHandlers = null;
  }

  private start(open: () => Workbook): ApiResult<'openWorkbook'> {
    const session = new WorkbookSession(open(), { canSwitch: true, recent: this.recent, open: this.openOptions });
    this.session = session;
    this.sessionHandlers = createHandlers(session, { renderPdf: renderPdfForApi });
    return session.info();
  }

  private async joinFirst(args: ApiArgs<'joinWorkbook'>): Promise<ApiResult<'joinWorkbook'>> {
    const { bytes, what } = await syncFileBytes({ contentBase64: args.contentBase64, path: args.sourcePath, fileName: args.fileName }, true);
    const joined = await joinWorkbook(args.path, bytes, { ...this.openOptions, passphrase: args.passphrase, replicaName: args.replicaName, what });
    return this.start(() => joined.workbook);
  }

  private serialize<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Starts, moves or stops the sync folder watcher to match the open workbook's setting. */
  private watchSyncFolder(): void {
    const wb = this.session?.workbook;
    const dir = wb ? wb.sync.setting('folder') ?? null : null;
    const key = wb && dir ? `${wb.path}\n${wb.replicaId}\n${dir}` : null;
    if (key === (this.folder?.key ?? null)) return;
    this.folder?.watcher.close();
    this.folder = null;
    if (!wb || !dir || !key) return;
    const log = this.options.log ?? defaultLog;
    const watcher = new SyncFolderWatcher(dir, ownFolderFileName(wb), () => this.serialize(() => this.exchange(key, dir)), {
      debounceMs: this.options.folderDebounceMs,
      onError: (e) => log(`Prosjektboka: the exchange with the sync folder ${dir} failed`, e),
    });
    try {
      watcher.start();
    } catch (e) {
      // The folder is gone (a network drive not mounted): no watcher until it is set again or the workbook reopens.
      log(`Prosjektboka: cannot watch the sync folder ${dir}`, e);
      return;
    }
    this.folder = { key, watcher };
    // Files that arrived while the workbook was closed.
    watcher.schedule();
  }

  private async exchange(key: string, dir: string): Promise<void> {
    const wb = this.session?.workbook;
    // Another workbook (or folder) since this exchange was scheduled: not this one's business.
    if (!wb || this.folder?.key !== key) return;
    const result = await exchangeWithFolder(wb, dir);
    if (result.imported.length > 0) this.reportProgress(SYNC_FOLDER_OPERATION, result.imported.length, result.imported.length);
  }

  private recentWithoutSession(): ApiResult<'recentWorkbooks'> {
    return this.recent.list().map((path) => ({ path, fileName: basename(path) }));
  }
}

function defaultLog(message: string, error: unknown): void {
  console.error(message, error);
}

/** Runs the host on a worker's port: one message at a time, in order. */
export function serveWorkbookHost(port: MessagePort, init: WorkerInit): WorkbookHost {
  const host = new WorkbookHost(init, (message) => port.postMessage(message));
  let queue = Promise.resolve();
  port.on('message', (message: unknown) => {
    queue = queue
      .then(async () => {
        if ((await host.receive(message)) === 'close') port.close();
      })
      .catch((e: unknown) => console.error('the database worker could not handle a message', e));
  });
  return host;
}

function isWorkerInit(value: unknown): value is WorkerInit {
  return typeof value === 'object' && value !== null && (value as { role?: unknown }).role === DB_WORKER_ROLE;
}

if (!isMainThread && parentPort && isWorkerInit(workerData)) {
  serveWorkbookHost(parentPort, workerData);
}

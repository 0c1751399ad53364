import { basename } from 'node:path';
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { ApiResult } from '../../shared/api/contract.js';
import { API_METHOD_NAMES } from '../../shared/api/methods.js';
import { WorkbookError } from '../../shared/errors.js';
import { dispatch } from '../api/dispatch.js';
import { createHandlers, type ApiHandlers } from '../api/handlers.js';
import { WorkbookSession, type RecentStore } from '../api/session.js';
import { createWorkbook, openWorkbook, type OpenOptions } from '../workbook/open.js';
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

const noWorkbook = () => new WorkbookError('no_workbook', 'Ingen arbeidsbok er åpen; åpne eller lag en arbeidsbok først.');

/**
 * Answers API calls against the open workbook. Until one is open, only
 * openWorkbook, newWorkbook and recentWorkbooks work: main opens the first
 * workbook through the same API the renderer uses, so a refused file comes
 * back as an ordinary envelope with the Norwegian message.
 */
export class WorkbookHost {
  private session: WorkbookSession | null = null;
  private sessionHandlers: ApiHandlers | null = null;
  private readonly recent: MirroredRecentStore;
  private readonly openOptions: OpenOptions;
  readonly handlers: ApiHandlers;

  constructor(init: Omit<WorkerInit, 'role'>, private readonly post: (message: FromWorker) => void) {
    this.openOptions = init.nativeBinding ? { nativeBinding: init.nativeBinding } : {};
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
    };
  }

  /** Handles one message from main; a reply is posted for every call. */
  async receive(message: unknown): Promise<'continue' | 'close'> {
    if (!isToWorker(message)) return 'continue';
    if (message.type === 'close') {
      this.close();
      this.post({ type: 'closed' });
      return 'close';
    }
    const envelope = await dispatch(this.handlers, message.method, message.args);
    this.post({ type: 'reply', id: message.id, envelope });
    return 'continue';
  }

  /** For long operations (sync imports, later): main forwards this to the window. */
  reportProgress(operation: string, done: number, total: number): void {
    this.post({ type: 'progress', operation, done, total });
  }

  close(): void {
    this.session?.close();
    this.session = null;
    this.sessionHandlers = null;
  }

  private start(open: () => Workbook): ApiResult<'openWorkbook'> {
    const session = new WorkbookSession(open(), { canSwitch: true, recent: this.recent, open: this.openOptions });
    this.session = session;
    this.sessionHandlers = createHandlers(session);
    return session.info();
  }

  private recentWithoutSession(): ApiResult<'recentWorkbooks'> {
    return this.recent.list().map((path) => ({ path, fileName: basename(path) }));
  }
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

import { msg } from '../../shared/messages/catalogue.js';
import type { ApiEnvelope } from '../../shared/api/contract.js';
import { failureEnvelope, isFromWorker, type FromWorker, type ToWorker } from './workerProtocol.js';

/** The part of worker_threads' Worker the client uses. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

export interface WorkerEvents {
  onProgress?(progress: { operation: string; done: number; total: number }): void;
  onOpened?(path: string): void;
  /** The thread ended without being asked to (a crash in native code, an uncaught error). */
  onUnexpectedExit?(reason: string): void;
}

const STOPPED_MESSAGE = msg('api.worker_stopped');

/**
 * Main's side of the database worker: numbers each call, matches replies to
 * calls, and turns a dead worker into error envelopes, so an IPC call always
 * resolves and the main process never throws over a worker's failure.
 */
export class WorkerClient {
  private nextId = 1;
  private readonly pending = new Map<number, (envelope: ApiEnvelope) => void>();
  private stopped: string | null = null;
  private closing = false;
  private readonly exited: Promise<void>;

  constructor(
    private readonly worker: WorkerLike,
    private readonly events: WorkerEvents = {},
  ) {
    worker.on('message', (message) => this.receive(message));
    worker.on('error', (error) => this.stop(`uncaught error in the database worker: ${error.message}`));
    this.exited = new Promise((resolveExit) => {
      worker.on('exit', (code) => {
        this.stop(`the database worker exited with code ${code}`);
        resolveExit();
      });
    });
  }

  get running(): boolean {
    return this.stopped === null;
  }

  /** Runs one API call in the worker. Resolves with an error envelope, never rejects. */
  call(method: string, args: unknown): Promise<ApiEnvelope> {
    if (this.stopped !== null || this.closing) return Promise.resolve(failureEnvelope('worker_stopped', STOPPED_MESSAGE));
    const id = this.nextId++;
    return new Promise((resolveCall) => {
      this.pending.set(id, resolveCall);
      try {
        this.worker.postMessage({ type: 'call', id, method, args });
      } catch (e) {
        // Arguments that cannot be cloned (a function, say) never reach the worker.
        this.pending.delete(id);
        resolveCall(failureEnvelope('invalid_arguments', msg('api.arguments_unsendable', { method, detail: e instanceof Error ? e.message : String(e) })));
      }
    });
  }

  /** Asks the worker to close the workbook and end; terminates it if it has not within the timeout. */
  async close(timeoutMs = 5_000): Promise<void> {
    if (this.stopped !== null) return;
    this.closing = true;
    this.worker.postMessage({ type: 'close' });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)));
    const outcome = await Promise.race([this.exited, timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') await this.worker.terminate();
  }

  private receive(message: unknown): void {
    if (!isFromWorker(message)) {
      console.error('ignored a malformed message from the database worker');
      return;
    }
    this.dispatch(message);
  }

  private dispatch(message: FromWorker): void {
    switch (message.type) {
      case 'reply': {
        const resolveCall = this.pending.get(message.id);
        this.pending.delete(message.id);
        resolveCall?.(message.envelope);
        return;
      }
      case 'progress':
        this.events.onProgress?.({ operation: message.operation, done: message.done, total: message.total });
        return;
      case 'opened':
        this.events.onOpened?.(message.path);
        return;
      case 'closed':
        return;
    }
  }

  private stop(reason: string): void {
    if (this.stopped !== null) return;
    this.stopped = reason;
    for (const resolveCall of this.pending.values()) resolveCall(failureEnvelope('worker_stopped', STOPPED_MESSAGE));
    this.pending.clear();
    if (!this.closing) this.events.onUnexpectedExit?.(reason);
  }
}

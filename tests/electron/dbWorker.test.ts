import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WorkbookHost } from '../../electron/main/dbWorker.js';
import { WorkerClient, type WorkerEvents } from '../../electron/main/workerClient.js';
import { DB_WORKER_ROLE, type FromWorker, type WorkerInit } from '../../electron/main/workerProtocol.js';
import { openWorkbook } from '../../electron/workbook/open.js';
import { REPO, buildBundle, tempDir } from './helpers.js';

/**
 * The database worker as Electron runs it: the esbuild bundle that
 * scripts/build-electron.js makes, in a real worker_threads Worker, running
 * the real dispatch on real workbook files. Only Electron itself is missing.
 */
let bundle: ReturnType<typeof buildBundle>;
beforeAll(() => {
  bundle = buildBundle();
});
afterAll(() => bundle?.remove());

const dir = tempDir('prosjektboka-worker-');
afterAll(() => dir.remove());

const clients: WorkerClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

function startWorker(init: Partial<WorkerInit> = {}, events: WorkerEvents = {}): WorkerClient {
  const workerData: WorkerInit = { role: DB_WORKER_ROLE, recent: [], ...init };
  const client = new WorkerClient(new Worker(join(bundle.dir, 'dbWorker.js'), { workerData }), events);
  clients.push(client);
  return client;
}

type Ok<T> = { ok: true; result: T };
async function ok<T>(p: Promise<unknown>): Promise<T> {
  const envelope = (await p) as Ok<T> | { ok: false; error: unknown };
  if (!envelope.ok) throw new Error(`expected success, got ${JSON.stringify(envelope.error)}`);
  return envelope.result;
}

describe('the database worker', () => {
  it('answers a window waiting for change events when a change lands, without holding up the calls behind it', async () => {
    const client = startWorker();
    await ok(client.call('newWorkbook', { path: join(dir.path, 'changes.prosjektboka'), empty: true }));
    const start = await ok<{ cursor: number; epoch: string }>(client.call('waitForChanges', { after: -1 }));
    const waiting = ok<{ changes: { records: { kind: string; ids: string[] }[] }[] }>(
      client.call('waitForChanges', { after: start.cursor, epoch: start.epoch, timeoutMs: 60_000 }),
    );
    // Answered while the wait is still open: the wait does not sit in the worker's queue.
    const created = await ok<{ id: string }>(client.call('createRecord', { kind: 'action', fields: { text: 'Ring biblioteket' } }));
    const answer = await waiting;
    expect(answer.changes.flatMap((c) => c.records)).toEqual([{ kind: 'action', ids: [created.id] }]);
  });

  it('creates the default workbook, lets a risk be edited, and the edit is in the file', async () => {
    const opened = vi.fn();
    const client = startWorker({}, { onOpened: opened });
    const path = join(dir.path, 'Prosjektboka.prosjektboka');
    const info = await ok<{ path: string; canSwitchWorkbook: boolean }>(client.call('newWorkbook', { path }));
    expect(info).toMatchObject({ path, canSwitchWorkbook: true });
    expect(opened).toHaveBeenCalledWith(path);

    const risks = await ok<{ id: string; title: string }[]>(client.call('listRecords', { kind: 'risk' }));
    const risk = risks.find((r) => r.title === 'Kommunene er preget av kommunesammenslåingen')!;
    expect(risk).toBeDefined();
    expect(await ok(client.call('updateRecord', { kind: 'risk', id: risk.id, patch: { title: 'Kommunene er fortsatt preget av sammenslåingen' } })))
      .toMatchObject({ changed: ['title'], tx: expect.any(String) });
    await client.close();
    expect(client.running).toBe(false);

    const wb = openWorkbook(path);
    try {
      expect(wb.records.get('risk', risk.id)?.fields.title).toBe('Kommunene er fortsatt preget av sammenslåingen');
    } finally {
      wb.close();
    }
  });

  it('answers calls before a workbook is open with a message, not a crash', async () => {
    const client = startWorker({ recent: ['/d/Mysen.prosjektboka'] });
    expect(await client.call('getSummary', {})).toMatchObject({ ok: false, error: { code: 'no_workbook', message: expect.stringMatching(/Ingen arbeidsbok er åpen/) } });
    expect(await ok(client.call('recentWorkbooks', {}))).toEqual([{ path: '/d/Mysen.prosjektboka', fileName: 'Mysen.prosjektboka' }]);
  });

  it('validates every call against the contract', async () => {
    const client = startWorker();
    await ok(client.call('newWorkbook', { path: join(dir.path, 'valider.prosjektboka'), empty: true }));
    expect(await client.call('listRecords', { kind: 'unicorn' })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    expect(await client.call('dropTables', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await client.call('updateRecord', { kind: 'risk', id: 'nope', patch: {} })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
  });

  it('refuses a file that is not a workbook with the Norwegian message, and keeps running', async () => {
    const client = startWorker();
    const notAWorkbook = join(REPO, 'package.json');
    expect(await client.call('openWorkbook', { path: notAWorkbook }))
      .toEqual({ ok: false, error: {
        code: 'not_a_workbook', message: `${notAWorkbook} er ikke en Prosjektboka-arbeidsbok.`,
        key: 'workbook.not_a_workbook', params: { path: notAWorkbook }, issues: [],
      } });
    expect(client.running).toBe(true);
    await ok(client.call('newWorkbook', { path: join(dir.path, 'etterpå.prosjektboka'), empty: true }));
  });

  it('switches workbooks and reports each one it opens, for the recent list', async () => {
    const opened: string[] = [];
    const client = startWorker({}, { onOpened: (p) => opened.push(p) });
    const a = join(dir.path, 'a.prosjektboka');
    const b = join(dir.path, 'b.prosjektboka');
    await ok(client.call('newWorkbook', { path: a, empty: true }));
    await ok(client.call('newWorkbook', { path: b, empty: true }));
    await ok(client.call('openWorkbook', { path: a }));
    expect(opened).toEqual([a, b, a]);
    expect(await ok(client.call('recentWorkbooks', {}))).toEqual([
      { path: a, fileName: 'a.prosjektboka' },
      { path: b, fileName: 'b.prosjektboka' },
    ]);
  });

  it('loads better-sqlite3 from the native binding it is given', async () => {
    const nodeBuild = join(REPO, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    const client = startWorker({ nativeBinding: nodeBuild });
    await ok(client.call('newWorkbook', { path: join(dir.path, 'binding.prosjektboka'), empty: true }));

    const wrong = startWorker({ nativeBinding: join(dir.path, 'finnes-ikke.node') });
    const envelope = await wrong.call('newWorkbook', { path: join(dir.path, 'uten-binding.prosjektboka'), empty: true });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(wrong.running).toBe(true);
  });

  it('refuses arguments that cannot cross to the worker', async () => {
    const client = startWorker();
    expect(await client.call('search', { query: 'x', limit: () => 1 })).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
  });

  it('after closing, answers every call with a message that it has stopped', async () => {
    const client = startWorker();
    await client.close();
    expect(await client.call('getSummary', {})).toMatchObject({ ok: false, error: { code: 'worker_stopped' } });
  });
});

describe('the worker client', () => {
  it('answers waiting calls with an error when the worker dies, and says so once', async () => {
    const unexpected = vi.fn();
    const worker = new Worker('setTimeout(() => process.exit(3), 50)', { eval: true });
    const client = new WorkerClient(worker, { onUnexpectedExit: unexpected });
    expect(await client.call('getSummary', {})).toMatchObject({ ok: false, error: { code: 'worker_stopped', message: expect.stringMatching(/stoppet/) } });
    expect(unexpected).toHaveBeenCalledOnce();
    expect(unexpected.mock.calls[0]![0]).toMatch(/exited with code 3/);
  });

  it('forwards progress and ignores malformed messages', async () => {
    const progress = vi.fn();
    const worker = new Worker(`
      const { parentPort } = require('node:worker_threads');
      parentPort.postMessage({ type: 'nonsense' });
      parentPort.postMessage('hei');
      parentPort.postMessage({ type: 'progress', operation: 'import', done: 3, total: 10 });
      parentPort.on('message', (m) => { if (m.type === 'close') process.exit(0); });
    `, { eval: true });
    const client = new WorkerClient(worker, { onProgress: progress });
    await vi.waitFor(() => expect(progress).toHaveBeenCalledWith({ operation: 'import', done: 3, total: 10 }));
    await client.close();
  });

  it('terminates a worker that does not close in time', async () => {
    const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
    const client = new WorkerClient(worker);
    await client.close(100);
    expect(client.running).toBe(false);
  });
});

describe('the workbook host (the worker\'s message handler)', () => {
  it('posts a reply for each call and progress for long operations', async () => {
    const posted: FromWorker[] = [];
    const host = new WorkbookHost({ recent: [] }, (m) => posted.push(m));
    expect(await host.receive({ type: 'call', id: 7, method: 'getSummary', args: {} })).toBe('continue');
    expect(posted.at(-1)).toMatchObject({ type: 'reply', id: 7, envelope: { ok: false, error: { code: 'no_workbook' } } });
    host.reportProgress('import', 1, 4);
    expect(posted.at(-1)).toEqual({ type: 'progress', operation: 'import', done: 1, total: 4 });
    expect(await host.receive({ type: 'bogus' })).toBe('continue');
    expect(await host.receive({ type: 'close' })).toBe('close');
    expect(posted.at(-1)).toEqual({ type: 'closed' });
  });
});

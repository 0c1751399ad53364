import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiEnvelope } from '../../shared/api/contract.js';
import { SYNC_FOLDER_OPERATION } from '../../shared/api/syncContract.js';
import { WorkbookHost } from '../../electron/main/dbWorker.js';
import type { FromWorker } from '../../electron/main/workerProtocol.js';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { exchangeWithFolder, ownFolderFileName } from '../../electron/sync/syncFolder.js';
import { createWorkbook } from '../../electron/workbook/open.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { tempDir } from './helpers.js';

/**
 * The database worker's sync duties, run in-process on the very host the
 * worker runs (WorkbookHost): joining a workbook as the first thing a new
 * installation does, and watching the workbook's sync folder.
 */
const dir = tempDir('prosjektboka-worker-sync-');
afterAll(() => dir.remove());

const open: { close(): void }[] = [];
afterEach(() => {
  for (const o of open.splice(0)) o.close();
});

function host(options: ConstructorParameters<typeof WorkbookHost>[2] = {}) {
  const posted: FromWorker[] = [];
  const h = new WorkbookHost({ recent: [] }, (m) => posted.push(m), options);
  open.push(h);
  let id = 0;
  const call = async <T = unknown>(method: string, args: unknown): Promise<ApiEnvelope<T>> => {
    const callId = ++id;
    await h.receive({ type: 'call', id: callId, method, args });
    const reply = posted.find((m) => m.type === 'reply' && m.id === callId);
    if (reply?.type !== 'reply') throw new Error(`no reply to ${method}`);
    return reply.envelope as ApiEnvelope<T>;
  };
  return { host: h, posted, call };
}

function drammen(name = 'drammen'): Workbook {
  const wb = createWorkbook(join(dir.path, `${name}.prosjektboka`), { replicaName: 'Drammen bibliotek' });
  open.push(wb);
  return wb;
}

describe('joining a workbook in the desktop worker', () => {
  it('works before any workbook is open, from the full file\'s content', async () => {
    const a = drammen('a');
    const full = await exportSyncFile(a, { full: true });
    const { call } = host();
    expect(await call('getSummary', {})).toMatchObject({ ok: false, error: { code: 'no_workbook' } });
    const path = join(dir.path, 'mysen.prosjektboka');
    const joined = await call('joinWorkbook', {
      path, contentBase64: Buffer.from(full.bytes).toString('base64'), fileName: 'invitasjon.pbsync', replicaName: 'Mysen bibliotek',
    });
    expect(joined).toMatchObject({ ok: true, result: { path, workbookId: a.workbookId, replicaName: 'Mysen bibliotek', canSwitchWorkbook: true } });
    const risks = await call<{ title: string }[]>('listRecords', { kind: 'risk' });
    expect(risks.ok && risks.result.length).toBeGreaterThan(0);
  });

  it('refuses a delta with the Norwegian message and leaves no workbook open', async () => {
    const a = drammen('b');
    const delta = await exportSyncFile(a, {});
    const { call } = host();
    const refused = await call('joinWorkbook', {
      path: join(dir.path, 'ikke.prosjektboka'), contentBase64: Buffer.from(delta.bytes).toString('base64'), fileName: 'delta.pbsync',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'sync_not_full', message: expect.stringMatching(/^«delta\.pbsync» er en delta-fil/) } });
    expect(existsSync(join(dir.path, 'ikke.prosjektboka'))).toBe(false);
    expect(await call('getSummary', {})).toMatchObject({ ok: false, error: { code: 'no_workbook' } });
  });
});

describe('the sync folder in the desktop worker', () => {
  it('watches the folder the workbook names, imports what another installation writes there, and tells the page', async () => {
    const a = drammen('c');
    const full = await exportSyncFile(a, { full: true });
    const folder = join(dir.path, 'Felles');
    mkdirSync(folder);
    const log = vi.fn();
    const { call, posted } = host({ folderDebounceMs: 50, log });
    const path = join(dir.path, 'askim.prosjektboka');
    expect(await call('joinWorkbook', { path, contentBase64: Buffer.from(full.bytes).toString('base64'), replicaName: 'Askim' })).toMatchObject({ ok: true });
    const status = await call<{ syncFolder: string | null; replicaId: string }>('setSyncFolder', { path: folder });
    expect(status).toMatchObject({ ok: true, result: { syncFolder: folder } });
    const askimId = status.ok ? status.result.replicaId : '';
    // The first exchange runs on its own: our own file appears in the folder.
    await vi.waitFor(() => expect(existsSync(join(folder, `prosjektboka-${askimId}.pbsync`))).toBe(true), { timeout: 10_000 });

    const risk = a.records.list('risk')[0]!;
    a.commands.update('risk', risk.id, { title: 'Skrevet i Drammen, hentet fra mappa' });
    await exchangeWithFolder(a, folder);
    expect(existsSync(join(folder, ownFolderFileName(a)))).toBe(true);

    await vi.waitFor(
      () => expect(posted).toContainEqual({ type: 'progress', operation: SYNC_FOLDER_OPERATION, done: 1, total: 1 }),
      { timeout: 10_000 },
    );
    const after = await call<{ id: string; title: string }>('getRecord', { kind: 'risk', id: risk.id });
    expect(after).toMatchObject({ ok: true, result: { title: 'Skrevet i Drammen, hentet fra mappa' } });
    expect(log).not.toHaveBeenCalled();
  });

  it('stops watching when the folder is unset', async () => {
    const a = drammen('d');
    const full = await exportSyncFile(a, { full: true });
    const folder = join(dir.path, 'Felles2');
    mkdirSync(folder);
    const { call, posted } = host({ folderDebounceMs: 20 });
    await call('joinWorkbook', { path: join(dir.path, 'spydeberg.prosjektboka'), contentBase64: Buffer.from(full.bytes).toString('base64') });
    await call('setSyncFolder', { path: folder });
    await call('setSyncFolder', { path: null });
    const risk = a.records.list('risk')[0]!;
    a.commands.update('risk', risk.id, { title: 'Ingen henter denne' });
    await exchangeWithFolder(a, folder);
    await new Promise((r) => setTimeout(r, 400));
    expect(posted.filter((m) => m.type === 'progress')).toEqual([]);
    expect(await call('getRecord', { kind: 'risk', id: risk.id })).not.toMatchObject({ result: { title: 'Ingen henter denne' } });
  });
});

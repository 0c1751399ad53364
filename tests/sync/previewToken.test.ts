import { describe, expect, it, vi } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../electron/api/dispatch.js';
import { createHandlers } from '../../electron/api/handlers.js';
import { PREVIEW_TTL_MS, PREVIEWS_KEPT, PreviewTokens } from '../../electron/api/previewTokens.js';
import { WorkbookSession } from '../../electron/api/session.js';
import { createSyncHandlers } from '../../electron/api/syncHandlers.js';
import { backupWorkbook } from '../../electron/workbook/backup.js';
import * as fileFormat from '../../electron/sync/fileFormat.js';
import { exportSyncFile } from '../../electron/sync/exportChanges.js';
import { exchangeWithFolder, ownFolderFileName } from '../../electron/sync/syncFolder.js';
import { API } from '../../shared/api/contract.js';
import type { ApiEnvelope } from '../../shared/api/contract.js';
import { word } from '../../shared/messages/catalogue.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';
import { joinFrom } from './helpers.js';

vi.mock('../../electron/sync/fileFormat.js', { spy: true });

/** previewSync → token → importSync: the file is read and decrypted once; an unknown or stale token is refused, naming it. */
describe('importing by the preview’s token', () => {
  const tmp = useTempDir();

  async function pair(canSwitch = false) {
    const drammen = tmp.track(newWorkbook(tmp.dir(), 'drammen.prosjektboka', { empty: true, replicaName: 'Drammen' }));
    const risk = drammen.commands.create('risk', { title: 'Sykdom', probability: 2, consequence: 3 });
    const mysen = await joinFrom(drammen, tmp.dir(), 'mysen', 'Mysen');
    const session = new WorkbookSession(mysen, { canSwitch });
    return { drammen, mysen, risk, session, api: createHandlers(session) };
  }

  async function call<T>(handlers: ReturnType<typeof createHandlers>, method: string, args: unknown = {}): Promise<T> {
    const envelope = await dispatch(handlers, method, args);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    // Every answer is what the contract says it is.
    API[method as keyof typeof API].result.parse(envelope.result);
    return envelope.result as T;
  }

  const failure = async (handlers: ReturnType<typeof createHandlers>, method: string, args: unknown) =>
    (await dispatch(handlers, method, args)) as Extract<ApiEnvelope, { ok: false }>;

  it('applies the previewed file without opening it again, and notes it in the history under its name', async () => {
    const { drammen, mysen, risk, session, api } = await pair();
    try {
      drammen.commands.update('risk', risk, { title: 'Sykdom i prosjektgruppa' });
      const bytes = (await exportSyncFile(drammen, { forReplica: mysen.replicaId, passphrase: 'fem ord er nok her nå', scryptLogN: 10 })).bytes;
      const openFile = vi.mocked(fileFormat.openSyncFile);
      openFile.mockClear();
      const preview = await call<{ token: string; applied: number; dryRun: boolean }>(api, 'previewSync', {
        contentBase64: bytes.toString('base64'), fileName: 'drammen.pbsync', passphrase: 'fem ord er nok her nå',
      });
      expect(preview).toMatchObject({ dryRun: true, applied: 1 });
      expect(preview.token).toMatch(/^[0-9a-f-]{36}$/);
      expect(openFile).toHaveBeenCalledTimes(1);
      const report = await call<{ applied: number; dryRun: boolean }>(api, 'importSync', { token: preview.token });
      expect(report).toMatchObject({ dryRun: false, applied: 1 });
      // Decrypted and parsed once: the import did not open the file.
      expect(openFile).toHaveBeenCalledTimes(1);
      expect(session.workbook.records.get('risk', risk)?.fields.title).toBe('Sykdom i prosjektgruppa');

      const history = await call<{ entries: { event: string; file: string | null; peerName: string; encrypted: boolean; applied: number }[] }>(api, 'listExchanges', {});
      expect(history.entries[0]).toMatchObject({ event: 'import', file: 'drammen.pbsync', peerName: 'Drammen', encrypted: true, applied: 1 });

      // Spent: a second «Les inn» with it is refused, naming the token.
      const again = await failure(api, 'importSync', { token: preview.token });
      expect(again.ok).toBe(false);
      expect(again.error.code).toBe('sync_preview_unknown');
      expect(again.error.message).toContain(preview.token);
      expect(again.error.message).toMatch(/Forhåndsvis fila på nytt/);
    } finally {
      session.close();
    }
  });

  it('refuses an unknown token, and a token together with a file, with messages that say what is wrong', async () => {
    const { session, api } = await pair();
    try {
      const unknown = await failure(api, 'importSync', { token: 'no-such-preview' });
      expect(unknown.error.code).toBe('sync_preview_unknown');
      expect(word({ key: unknown.error.key!, params: unknown.error.params }, 'en')).toMatch(/^The preview no-such-preview is no longer known .* Preview the file again\.$/);
      const both = await failure(api, 'importSync', { token: 'x', contentBase64: 'AAAA' });
      expect(both.error.code).toBe('usage');
      expect(both.error.message).toMatch(/enten forhåndsvisningen \(token\) eller fila/);
      const bad = await failure(api, 'importSync', { token: '' });
      expect(bad.error.code).toBe('invalid_arguments');
      expect(bad.error.message).toMatch(/token/);
    } finally {
      session.close();
    }
  });

  it('forgets a preview after its time, beyond the ones it keeps, and when the workbook is restored from a backup', async () => {
    const { drammen, mysen, session } = await pair(true);
    try {
      let now = 1_000_000;
      const previews = new PreviewTokens(() => now);
      const api = createSyncHandlers(session, previews);
      const bytes = (await exportSyncFile(drammen, { forReplica: mysen.replicaId })).bytes.toString('base64');
      const preview = () => api.previewSync({ contentBase64: bytes, fileName: 'drammen.pbsync' }) as Promise<{ token: string }>;

      const old = await preview();
      now += PREVIEW_TTL_MS;
      await expect(Promise.resolve().then(() => api.importSync({ token: old.token }))).rejects.toMatchObject({ code: 'sync_preview_unknown' });

      const tokens: string[] = [];
      for (let i = 0; i <= PREVIEWS_KEPT; i++) tokens.push((await preview()).token);
      expect(previews.size).toBe(PREVIEWS_KEPT);
      await expect(Promise.resolve().then(() => api.importSync({ token: tokens[0]! }))).rejects.toMatchObject({ code: 'sync_preview_unknown' });

      // A backup put back reopens the workbook: what was previewed against the one before is not applied to it.
      const backup = backupWorkbook(session.workbook, 'manual');
      const before = (await preview()).token;
      api.restoreBackup({ name: backup.name });
      await expect(Promise.resolve().then(() => api.importSync({ token: before }))).rejects.toMatchObject({ code: 'sync_preview_unknown' });

      // A preview of the reopened workbook applies.
      const fresh = await preview();
      await expect(Promise.resolve(api.importSync({ token: fresh.token }))).resolves.toMatchObject({ dryRun: false });
    } finally {
      session.close();
    }
  });

  it('lists the sync folder files the guard holds back, with their paths, for a preview by path on the desktop', async () => {
    const { drammen, mysen, session } = await pair(true);
    try {
      const api = createHandlers(session);
      const goals = Array.from({ length: 25 }, (_, i) => drammen.commands.create('goal', { text: `Mål ${i}` }));
      const folder = join(tmp.dir(), 'Felles');
      mkdirSync(folder);
      await exchangeWithFolder(drammen, folder, { backup: false });
      await call(api, 'setSyncFolder', { path: folder });
      await call(api, 'exchangeSyncFolder', {});
      for (const id of goals.slice(0, 22)) drammen.commands.delete('goal', id);
      await exchangeWithFolder(drammen, folder, { backup: false });
      const exchanged = await call<{ heldBack: { file: string }[] }>(api, 'exchangeSyncFolder', {});
      expect(exchanged.heldBack.map((h) => h.file)).toEqual([ownFolderFileName(drammen)]);
      const listed = await call<{ heldBack: { file: string; path: string; peerName: string; deleted: number }[] }>(api, 'listExchanges', {});
      expect(listed.heldBack).toEqual([expect.objectContaining({ file: ownFolderFileName(drammen), path: join(folder, ownFolderFileName(drammen)), peerName: 'Drammen', deleted: 22 })]);

      const preview = await call<{ token: string; massDeletion: { deleted: number } | null }>(api, 'previewSync', { path: listed.heldBack[0]!.path });
      expect(preview.massDeletion).toMatchObject({ deleted: 22 });
      const refused = await failure(api, 'importSync', { token: preview.token });
      expect(refused.error.code).toBe('sync_mass_deletion');
      // Refused, the preview is still there for the person's yes.
      await call(api, 'importSync', { token: preview.token, allowMassDeletion: true });
      await call(api, 'exchangeSyncFolder', {});
      expect((await call<{ heldBack: unknown[] }>(api, 'listExchanges', {})).heldBack).toEqual([]);
      expect(mysen.path).toBe(session.workbook.path);
    } finally {
      session.close();
    }
  });

  it('the web host may not preview by path', async () => {
    const { session, api } = await pair(false);
    try {
      const path = join(tmp.dir(), 'x.pbsync');
      writeFileSync(path, 'x');
      const refused = await failure(api, 'previewSync', { path });
      expect(refused.error.code).toBe('not_available');
    } finally {
      session.close();
    }
  });
});

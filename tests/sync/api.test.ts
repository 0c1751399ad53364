import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { dispatch } from '../../electron/api/dispatch.js';
import { createHandlers } from '../../electron/api/handlers.js';
import { WorkbookSession } from '../../electron/api/session.js';
import { API_METHODS } from '../../shared/api/contract.js';
import { API_METHOD_NAMES } from '../../shared/api/methods.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';
import { joinFrom } from './helpers.js';

/** The sync methods of the API, as the Synkronisering page will call them. */
describe('the sync API', () => {
  const tmp = useTempDir();

  async function pair() {
    const drammen = newWorkbook(tmp.dir(), 'drammen.prosjektboka', { empty: true, replicaName: 'Drammen' });
    const risk = drammen.commands.create('risk', { title: 'Sykdom', probability: 2, consequence: 3 });
    const mysenWb = await joinFrom(drammen, tmp.dir(), 'mysen', 'Mysen');
    const desktop = new WorkbookSession(drammen, { canSwitch: true });
    const web = new WorkbookSession(mysenWb, { canSwitch: false });
    return { risk, desktop, web, d: createHandlers(desktop), w: createHandlers(web) };
  }

  async function call<T>(handlers: ReturnType<typeof createHandlers>, method: string, args: unknown = {}): Promise<T> {
    const envelope = await dispatch(handlers, method, args);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.result as T;
  }

  it('lists every sync method for the preload', () => {
    for (const m of ['getSyncStatus', 'exportSync', 'previewSync', 'importSync', 'joinWorkbook', 'listConflicts', 'resolveConflict', 'listBackups', 'restoreBackup', 'setReplicaName']) {
      expect(API_METHODS).toContain(m);
      expect(API_METHOD_NAMES as readonly string[]).toContain(m);
    }
  });

  it('exports as content, previews and imports content, resolves a conflict, and restores a backup', async () => {
    const { risk, desktop, web, d, w } = await pair();
    try {
      desktop.workbook.commands.update('risk', risk, { title: 'Drammen' });
      web.workbook.commands.update('risk', risk, { title: 'Mysen' });
      const exported = await call<{ contentBase64: string; changeCount: number; path: string | null; fileName: string }>(d, 'exportSync', {});
      expect(exported.path).toBeNull();
      expect(exported.fileName).toMatch(/\.pbsync$/);
      const preview = await call<{ dryRun: boolean; newConflicts: number }>(w, 'previewSync', { contentBase64: exported.contentBase64, fileName: exported.fileName });
      expect(preview).toMatchObject({ dryRun: true, newConflicts: 1 });
      const report = await call<{ applied: number; newConflicts: number; backup: string }>(w, 'importSync', { contentBase64: exported.contentBase64 });
      expect(report).toMatchObject({ newConflicts: 1 });
      expect(existsSync(report.backup)).toBe(true);
      const conflicts = await call<{ id: string; field: string }[]>(w, 'listConflicts');
      expect(conflicts.map((c) => c.field)).toEqual(['title']);
      await call(w, 'resolveConflict', { id: conflicts[0]!.id, keep: 'other' });
      expect(await call(w, 'listConflicts')).toEqual([]);
      const status = await call<{ openConflicts: number; replicaName: string }>(w, 'getSyncStatus');
      expect(status).toMatchObject({ openConflicts: 0, replicaName: 'Mysen' });
      expect((await call<{ replicaName: string }>(w, 'setReplicaName', { name: 'Indre Østfold – Mysen bibliotek' })).replicaName).toBe(
        'Indre Østfold – Mysen bibliotek',
      );
      const backups = await call<{ name: string }[]>(w, 'listBackups');
      expect(backups).toHaveLength(1);
      const info = await call<{ replicaId: string }>(w, 'restoreBackup', { name: backups[0]!.name });
      expect(info.replicaId).toBe(web.workbook.replicaId);
      expect(web.workbook.records.get('risk', risk)!.fields.title).toBe('Mysen');
    } finally {
      desktop.close();
      web.close();
    }
  });

  it('previews a file that deletes most of the workbook, refuses it unasked, and imports it with allowMassDeletion', async () => {
    const { desktop, web, d, w } = await pair();
    try {
      const goals = Array.from({ length: 24 }, (_, i) => desktop.workbook.commands.create('goal', { text: `Mål ${i}` }));
      const first = await call<{ contentBase64: string }>(d, 'exportSync', {});
      await call(w, 'importSync', { contentBase64: first.contentBase64 });
      for (const id of goals) desktop.workbook.commands.delete('goal', id);
      const file = await call<{ contentBase64: string }>(d, 'exportSync', {});
      const preview = await call<{ massDeletion: { deleted: number; live: number } | null }>(w, 'previewSync', { contentBase64: file.contentBase64 });
      expect(preview.massDeletion).toEqual({ deleted: 24, live: 25 });
      const refused = await dispatch(w, 'importSync', { contentBase64: file.contentBase64 });
      expect(refused.ok ? null : refused.error).toMatchObject({ code: 'sync_mass_deletion', key: 'sync.mass_deletion', params: { deleted: 24, live: 25 } });
      expect(web.workbook.records.list('goal')).toHaveLength(24);
      const done = await call<{ deleted: number }>(w, 'importSync', { contentBase64: file.contentBase64, allowMassDeletion: true });
      expect(done.deleted).toBe(24);
      expect(web.workbook.records.list('goal')).toHaveLength(0);
    } finally {
      desktop.close();
      web.close();
    }
  });

  it('reads and writes paths only in the desktop app', async () => {
    const { desktop, web, d, w } = await pair();
    try {
      const path = join(tmp.dir(), 'ut.pbsync');
      const written = await call<{ path: string; bytes: number }>(d, 'exportSync', { path, full: true, passphrase: 'to ord' });
      expect(written.path).toBe(path);
      expect(existsSync(path)).toBe(true);
      const joined = await call<{ workbookId: string; replicaName: string; path: string }>(d, 'joinWorkbook', {
        path: join(tmp.dir(), 'askim.prosjektboka'),
        sourcePath: path,
        passphrase: 'to ord',
        replicaName: 'Askim',
      });
      expect(joined).toMatchObject({ workbookId: web.workbook.workbookId, replicaName: 'Askim', path: join(tmp.dir(), 'askim.prosjektboka') });
      expect(desktop.workbook.records.list('risk')).toHaveLength(1);
      const refused = await dispatch(w, 'importSync', { path });
      expect(refused).toMatchObject({ ok: false, error: { code: 'not_available' } });
      const wrong = await dispatch(w, 'previewSync', { contentBase64: Buffer.from('hei').toString('base64') });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'sync_not_a_sync_file' } });
    } finally {
      desktop.close();
      web.close();
    }
  });
});

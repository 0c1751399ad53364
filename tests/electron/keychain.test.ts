import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ApiEnvelope } from '../../shared/api/contract.js';
import { WorkbookHost } from '../../electron/main/dbWorker.js';
import { VAULT_FILE_NAME, keychainVaultKey, type SafeStorageLike } from '../../electron/main/keychain.js';
import type { FromWorker } from '../../electron/main/workerProtocol.js';
import { REPO, tempDir } from './helpers.js';

/**
 * Where the desktop app runs, an installation's secrets (the workbook's sync
 * key, its signing key) are sealed with a key the operating system's keychain
 * holds, not kept in plain text: not in the workbook, not in the record. The
 * CLI on the same machine, which has no keychain, can still open and edit the
 * workbook, and says in words why it cannot sign a sync file for it.
 */
const home = tempDir('prosjektboka-keychain-');
afterAll(() => home.remove());
const open: { close(): void }[] = [];
afterEach(() => {
  for (const o of open.splice(0)) o.close();
});

/** Electron's safeStorage as a test plays it: reversible, and countable. */
function fakeSafeStorage(available = true, backend = 'gnome_libsecret'): SafeStorageLike & { sealed: number } {
  const s = {
    sealed: 0,
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (plain: string) => {
      s.sealed++;
      return Buffer.from(`sealed:${Buffer.from(plain).toString('base64')}`);
    },
    decryptString: (b: Buffer) => Buffer.from(b.toString().replace(/^sealed:/, ''), 'base64').toString(),
  };
  return s;
}

describe('the keychain vault key', () => {
  it('is made once, kept sealed by the keychain in userData, and the same on the next start', () => {
    const dir = tempDir('prosjektboka-vault-');
    try {
      const storage = fakeSafeStorage();
      const key = keychainVaultKey(storage, dir.path, 'linux');
      expect(key).toMatch(/^[0-9a-f]{64}$/);
      const file = readFileSync(join(dir.path, VAULT_FILE_NAME)).toString();
      expect(file).not.toContain(key!);
      expect(keychainVaultKey(storage, dir.path, 'linux')).toBe(key);
      expect(storage.sealed).toBe(1);
    } finally {
      dir.remove();
    }
  });

  it('is not used where there is no real keychain (Linux without a keyring falls back to a fixed password)', () => {
    const dir = tempDir('prosjektboka-vault-');
    try {
      expect(keychainVaultKey(fakeSafeStorage(false), dir.path, 'linux')).toBeUndefined();
      expect(keychainVaultKey(fakeSafeStorage(true, 'basic_text'), dir.path, 'linux')).toBeUndefined();
      expect(existsSync(join(dir.path, VAULT_FILE_NAME))).toBe(false);
    } finally {
      dir.remove();
    }
  });
});

describe('an installation made by the desktop worker', () => {
  it('keeps its keys sealed; the CLI edits the workbook but says why it cannot make a sync file', async () => {
    const previous = process.env.PROSJEKTBOKA_HOME;
    process.env.PROSJEKTBOKA_HOME = home.path;
    try {
      const vaultKey = keychainVaultKey(fakeSafeStorage(), home.path, 'linux')!;
      const posted: FromWorker[] = [];
      const host = new WorkbookHost({ recent: [], vaultKey }, (m) => posted.push(m));
      open.push(host);
      const call = async (method: string, args: unknown): Promise<ApiEnvelope> => {
        const id = posted.length + 1;
        await host.receive({ type: 'call', id, method, args });
        const reply = posted.find((m) => m.type === 'reply' && m.id === id);
        if (reply?.type !== 'reply') throw new Error(`no reply to ${method}`);
        return reply.envelope;
      };
      const path = join(home.path, 'drammen.prosjektboka');
      expect(await call('newWorkbook', { path, empty: true })).toMatchObject({ ok: true });
      // The app itself signs and exports with the sealed keys.
      expect(await call('exportSync', { full: true })).toMatchObject({ ok: true, result: { full: true } });
      const info = await call('getWorkbookInfo', {});
      const replicaId = info.ok ? (info.result as { replicaId: string }).replicaId : '';
      host.close();

      const records = join(home.path, 'installations');
      const record = readFileSync(join(records, `${replicaId}.json`), 'utf8');
      expect(JSON.parse(record)).toMatchObject({ replicaId, secrets: { protection: 'keychain' } });
      expect(record).not.toMatch(/"syncKey"|"signingKey"/);
      expect(statSync(join(records, `${replicaId}.json`)).mode & 0o077).toBe(0);
      expect(readdirSync(records).every((f) => f.endsWith('.json'))).toBe(true);

      const cli = (...args: string[]) => spawnSync(process.execPath, [join(REPO, 'bin', 'prosjektboka.js'), ...args], {
        cwd: REPO, encoding: 'utf8', env: { ...process.env, PROSJEKTBOKA_HOME: home.path, NO_COLOR: '1' },
      });
      expect(cli('add', path, 'goal', 'text=Lære av hverandre')).toMatchObject({ status: 0 });
      const refused = cli('sync', 'export', path, join(home.path, 'ut.pbsync'));
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/ligger i operativsystemets nøkkelring, som bare skrivebordsappen Prosjektboka kan åpne/);
      expect(refused.stderr).not.toMatch(/uventet feil/);
      expect(existsSync(join(home.path, 'ut.pbsync'))).toBe(false);
    } finally {
      process.env.PROSJEKTBOKA_HOME = previous;
    }
  });
});

import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file in userData that holds the vault key, encrypted by the operating system. */
export const VAULT_FILE_NAME = 'keychain-vault.bin';

/** What main uses of Electron's safeStorage. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

/**
 * The key that seals this user's installation secrets (the sync key and the
 * signing keys, electron/workbook/installationStore.ts), kept encrypted by
 * the operating system's keychain through Electron's safeStorage: the
 * Keychain on macOS, DPAPI on Windows, the Secret Service or KWallet on
 * Linux. Main unseals it and hands it to the database worker, which cannot
 * call Electron itself. Undefined where there is no real keychain (Linux
 * without a keyring falls back to a fixed password, "basic_text", which
 * protects nothing): the records are then protected by their file
 * permissions, as the CLI's are.
 */
export function keychainVaultKey(safeStorage: SafeStorageLike, userData: string, platform = process.platform): string | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return undefined;
  const file = join(userData, VAULT_FILE_NAME);
  if (existsSync(file)) {
    try {
      const key = safeStorage.decryptString(readFileSync(file));
      if (/^[0-9a-f]{64}$/.test(key)) return key;
    } catch {
      // The keychain no longer opens it (another user, a reset keychain): sealed records stay sealed.
    }
    return undefined;
  }
  const key = randomBytes(32).toString('hex');
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, safeStorage.encryptString(key), { mode: 0o600 });
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
  return key;
}

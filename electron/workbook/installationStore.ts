import { msg } from '../../shared/messages/catalogue.js';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { WorkbookError } from '../../shared/errors.js';
import { isHlc } from '../../shared/rules/hlc.js';
import { userDataDir } from './defaultLocation.js';

/**
 * What this machine remembers of each installation it runs, outside the
 * workbook file: where the file was, the latest stamp it wrote there, and the
 * installation's secrets (the workbook's sync key and its own signing key).
 *
 * A copy of the workbook file cannot carry this record, which is the point:
 * on open, a file whose installation this machine has no record of, or whose
 * record names another file that still holds the installation, or which is
 * older than what this machine last wrote, is a copy or an old backup, and
 * becomes a new installation (electron/workbook/installation.ts). And the
 * secrets are not in the file, so a copied workbook cannot sign in the
 * original's name.
 *
 * One JSON file per installation in `<user data>/installations/`, readable by
 * this user only. Where the desktop app runs, the secrets in it are sealed
 * with a key the operating system's keychain holds (Electron safeStorage, see
 * electron/main/keychain.ts); elsewhere (the CLI, `serve`) they are protected
 * as an SSH key is, by the file's permissions.
 */
export interface InstallationSecrets {
  /** The workbook's sync key (64 hex digits), shared by its installations; absent until one is known. */
  readonly syncKey?: string;
  /** This installation's Ed25519 private key, PKCS #8 DER in base64. */
  readonly signingKey: string;
}

export interface InstallationRecord {
  readonly workbookId: string;
  readonly replicaId: string;
  /** The workbook file, as an absolute path. */
  readonly path: string;
  /** The latest stamp of this installation's own changes when it last wrote; null before its first. */
  readonly ownLatest: string | null;
  readonly secrets: SealedSecrets;
}

type SealedSecrets =
  | { readonly protection: 'file'; readonly syncKey?: string; readonly signingKey: string }
  | { readonly protection: 'keychain'; readonly sealed: string };

/** Seals and opens secrets with a key the operating system keeps (the desktop app's keychain). */
export interface KeyProtector {
  seal(plain: string): string;
  open(sealed: string): string;
}

const FORMAT = 'prosjektboka-installation';
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const recordSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(1),
  workbookId: z.string().min(1).max(100),
  replicaId: z.string().min(1).max(100),
  path: z.string().min(1),
  ownLatest: z.string().refine(isHlc).nullable(),
  secrets: z.discriminatedUnion('protection', [
    z.strictObject({ protection: z.literal('file'), syncKey: hex64.optional(), signingKey: z.string().min(1) }),
    z.strictObject({ protection: z.literal('keychain'), sealed: z.string().min(1) }),
  ]),
});

export class InstallationStore {
  constructor(
    readonly dir: string,
    private readonly protector?: KeyProtector,
  ) {}

  /** The record of an installation, or undefined when this machine has none (or only an unreadable one). */
  get(replicaId: string): InstallationRecord | undefined {
    let text: string;
    try {
      text = readFileSync(this.file(replicaId), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const parsed = recordSchema.safeParse(JSON.parse(text));
      if (!parsed.success || parsed.data.replicaId !== replicaId) return undefined;
      const { workbookId, path, ownLatest, secrets } = parsed.data;
      return { workbookId, replicaId, path, ownLatest, secrets };
    } catch {
      return undefined;
    }
  }

  /** Writes a record whole or not at all, readable by this user only. */
  save(record: InstallationRecord): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const target = this.file(record.replicaId);
    const tmp = `${target}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, `${JSON.stringify({ format: FORMAT, version: 1, ...record }, null, 2)}\n`, { mode: 0o600 });
      chmodSync(tmp, 0o600);
      renameSync(tmp, target);
    } finally {
      rmSync(tmp, { force: true });
    }
  }

  remove(replicaId: string): void {
    rmSync(this.file(replicaId), { force: true });
  }

  /** The record's secrets in the clear; refused in words where they are sealed by a keychain this process cannot reach. */
  open(record: InstallationRecord): InstallationSecrets {
    const s = record.secrets;
    if (s.protection === 'file') return { syncKey: s.syncKey, signingKey: s.signingKey };
    if (!this.protector) throw keysInKeychain();
    try {
      return JSON.parse(this.protector.open(s.sealed)) as InstallationSecrets;
    } catch {
      throw keysInKeychain();
    }
  }

  /** Secrets as this process stores them: sealed where it has a keychain, else in the (private) file. */
  seal(secrets: InstallationSecrets): SealedSecrets {
    if (this.protector) return { protection: 'keychain', sealed: this.protector.seal(JSON.stringify(secrets)) };
    return { protection: 'file', ...(secrets.syncKey ? { syncKey: secrets.syncKey } : {}), signingKey: secrets.signingKey };
  }

  /** Whether this process can read the record's secrets. */
  canOpen(record: InstallationRecord): boolean {
    return record.secrets.protection === 'file' || this.protector !== undefined;
  }

  private file(replicaId: string): string {
    if (!/^[0-9a-zA-Z-]+$/.test(replicaId)) throw new Error(`not an installation id: ${replicaId}`);
    return join(this.dir, `${replicaId}.json`);
  }
}

function keysInKeychain(): WorkbookError {
  return new WorkbookError(
    'keys_in_keychain',
    msg('workbook.keys_in_keychain'),
    'failure',
  );
}

/** The store of this user's data folder (PROSJEKTBOKA_HOME overrides it), with secrets protected by file permissions. */
export function defaultInstallationStore(env: NodeJS.ProcessEnv = process.env): InstallationStore {
  return new InstallationStore(join(userDataDir(env), 'installations'));
}

/**
 * A protector from a 32-byte key (AES-256-GCM). The desktop app keeps that
 * key sealed by the operating system (electron/main/keychain.ts) and hands it
 * to its database worker, which cannot call Electron itself.
 */
export function vaultProtector(keyHex: string): KeyProtector {
  const key = Buffer.from(keyHex, 'hex');
  if (key.length !== 32) throw new Error('the vault key must be 32 bytes');
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open(sealed) {
      const buf = Buffer.from(sealed, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, buf.subarray(0, 12));
      decipher.setAuthTag(buf.subarray(12, 28));
      return Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

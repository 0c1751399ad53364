import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { WorkbookError } from '../../shared/errors.js';
import { msg, word } from '../../shared/messages/catalogue.js';
import { openWorkbook } from '../workbook/open.js';
import { removeStaleTemps } from '../workbook/staleTemps.js';
import { describeInstallationNotice, installationNotice } from '../workbook/installation.js';
import type { Workbook } from '../workbook/workbook.js';
import type { CliIo } from './main.js';
import { cliRun, say } from './language.js';

/** The passphrase from the environment variable --passphrase-env names, never from the command line. */
export function passphraseFrom(variable: string | undefined): string | undefined {
  if (variable === undefined) return undefined;
  const value = process.env[variable];
  if (!value) throw new WorkbookError('usage', msg('cli.passphrase_env', { variable }));
  return value;
}

/**
 * scrypt's work factor for encrypting, from PROSJEKTBOKA_SCRYPT_LOG_N when
 * set (10–20; the tests use a low one to stay fast on small machines), else
 * age's default of 18. Reading a file always uses the factor it was made with.
 */
export function scryptLogNFromEnv(): number | undefined {
  const text = process.env.PROSJEKTBOKA_SCRYPT_LOG_N;
  if (!text) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 10 || n > 20) {
    throw new WorkbookError('usage', msg('cli.scrypt_log_n', { text }));
  }
  return n;
}

/**
 * Writes a sync file whole or not at all. An existing file is replaced only
 * if it is itself a sync file, so a slip of the arguments can never
 * overwrite a workbook or a document.
 */
export function writeSyncOutput(path: string, bytes: Buffer): void {
  const dir = dirname(resolve(path));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new WorkbookError('not_found', msg('cli.folder_missing_not_written', { dir, file: path }));
  if (existsSync(path) && !looksLikeSyncFile(path)) {
    throw new WorkbookError('exists', msg('cli.not_a_sync_file_exists', { path }));
  }
  removeStaleTemps(dir, basename(path));
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

function looksLikeSyncFile(path: string): boolean {
  if (!statSync(path).isFile()) return false;
  const head = readFileSync(path).subarray(0, 40).toString('latin1');
  return head.startsWith('{"format":"prosjektboka-sync"') || head.startsWith('age-encryption.org/v1');
}

/**
 * Opens the workbook for a sync command. A copy found on open becomes its own
 * installation first (a sync command writes anyway), and, given `io`, the
 * user is told in one sentence.
 */
export async function withOpenWorkbook<T>(file: string, fn: (wb: Workbook) => Promise<T> | T, io?: CliIo): Promise<T> {
  const wb = openWorkbook(file);
  try {
    const before = wb.replicaId;
    wb.settleInstallation();
    const notice = installationNotice(wb);
    if (io && notice && wb.replicaId !== before) io.out(word(describeInstallationNotice(notice), cliRun.words));
    return await fn(wb);
  } finally {
    wb.close();
  }
}

/** A date and time as Norwegians write it, in the machine's zone: 26.11.2025 17:45. */
export function formatWhen(iso: string | null): string {
  if (!iso) return say('cli.out.never');
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}.${p(d.getMonth() + 1)}.${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

import { hostname } from 'node:os';
import type Database from 'better-sqlite3';
import { WorkbookError } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import { INSTALLATION_NAME_MAX, installationNameProblem } from '../../shared/rules/installationName.js';

/**
 * This installation's name, e.g. «Indre Østfold – Mysen bibliotek», and
 * whether a person chose it. A new workbook gets a placeholder instead of the
 * machine's host name: the name travels in every sync file, and a host name
 * («vm», «DESKTOP-4F2K») says nothing to the others and tells them about the
 * machine. Until a person chooses a name the app asks for one (first start).
 */
const CHOSEN_KEY = 'replica_name_chosen';

/** A name nobody would choose, that says it is one: the id's last characters (random in a uuidv7) tell two apart. */
export function placeholderInstallationName(replicaId: string): string {
  return `Installasjon uten navn ${replicaId.slice(-6)}`;
}

/** The name trimmed, or a refusal naming what is wrong with it (the API's and the CLI's one rule). */
export function checkInstallationName(name: string): string {
  const trimmed = name.trim();
  const problem = installationNameProblem(trimmed);
  if (problem === 'empty') throw new WorkbookError('invalid_name', msg('installation.name_empty'));
  if (problem === 'tooLong') {
    throw new WorkbookError('invalid_name', msg('installation.name_too_long', { max: INSTALLATION_NAME_MAX, length: [...trimmed].length }));
  }
  return trimmed;
}

/**
 * Whether a person chose the name. Workbooks from before the flag have none:
 * their name counts as chosen unless it is this machine's host name, the
 * default they were given then.
 */
export function readNameChosen(meta: Readonly<Record<string, string>>): boolean {
  const flag = meta[CHOSEN_KEY];
  if (flag !== undefined) return flag === '1';
  const name = meta.replica_name ?? '';
  return name !== '' && name !== hostname();
}

/** Records the flag in the same transaction as the name (meta is this installation's own, never synced). */
export function writeNameChosen(db: Database.Database, chosen: boolean): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(CHOSEN_KEY, chosen ? '1' : '0');
}

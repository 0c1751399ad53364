import { SYNC_EXTENSION } from './fileFormat.js';

/**
 * What a name in a sync folder is, judged by the name alone, before a byte is
 * read. Twenty installations share the folder through OneDrive, Nextcloud,
 * an SMB share or Syncthing, and each engine leaves names of its own beside
 * ours: conflict copies when it met two versions of one file, and partial
 * files while it is still bringing one in. Each is taken for what it is:
 *
 * - `own`: this installation's file. Never read (we wrote it).
 * - `peer`: another installation's file (`prosjektboka-<replica id>.pbsync`),
 *   or any other `.pbsync` someone put there by hand. Read.
 * - `peerCopy`: an engine's copy of another installation's file
 *   («prosjektboka-<id> (1).pbsync», «….sync-conflict-20261203-101010-ABCDEFG.pbsync»,
 *   «…-DESKTOP-ABC.pbsync», «… (conflicted copy 2026-12-03 101010).pbsync»).
 *   Read: it is a whole, authenticated file of that installation, older or
 *   newer than the one under the plain name, and every change in it is taken
 *   by its identity (origin and stamp), so what the plain file also has
 *   changes nothing, and what only the copy has (a second machine running a
 *   copy of that workbook wrote it) is not lost.
 * - `ownCopy`: an engine's copy of our own file. Not read: everything in it
 *   is ours or was in our workbook when we wrote it, and a file in our own
 *   name is never imported (an older copy must not teach us what we "hold").
 * - `inTransfer`: an engine's partial file of a `.pbsync` (Syncthing's
 *   `.syncthing.<name>.tmp` and `~syncthing~<name>.tmp`, Nextcloud's
 *   `.<name>.~<random>`, `.part`, `.partial`, `.crdownload`, `.tmp`). Not
 *   read; the whole file comes under its own name later.
 * - `writing`: an installation's own temporary name while it writes
 *   (`.prosjektboka-<id>.pbsync.<pid>.tmp`, renamed when whole). Not read.
 * - `other`: anything else (a Word document, a folder). Not ours to judge.
 *
 * A name that is missing is never a deletion: an installation's file that is
 * gone (deleted by someone, or not synced here yet) just brings nothing this
 * time; records are deleted only by delete changes inside files.
 */
export type FolderEntry =
  | { readonly kind: 'own' | 'writing' | 'other' }
  | { readonly kind: 'peer'; readonly replicaId: string | null }
  | { readonly kind: 'peerCopy' | 'ownCopy'; readonly replicaId: string; readonly engine: CopyEngine }
  | { readonly kind: 'inTransfer'; readonly target: string };

/** Which engine's habit a copy's name follows, for the folder report. */
export type CopyEngine = 'syncthing' | 'nextcloud' | 'onedrive' | 'numbered' | 'unknown';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const FOLDER_FILE = new RegExp(`^prosjektboka-(${UUID})(.*)\\${SYNC_EXTENSION}$`, 'i');
const OUR_TEMP = /^\.prosjektboka-.+\.pbsync\.\d+(?:\.\d+)?\.tmp$/i;

/** Partial-file habits: the name of the file being brought in, when the entry is one of them. */
const PARTIALS: readonly RegExp[] = [
  /^\.syncthing\.(.+)\.tmp$/i, // Syncthing on Linux and macOS
  /^~syncthing~(.+)\.tmp$/i, // Syncthing on Windows
  /^\.(.+)\.~[0-9a-z]+$/i, // Nextcloud and ownCloud desktop clients
  /^(.+)\.(?:part|partial|crdownload|download|tmp)$/i, // browsers, OneDrive, SMB copies, generic
  /^~\$?(.+)$/i, // Office-style lock and temp names
];

export function classifyFolderEntry(name: string, ownReplicaId: string): FolderEntry {
  if (OUR_TEMP.test(name)) return { kind: 'writing' };
  const lower = name.toLowerCase();
  if (!lower.endsWith(SYNC_EXTENSION)) {
    for (const p of PARTIALS) {
      const target = p.exec(name)?.[1];
      if (target && target.toLowerCase().endsWith(SYNC_EXTENSION)) return { kind: 'inTransfer', target };
    }
    return { kind: 'other' };
  }
  // A dot-name ending in .pbsync is no one's file here (macOS «._» resource forks, hidden litter).
  if (name.startsWith('.') || name.startsWith('~')) return { kind: 'other' };
  const m = FOLDER_FILE.exec(name);
  if (!m) return { kind: 'peer', replicaId: null };
  const replicaId = m[1]!.toLowerCase();
  const suffix = m[2]!;
  const ours = replicaId === ownReplicaId.toLowerCase();
  if (suffix === '') return ours ? { kind: 'own' } : { kind: 'peer', replicaId };
  return { kind: ours ? 'ownCopy' : 'peerCopy', replicaId, engine: copyEngine(suffix) };
}

function copyEngine(suffix: string): CopyEngine {
  if (/\.sync-conflict-\d{8}-\d{6}/i.test(suffix)) return 'syncthing';
  if (/conflicted copy|_conflict-\d{8}/i.test(suffix)) return 'nextcloud';
  if (/^ \(\d+\)$/.test(suffix)) return 'numbered';
  if (/^-[A-Za-z0-9][A-Za-z0-9_-]*$/.test(suffix)) return 'onedrive';
  return 'unknown';
}

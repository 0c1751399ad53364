import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { exportSyncFile, type ExportOptions } from '../../electron/sync/exportChanges.js';
import { importSyncFile, type ImportReport } from '../../electron/sync/importFile.js';
import { joinWorkbook } from '../../electron/sync/join.js';
import type { Workbook } from '../../electron/workbook/workbook.js';
import { useChanges } from '../../renderer/data/changes';
import { useHistory } from '../../renderer/data/history';
import { useSyncFocus } from '../../renderer/screens/sync/desktop';
import { useImportFlow, useSyncData } from '../../renderer/screens/sync/store';
import { installRealWorkbook, type RealWorkbook } from './realWorkbook';

export const HERE_NAME = 'Indre Østfold – Mysen bibliotek';
export const DRAMMEN_NAME = 'Drammen bibliotek';
export const ASKIM_NAME = 'Askim';
/** scrypt's work factor for the files the tests encrypt themselves (age's 18 takes a second or more). */
export const FAST_SCRYPT = 10;

/**
 * Three real installations of one workbook for the Synkronisering page:
 * "here" (Mysen) behind window.prosjektboka with the real handlers
 * (tests/components/realWorkbook.ts); Drammen, joined from here's full file;
 * Askim, joined from Drammen's. Sync files are made and read by the real
 * sync code. Before a test, here has taken in one file from Drammen that
 * carried an edit of Askim's: so here has heard from Drammen (and has a
 * backup from that import) and knows Askim by name only.
 *
 * The three share one clock that the test sets, so which of two edits is
 * later (and so wins) is the order the test makes them in, and the times the
 * page shows are known.
 */
export interface SyncWorkbooks {
  readonly real: RealWorkbook;
  /** This installation, as the handlers serve it now. */
  readonly here: Workbook;
  readonly drammen: Workbook;
  readonly askim: Workbook;
  /** The id of a seed record ("risk.6"): the same in all three. */
  id(key: string): string;
  /** Sets the shared clock; each reading after it is a millisecond later, so edits stay in the order made. */
  setClock(iso: string): void;
  /** A sync file made now by one installation (by default Drammen's delta for every installation it has heard from). */
  fileFrom(wb: Workbook, options?: ExportOptions): Promise<Buffer>;
  /** Takes a file in here as the command line or the sync folder would: not through the page. */
  importHere(bytes: Uint8Array): Promise<ImportReport>;
  /** Field values of one record here, read from the workbook file. */
  fieldsHere(kind: Parameters<Workbook['records']['get']>[0], id: string): Record<string, unknown> | undefined;
  close(): void;
}

export const START = '2026-11-20T09:15:00.000Z';

let openPair: SyncWorkbooks | undefined;

/** `desktop`: served as the desktop app serves it, which may read files by path (the web host's page may not). */
export async function installSyncWorkbooks(options: { desktop?: boolean } = {}): Promise<SyncWorkbooks> {
  openPair?.close();
  let clock = Date.parse(START);
  const now = () => clock++;
  const real = installRealWorkbook({ replicaName: HERE_NAME, now, desktop: options.desktop });
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-sync-components-'));
  const others: Workbook[] = [];
  try {
    const invitation = await exportSyncFile(real.wb, { full: true });
    const drammen = (await joinWorkbook(join(dir, 'drammen.prosjektboka'), invitation.bytes, { replicaName: DRAMMEN_NAME, now, what: 'invitasjon.pbsync' })).workbook;
    others.push(drammen);
    const askim = (await joinWorkbook(join(dir, 'askim.prosjektboka'), (await exportSyncFile(drammen, { full: true })).bytes, { replicaName: ASKIM_NAME, now })).workbook;
    others.push(askim);
    // Askim's one edit reaches here by way of Drammen: here learns Askim's name, never having had a file from it.
    askim.commands.update('person', real.id('person.jorgen-hovde'), { email: 'post@askim.kommune.no' });
    await importSyncFile(drammen, (await exportSyncFile(askim)).bytes, { backup: false });
    await importSyncFile(real.wb, (await exportSyncFile(drammen)).bytes);
    const pair: SyncWorkbooks = {
      real,
      get here() {
        return real.wb;
      },
      drammen,
      askim,
      id: real.id,
      setClock: (iso) => void (clock = Date.parse(iso)),
      fileFrom: async (wb, options = {}) => (await exportSyncFile(wb, { scryptLogN: FAST_SCRYPT, ...options })).bytes,
      importHere: (bytes) => importSyncFile(real.wb, bytes),
      fieldsHere: (kind, id) => real.wb.records.get(kind, id)?.fields,
      close: () => {
        for (const wb of others) wb.close();
        rmSync(dir, { recursive: true, force: true });
        if (openPair === pair) openPair = undefined;
      },
    };
    openPair = pair;
    return pair;
  } catch (e) {
    for (const wb of others) wb.close();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

/** Closes the installations of the last test (call in afterEach; the page's own workbook is closed by setup.ts). */
export function closeSyncWorkbooks(): void {
  openPair?.close();
}

/** Every test starts from an empty page: nothing loaded, no import under way, no notes in storage. */
export function resetSyncPage(): void {
  vi.restoreAllMocks();
  localStorage.clear();
  window.location.hash = '';
  useSyncData.setState({ status: undefined, conflicts: [], backups: [], exchanges: { entries: [], heldBack: [] }, loaded: false, error: undefined });
  useImportFlow.setState({ phase: { step: 'idle' }, imported: undefined, passphrase: '', waiting: [] });
  useSyncFocus.setState({ target: null, seq: 0 });
  useHistory.setState({ undoStep: null, redoStep: null, busy: false, notice: undefined });
  useChanges.setState({ versions: {}, records: {}, unlisted: {}, workbook: 0 });
}

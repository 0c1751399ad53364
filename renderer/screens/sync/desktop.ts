import { create } from 'zustand';
import type { DesktopEvents } from '../../api/client';
import { useImportFlow } from './store';

/**
 * What the desktop app asks of the Synkronisering page: Fil → Importer
 * synkfil… and a double-clicked .pbsync arrive as the file's path (previewed
 * by path: the API reads it), Fil → Eksporter synkfil… as a bare command;
 * both open the page. What
 * the sync folder brings in reaches the screens as the workbook's change events. The web host's
 * bridge has none of these events, and then nothing listens.
 */
interface SyncFocus {
  /** The part of the page a menu command asked for; the page moves focus there. */
  target: 'export' | 'import' | null;
  seq: number;
  request(target: 'export' | 'import'): void;
}

export const useSyncFocus = create<SyncFocus>((set) => ({
  target: null,
  seq: 0,
  request: (target) => set((s) => ({ target, seq: s.seq + 1 })),
}));

export const SYNC_ROUTE = '#/sync';

function showSyncPage(): void {
  if (!window.location.hash.startsWith(SYNC_ROUTE)) window.location.hash = SYNC_ROUTE;
}

/**
 * Starts listening; call once, before the page renders, so nothing main
 * sends right after the page has loaded is missed. Returns the function that
 * stops listening.
 */
export function listenToDesktop(events: DesktopEvents | undefined = window.prosjektboka): () => void {
  const stopMenu = events?.onMenuCommand?.((message) => {
    if (typeof message === 'object') {
      useImportFlow.getState().receive({ name: message.name, path: message.path });
      useSyncFocus.getState().request('import');
      showSyncPage();
    } else if (message === 'export-sync-file' || message === 'import-sync-file') {
      useSyncFocus.getState().request(message === 'export-sync-file' ? 'export' : 'import');
      showSyncPage();
    }
  });
  // A sync folder exchange in the desktop worker commits like any import: the workbook's change events reload the screens.
  return () => {
    stopMenu?.();
  };
}

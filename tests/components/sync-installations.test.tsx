import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openSyncFile } from '../../electron/sync/fileFormat.js';
import { listBackups } from '../../electron/workbook/backup.js';
import { KIND_NAMES } from '../../shared/model/kinds';
import type { DesktopEvents, DesktopMenuMessage, DesktopProgress } from '../../renderer/api/client';
import { useChanges } from '../../renderer/data/changes';
import { listenToDesktop } from '../../renderer/screens/sync/desktop';
import { readAsBase64 } from '../../renderer/screens/sync/files';
import { syncHistory } from '../../renderer/screens/sync/history';
import { SyncScreen } from '../../renderer/screens/sync/SyncScreen';
import type { SyncStatus } from '../../renderer/screens/sync/store';
import { base64, renderPage, when } from './syncPage';
import {
  DRAMMEN_NAME, HERE_NAME, closeSyncWorkbooks, installSyncWorkbooks, resetSyncPage, type SyncWorkbooks,
} from './syncWorkbooks';

/**
 * The Synkronisering page's installations, export, backups and the desktop
 * app's hand-over, over three real installations of one workbook
 * (tests/components/syncWorkbooks.ts).
 */
let sync: SyncWorkbooks;
beforeEach(async () => {
  resetSyncPage();
  sync = await installSyncWorkbooks();
});
afterEach(() => closeSyncWorkbooks());

describe('the rest of the page', () => {
  it('lists the other installations with the last exchange each way and what each lacks', async () => {
    // Two edits here since Drammen's file: Drammen lacks them.
    sync.here.commands.update('risk', sync.id('risk.4'), { title: 'Ny tittel', status: 'monitored' });
    await renderPage();
    const table = screen.getByRole('table', { name: 'Andre installasjoner denne har utvekslet med' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => [...r.children].map((c) => c.textContent));
    const drammen = sync.here.sync.peer(sync.drammen.replicaId)!;
    expect(rows).toEqual([
      ['Askim', 'Aldri', 'Aldri', 'Ukjent (ingen fil fra dem ennå)'],
      [DRAMMEN_NAME, when(drammen.lastImportAt!), 'Aldri', '2 endringer'],
    ]);
    expect(when(drammen.lastImportAt!)).toMatch(/^20\.11\.2026 kl\. \d\d\.15$/);
    expect((screen.getByLabelText('Navnet på denne installasjonen') as HTMLInputElement).value).toBe(HERE_NAME);
  });

  it('renames this installation when the field is left', async () => {
    await renderPage();
    const name = screen.getByLabelText('Navnet på denne installasjonen');
    await userEvent.clear(name);
    await userEvent.tab();
    expect(screen.getByText('Skriv et navn')).toBeDefined();
    expect(sync.real.callsOf('setReplicaName')).toEqual([]);
    await userEvent.type(name, 'Mysen bibliotek');
    await userEvent.tab();
    expect(await screen.findByText('Navnet er lagret.')).toBeDefined();
    expect(sync.real.callsOf('setReplicaName')).toEqual([{ name: 'Mysen bibliotek' }]);
    expect(sync.here.replicaName).toBe('Mysen bibliotek');
  });

  it('makes a sync file for one installation, or a full encrypted one, and offers it as a download', async () => {
    const downloads: { name: string; blob: Blob }[] = [];
    let lastBlob: Blob | undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, blob: lastBlob! });
    });
    Object.assign(URL, { createObjectURL: vi.fn((blob: Blob) => ((lastBlob = blob), 'blob:sync')), revokeObjectURL: vi.fn() });
    const bytesOf = async (blob: Blob) => Buffer.from(await readAsBase64(blob), 'base64');
    await renderPage();
    await userEvent.selectOptions(screen.getByLabelText('Til'), 'Askim');
    await userEvent.click(screen.getByRole('button', { name: 'Lag synkfil' }));
    expect(await screen.findByText(/^«test-Indre-Østfold-Mysen-bibliotek\.pbsync» er laget med \d+ endringer \(\d+ (byte|KiB), ikke kryptert\)/)).toBeDefined();
    expect(sync.real.callsOf('exportSync')).toEqual([{ forReplica: sync.askim.replicaId }]);
    expect(downloads.map((d) => d.name)).toEqual(['test-Indre-Østfold-Mysen-bibliotek.pbsync']);
    // What was downloaded is a sync file of this workbook: Askim could take it in.
    const forAskim = await openSyncFile(await bytesOf(downloads[0]!.blob));
    expect([forAskim.header.workbookId, forAskim.header.full, forAskim.encrypted]).toEqual([sync.here.workbookId, false, false]);

    await userEvent.selectOptions(screen.getByLabelText('Til'), 'En ny installasjon (full fil)');
    expect(screen.getByText(/Uten passordfrase kan alle som får tak i fila/)).toBeDefined();
    await userEvent.type(screen.getByLabelText('Passordfrase (valgfritt)'), 'hemmelig');
    expect(screen.queryByText(/Uten passordfrase kan alle som får tak i fila/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Lag synkfil' }));
    expect(await screen.findByText(/\(\d+ (byte|KiB), kryptert\)/)).toBeDefined();
    expect(sync.real.callsOf('exportSync').at(-1)).toEqual({ full: true, passphrase: 'hemmelig' });
    const full = await openSyncFile(await bytesOf(downloads[1]!.blob), { passphrase: 'hemmelig' });
    expect([full.header.full, full.encrypted]).toEqual([true, true]);
    // The passphrase does not linger in the form.
    expect((screen.getByLabelText('Passordfrase (valgfritt)') as HTMLInputElement).value).toBe('');
  });

  it('restores a backup only after a confirmation, and the workbook is as it was then', async () => {
    const [backup] = listBackups(sync.here.path);
    const person = sync.id('person.jorgen-hovde');
    // Askim's edit came with the import the backup was taken before.
    expect(sync.fieldsHere('person', person)?.email).toBe('post@askim.kommune.no');
    await renderPage();
    const day = when(backup!.createdAt).slice(0, 10);
    await userEvent.click(screen.getByRole('button', { name: new RegExp(`^Gjenopprett sikkerhetskopien fra ${day.replace(/\./g, '\\.')}`) }));
    const confirm = screen.getByRole('group', { name: /^Gjenopprette arbeidsboka slik den var / });
    expect(document.activeElement).toBe(within(confirm).getByRole('heading'));
    await userEvent.click(within(confirm).getByRole('button', { name: 'Avbryt' }));
    expect(sync.real.callsOf('restoreBackup')).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: /^Gjenopprett sikkerhetskopien fra/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Gjenopprett' }));
    expect(await screen.findByText(new RegExp(`^Arbeidsboka er gjenopprettet slik den var ${day.replace(/\./g, '\\.')}`))).toBeDefined();
    expect(sync.real.callsOf('restoreBackup')).toEqual([{ name: backup!.name }]);
    expect(sync.fieldsHere('person', person)?.email).toBe('');
    expect(KIND_NAMES.every((k) => (useChanges.getState().versions[k] ?? 0) >= 1)).toBe(true);
  });
});

describe('the desktop app\'s hand-over', () => {
  function desktopEvents() {
    let menu: ((m: DesktopMenuMessage) => void) | undefined;
    let progress: ((p: DesktopProgress) => void) | undefined;
    const events: DesktopEvents = {
      onMenuCommand: (l) => ((menu = l), () => (menu = undefined)),
      onProgress: (l) => ((progress = l), () => (progress = undefined)),
    };
    return { events, menu: (m: DesktopMenuMessage) => menu?.(m), listening: () => Boolean(menu && progress) };
  }

  it('opens the page on a file from Fil → Importer synkfil… and previews it', async () => {
    sync.drammen.commands.create('meeting', { title: 'Dobbeltklikket', startsAt: '2026-11-26T13:00', type: 'other' });
    const file = await sync.fileFrom(sync.drammen);
    const desktop = desktopEvents();
    const stop = listenToDesktop(desktop.events);
    desktop.menu({ command: 'import-sync-file', name: 'dobbeltklikket.pbsync', base64: base64(file) });
    expect(window.location.hash).toBe('#/sync');
    render(<SyncScreen />);
    const preview = await screen.findByRole('region', { name: 'Dette vil «dobbeltklikket.pbsync» gjøre' });
    expect(within(preview).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Møter: 1']);
    expect(sync.real.callsOf('previewSync')).toEqual([{ contentBase64: base64(file), fileName: 'dobbeltklikket.pbsync' }]);
    stop();
    expect(desktop.listening()).toBe(false);
  });

  it('moves focus to the export form on Fil → Eksporter synkfil…', async () => {
    const desktop = desktopEvents();
    const stop = listenToDesktop(desktop.events);
    await renderPage();
    desktop.menu('export-sync-file');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Lag synkfil' })));
    // What a sync folder exchange imports reaches the screens as the workbook's change events, not as progress.
    stop();
  });

  it('does nothing without the desktop events (the web host\'s bridge)', () => {
    expect(() => listenToDesktop(undefined)()).not.toThrow();
    expect(() => listenToDesktop({})()).not.toThrow();
  });
});

describe('the history', () => {
  it('tells each exchange once: the page\'s own note with its details, else the workbook\'s record', async () => {
    const drammen = sync.drammen.replicaId;
    const askim = sync.askim.replicaId;
    // The status as getSyncStatus gives it, with the times of four exchanges put in.
    const status: SyncStatus = {
      ...(await (window.prosjektboka!.getSyncStatus({}) as Promise<{ ok: true; result: SyncStatus }>)).result,
      lastExportAt: '2026-11-25T10:00:00.000Z',
    };
    status.peers = [
      { replicaId: drammen, name: DRAMMEN_NAME, lastImportAt: '2026-11-26T08:00:00.000Z', lastExportAt: '2026-11-25T10:00:00.000Z', pendingForThem: 0 },
      { replicaId: askim, name: 'Askim', lastImportAt: '2026-11-24T12:00:00.000Z', lastExportAt: null, pendingForThem: 2 },
    ];
    const rows = syncHistory(status, [
      { at: '2026-11-26T08:00:03.000Z', direction: 'import', peerId: drammen, peerName: DRAMMEN_NAME, changes: 5, conflicts: 1, fileName: 'a.pbsync' },
      { at: '2026-11-20T08:00:00.000Z', direction: 'export', peerId: null, peerName: '', changes: 700, full: true, encrypted: true },
    ]);
    expect(rows.map((r) => [r.at.slice(0, 10), r.direction, r.peerName, r.full, r.details?.changes ?? null])).toEqual([
      ['2026-11-26', 'import', DRAMMEN_NAME, false, 5],
      // Made for Drammen (by the CLI, say): once, although lastExportAt says the same.
      ['2026-11-25', 'export', DRAMMEN_NAME, false, null],
      ['2026-11-24', 'import', 'Askim', false, null],
      ['2026-11-20', 'export', null, true, 700],
    ]);
  });
});

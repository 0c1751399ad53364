import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openSyncFile } from '../../electron/sync/fileFormat.js';
import { listBackups } from '../../electron/workbook/backup.js';
import { KIND_NAMES } from '../../shared/model/kinds';
import type { DesktopEvents, DesktopMenuMessage, DesktopProgress } from '../../renderer/api/client';
import { useChanges } from '../../renderer/data/changes';
import { listenToDesktop } from '../../renderer/screens/sync/desktop';
import { readAsBase64 } from '../../renderer/screens/sync/files';
import { SyncScreen } from '../../renderer/screens/sync/SyncScreen';
import { useSyncData } from '../../renderer/screens/sync/store';
import { exchangeWithFolder } from '../../electron/sync/syncFolder.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { choose, renderPage, when } from './syncPage';
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

  it('opens the page on a file from Fil → Importer synkfil…, previews it by path and imports it by the preview\'s token', async () => {
    sync = await installSyncWorkbooks({ desktop: true });
    sync.drammen.commands.create('meeting', { title: 'Dobbeltklikket', startsAt: '2026-11-26T13:00', type: 'other' });
    const path = join(dirname(sync.drammen.path), 'dobbeltklikket.pbsync');
    writeFileSync(path, await sync.fileFrom(sync.drammen));
    const desktop = desktopEvents();
    const stop = listenToDesktop(desktop.events);
    desktop.menu({ command: 'import-sync-file', name: 'dobbeltklikket.pbsync', path });
    expect(window.location.hash).toBe('#/sync');
    render(<SyncScreen />);
    // Read from disk by the API (asynchronous I/O, unlike content): waited for, however long this machine takes.
    const preview = await screen.findByRole('region', { name: 'Dette vil «dobbeltklikket.pbsync» gjøre' }, { timeout: 60_000 });
    expect(within(preview).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Møter: 1']);
    // The file's bytes never pass through the page: the API reads it by its path.
    expect(sync.real.callsOf('previewSync')).toEqual([{ path, fileName: 'dobbeltklikket.pbsync' }]);
    await userEvent.click(within(preview).getByRole('button', { name: 'Les inn' }));
    await screen.findByText(/^Lest inn fra Drammen bibliotek: \d+ endring/);
    expect(sync.real.callsOf('importSync')).toEqual([{ token: expect.any(String), fileName: 'dobbeltklikket.pbsync', allowMassDeletion: false }]);
    expect(sync.here.records.list('meeting').map((m) => m.fields.title)).toContain('Dobbeltklikket');
    stop();
    expect(desktop.listening()).toBe(false);
  });

  it('imports a file chosen on the desktop page by its path (the preload knows where it lies), never by its content', async () => {
    sync = await installSyncWorkbooks({ desktop: true });
    sync.drammen.commands.create('meeting', { title: 'Valgt på skrivebordet', startsAt: '2026-11-26T13:00', type: 'other' });
    const bytes = await sync.fileFrom(sync.drammen);
    const path = join(dirname(sync.drammen.path), 'valgt.pbsync');
    writeFileSync(path, bytes);
    // The preload's pathForFile (Electron's webUtils.getPathForFile) beside the API methods.
    const api = window.prosjektboka!;
    const pathForFile = vi.fn(() => path);
    Object.defineProperty(window, 'prosjektboka', {
      value: new Proxy(api, { get: (target, key) => (key === 'pathForFile' ? pathForFile : Reflect.get(target, key)) }),
      configurable: true, writable: true,
    });
    await renderPage();
    choose(bytes, 'valgt.pbsync');
    await screen.findByRole('region', { name: 'Dette vil «valgt.pbsync» gjøre' }, { timeout: 60_000 });
    expect(pathForFile).toHaveBeenCalledTimes(1);
    expect(sync.real.callsOf('previewSync')).toEqual([{ path, fileName: 'valgt.pbsync' }]);
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

describe('the history and the files held back', () => {
  it('shows what the workbook noted of every exchange, the page\'s, the command line\'s and the sync folder\'s alike, newest first', async () => {
    sync.setClock('2026-11-26T08:00:00.000Z');
    sync.drammen.commands.create('meeting', { title: 'Fra kommandolinja', startsAt: '2026-11-26T13:00', type: 'other' });
    // Taken in as the command line would: the page had no part in it.
    await sync.importHere(await sync.fileFrom(sync.drammen));
    sync.setClock('2026-11-26T09:00:00.000Z');
    await renderPage();
    const exportPanel = screen.getByRole('region', { name: 'Lag synkfil' });
    await userEvent.click(within(exportPanel).getByRole('button', { name: 'Lag synkfil' }));
    await waitFor(() => expect(sync.here.exchanges.list(1)[0]!.event).toBe('export'));
    const table = await screen.findByRole('table', { name: /Synkfiler laget og lest inn/ });
    await waitFor(() => expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Synkfil laget'));
    const rows = within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows[0]).toEqual([expect.stringContaining('26.11.2026'), 'Synkfil laget', 'Alle', expect.stringMatching(/\.pbsync$/), expect.stringMatching(/^\d+ endringer?$/)]);
    expect(rows[1]).toEqual([when('2026-11-26T08:00:00.000Z'), 'Lest inn', DRAMMEN_NAME, '–', expect.stringMatching(/^\d+ endringer tatt inn(, \d+ fantes her fra før)?$/)]);
    // The import before the test, and the join that made Drammen (in Drammen's own history, not here).
    expect(rows.slice(2).map((r) => r[1])).toEqual(['Lest inn', 'Synkfil laget']);
    // Each event has its own drawn icon beside its words (hidden from screen readers): up for made, down for read in.
    const icons = within(table).getAllByRole('row').slice(1).map((r) => r.querySelectorAll('td')[1]!.querySelector('svg[aria-hidden="true"]')?.innerHTML);
    expect(icons.every(Boolean)).toBe(true);
    expect(icons[0]).toBe(icons[3]);
    expect(icons[1]).toBe(icons[2]);
    expect(icons[0]).not.toBe(icons[1]);
    expect(screen.getByText(/Historikken ligger i arbeidsboka og gjelder bare denne installasjonen; den synkroniseres ikke\./)).toBeTruthy();
  });

  it('lists the sync folder\'s files the guard holds back, with what each would delete and what to do, and previews one by path', async () => {
    sync = await installSyncWorkbooks({ desktop: true });
    const folder = join(dirname(sync.drammen.path), 'Felles');
    mkdirSync(folder);
    await exchangeWithFolder(sync.drammen, folder, { backup: false });
    await exchangeWithFolder(sync.here, folder, { backup: false });
    const goals = sync.drammen.records.list('goal').map((g) => g.id);
    const people = sync.drammen.records.list('person').map((p) => p.id);
    for (const id of [...goals, ...people].slice(0, 25)) sync.drammen.commands.delete(goals.includes(id) ? 'goal' : 'person', id);
    sync.setClock('2026-11-27T10:00:00.000Z');
    await exchangeWithFolder(sync.drammen, folder, { backup: false });
    await exchangeWithFolder(sync.here, folder, { backup: false });
    const [held] = sync.here.exchanges.heldBack();
    expect(held).toBeDefined();

    await renderPage();
    const panel = screen.getByRole('region', { name: 'En fil i synkmappa holdes tilbake' });
    // Deleting people takes their attendances and roles with them: more than the 25 deleted by hand.
    expect(held!.deleted).toBeGreaterThanOrEqual(25);
    expect(panel.textContent).toContain(`${held!.file} fra ${DRAMMEN_NAME} ville slette ${held!.deleted} av ${held!.live} poster`);
    expect(panel.textContent).toContain(`Holdt tilbake siden ${when(held!.at)}`);
    expect(panel.textContent).toContain('Er slettingen meningen, les fila inn derfra. Hvis ikke, spør Drammen bibliotek hva som har skjedd');
    // The history has it too, once.
    const table = screen.getByRole('table', { name: /Synkfiler laget og lest inn/ });
    expect(within(table).getAllByText('Holdt tilbake fra synkmappa')).toHaveLength(1);

    await userEvent.click(await within(panel).findByRole('button', { name: `Forhåndsvis «${held!.file}»` }));
    const preview = await screen.findByRole('region', { name: `Dette vil «${held!.file}» gjøre` }, { timeout: 60_000 });
    expect(sync.real.callsOf('previewSync')).toEqual([{ path: held!.path, fileName: held!.file }]);
    expect(preview.textContent).toContain(`denne fila sletter ${held!.deleted} av ${held!.live} poster`);
    await userEvent.click(within(preview).getByRole('button', { name: 'Les inn' }));
    await screen.findByText(/^Lest inn fra Drammen bibliotek/);
    expect(sync.real.callsOf('importSync').at(-1)).toMatchObject({ allowMassDeletion: true });
    await exchangeWithFolder(sync.here, folder, { backup: false });
    await act(() => useSyncData.getState().load());
    expect(screen.queryByRole('region', { name: /holdes tilbake/ })).toBeNull();
  });
});

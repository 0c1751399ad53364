import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { KIND_NAMES } from '../../shared/model/kinds';
import type { DesktopEvents, DesktopMenuMessage, DesktopProgress } from '../../renderer/api/client';
import { useChanges } from '../../renderer/data/changes';
import { listenToDesktop } from '../../renderer/screens/sync/desktop';
import { syncHistory } from '../../renderer/screens/sync/history';
import { SyncScreen } from '../../renderer/screens/sync/SyncScreen';
import { ASKIM, DRAMMEN, conflict, installFakeSync, refuse, report, resetSyncPage, status } from './sync.fixture';

const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;
const choose = (name: string, text = 'synkfil') => fireEvent.change(fileInput(), { target: { files: [new File([text], name)] } });
const base64 = (text: string) => btoa(text);

async function renderPage() {
  render(<SyncScreen />);
  await screen.findByRole('heading', { level: 2, name: 'Lag synkfil' });
}

beforeEach(() => resetSyncPage());

describe('importing a sync file on the Synkronisering page', () => {
  it('previews a chosen file (from whom, how much, which records, conflicts) and changes nothing until applied', async () => {
    const fake = installFakeSync();
    await renderPage();
    choose('fra-drammen.pbsync', 'innhold');

    const preview = await screen.findByRole('region', { name: 'Dette vil «fra-drammen.pbsync» gjøre' });
    expect(fake.bridge.previewSync).toHaveBeenCalledWith({ contentBase64: base64('innhold'), fileName: 'fra-drammen.pbsync' });
    expect(fake.bridge.importSync).not.toHaveBeenCalled();
    const facts = preview.querySelector('dl')!;
    expect(facts.textContent).toContain('FraDrammen bibliotek');
    expect(facts.textContent).toContain('Endringer, ikke kryptert, 14 KiB');
    expect(facts.textContent).toContain('3 av 12 i fila');
    expect(facts.textContent).toContain('1 ny, 1 endret');
    expect(within(preview).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Risikoer: 2', 'Møter: 1']);
    expect(facts.textContent).toContain('⚠ 1 konflikt: et felt er endret både her og der.');
    // Focus is on the preview's heading.
    expect(document.activeElement).toBe(within(preview).getByRole('heading', { name: 'Dette vil «fra-drammen.pbsync» gjøre' }));

    fake.state.conflicts = [conflict()];
    await userEvent.click(within(preview).getByRole('button', { name: 'Les inn' }));
    expect(fake.bridge.importSync).toHaveBeenCalledWith({ contentBase64: base64('innhold'), fileName: 'fra-drammen.pbsync' });
    const said = await screen.findByText('Lest inn fra Drammen bibliotek: 3 endringer. 1 ny konflikt må avgjøres; se Konflikter.');
    expect(said.getAttribute('role')).toBe('status');
    expect(screen.queryByRole('region', { name: /^Dette vil/ })).toBeNull();
    // The screens reload on the workbook's change event for the import's commit (tests/workbook/changeFeed.test.ts).
    // The conflict it made is listed, and the history has the import with its details.
    await screen.findByRole('article', { name: 'Risiko «Tittel fra Mysen»: Tittel' });
    expect(screen.getByRole('table', { name: /Synkfiler laget og lest inn/ }).textContent).toContain('3 endringer, 1 ny konflikt, «fra-drammen.pbsync»');
  });

  it('cancelling a preview imports nothing', async () => {
    const fake = installFakeSync();
    await renderPage();
    choose('fra-drammen.pbsync');
    const preview = await screen.findByRole('region', { name: /^Dette vil/ });
    await userEvent.click(within(preview).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('region', { name: /^Dette vil/ })).toBeNull();
    expect(fake.bridge.importSync).not.toHaveBeenCalled();
  });

  it('shows the API\'s Norwegian message as it comes, keeps the file, and tries again with the passphrase', async () => {
    const fake = installFakeSync();
    fake.bridge.previewSync.mockImplementationOnce(() =>
      refuse('sync_passphrase_wrong', 'Feil passordfrase for «kryptert.pbsync». Ingenting er importert.'));
    await renderPage();
    const passphrase = screen.getByLabelText('Passordfrase (hvis fila er kryptert)');
    await userEvent.type(passphrase, 'feil');
    choose('kryptert.pbsync', 'age');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Fila er ikke lest inn');
    expect(alert.textContent).toContain('Feil passordfrase for «kryptert.pbsync». Ingenting er importert.');
    expect(fake.bridge.previewSync).toHaveBeenLastCalledWith({ contentBase64: base64('age'), fileName: 'kryptert.pbsync', passphrase: 'feil' });

    await userEvent.clear(passphrase);
    await userEvent.type(passphrase, 'riktig');
    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    await screen.findByRole('region', { name: 'Dette vil «kryptert.pbsync» gjøre' });
    expect(fake.bridge.previewSync).toHaveBeenLastCalledWith({ contentBase64: base64('age'), fileName: 'kryptert.pbsync', passphrase: 'riktig' });
    expect(fake.bridge.importSync).not.toHaveBeenCalled();
  });

  it('takes a file dropped on the drop zone', async () => {
    const fake = installFakeSync();
    await renderPage();
    const zone = screen.getByText('Slipp en synkfil (.pbsync) her').parentElement!;
    const file = new File(['sluppet'], 'sluppet.pbsync');
    fireEvent.dragOver(zone, { dataTransfer: { types: ['Files'], files: [file], dropEffect: 'none' } });
    expect(screen.getByText('Slipp fila for å se hva den inneholder')).toBeDefined();
    fireEvent.drop(zone, { dataTransfer: { types: ['Files'], files: [file] } });
    await screen.findByRole('region', { name: 'Dette vil «sluppet.pbsync» gjøre' });
    expect(fake.bridge.previewSync).toHaveBeenCalledWith({ contentBase64: base64('sluppet'), fileName: 'sluppet.pbsync' });
  });

  it('says when a file has nothing new', async () => {
    const fake = installFakeSync();
    fake.bridge.previewSync.mockImplementation(() => Promise.resolve({ ok: true, result: report({ applied: 0, created: 0, updated: 0, byKind: {}, newConflicts: 0 }) }));
    fake.bridge.importSync.mockImplementation(() => Promise.resolve({ ok: true, result: report({ applied: 0, created: 0, updated: 0, byKind: {}, newConflicts: 0, dryRun: false }) }));
    await renderPage();
    choose('gammel.pbsync');
    const preview = await screen.findByRole('region', { name: /^Dette vil/ });
    expect(preview.textContent).toContain('Ingen: alt i fila finnes her fra før.');
    expect(preview.textContent).toContain('✓ Ingen');
    await userEvent.click(within(preview).getByRole('button', { name: 'Les inn' }));
    expect(await screen.findByText('«gammel.pbsync» fra Drammen bibliotek hadde ingenting nytt. Det er notert hva Drammen bibliotek har.')).toBeDefined();
  });
});

describe('conflicts side by side', () => {
  const longConflict = conflict({
    id: '8b538468-5c7e-878b-b00a-cd43bc28fc59',
    field: 'measures',
    longText: true,
    current: 'Snakke i klarspråk.\nHa tydelige mål, og gå gjennom dem på allmøtet.\nInformere bredt.',
    other: 'Snakke i klarspråk.\nHa tydelige mål, og skriv dem ned på intranettet.\nInformere bredt.',
  });
  const deleteConflict = conflict({
    id: '8b538468-5c7e-878b-b00a-cd43bc28fc5a', recordTitle: 'Møtelokaler', field: '_deleted', current: false, other: true,
  });

  it('shows both values of each field with the installation each comes from', async () => {
    installFakeSync({ conflicts: [conflict(), longConflict, deleteConflict] });
    await renderPage();
    const title = await screen.findByRole('article', { name: 'Risiko «Tittel fra Mysen»: Tittel' });
    expect(within(title).getByRole('group', { name: 'Her nå (Indre Østfold – Mysen bibliotek)' }).textContent).toContain('Tittel fra Mysen');
    expect(within(title).getByRole('group', { name: 'Fra Drammen bibliotek' }).textContent).toContain('Tittel fra Drammen');

    const measures = screen.getByRole('article', { name: 'Risiko «Tittel fra Mysen»: Tiltak' });
    const here = within(measures).getByRole('group', { name: 'Her nå (Indre Østfold – Mysen bibliotek)' });
    const lines = [...here.querySelectorAll('.sync-line')].map((l) => l.textContent);
    // Each line apart, and the one that differs marked in words too.
    expect(lines).toEqual(['Snakke i klarspråk.', 'ulik linje: Ha tydelige mål, og gå gjennom dem på allmøtet.', 'Informere bredt.']);
    expect(measures.textContent).toContain('Endringer på ulike linjer er allerede slått sammen');

    const deleted = screen.getByRole('article', { name: 'Risiko «Møtelokaler»: Slettet eller ikke' });
    expect(deleted.textContent).toContain('Posten finnes her, og er endret');
    expect(deleted.textContent).toContain('Posten er slettet hos Drammen bibliotek');
    expect(within(deleted).getByRole('button', { name: 'Behold posten' })).toBeDefined();
    expect(within(deleted).getByRole('button', { name: 'Slett posten' })).toBeDefined();
    // A delete is kept or confirmed, never combined.
    expect(within(deleted).queryByRole('button', { name: 'Skriv en sammenslått verdi' })).toBeNull();
    expect(screen.getByText('⚠ 3 må avgjøres')).toBeDefined();
  });

  it('keeps the other installation\'s value when asked, and says so', async () => {
    const fake = installFakeSync({ conflicts: [conflict()] });
    await renderPage();
    const article = await screen.findByRole('article', { name: 'Risiko «Tittel fra Mysen»: Tittel' });
    await userEvent.click(within(article).getByRole('button', { name: 'Behold verdien fra Drammen bibliotek' }));
    // An undoable step: the workbook keeps it in this window's history under its label.
    expect(fake.bridge.resolveConflict).toHaveBeenCalledWith({
      id: conflict().id, keep: 'other', history: expect.objectContaining({ label: 'Løste konflikten i Tittel («Tittel fra Mysen»)' }),
    });
    expect(await screen.findByText('Konflikten i «Tittel fra Mysen» (Tittel) er løst.')).toBeDefined();
    expect(await screen.findByText('✓ Ingen åpne konflikter.')).toBeDefined();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Konflikter' }));
  });

  it('saves a combination written by hand, and shows a refusal at the conflict', async () => {
    const fake = installFakeSync({ conflicts: [longConflict] });
    fake.bridge.resolveConflict.mockImplementationOnce(() => refuse('invalid_value', 'Tiltak: for lang tekst.'));
    await renderPage();
    const article = await screen.findByRole('article', { name: 'Risiko «Tittel fra Mysen»: Tiltak' });
    const toggle = within(article).getByRole('button', { name: 'Skriv en sammenslått verdi' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const field = within(article).getByLabelText('Sammenslått verdi for Tiltak');
    expect(document.activeElement).toBe(field);
    expect((field as HTMLTextAreaElement).value).toBe(longConflict.current);
    const combined = 'Snakke i klarspråk.\nHa tydelige mål, gå gjennom dem på allmøtet og skriv dem ned på intranettet.\nInformere bredt.';
    fireEvent.change(field, { target: { value: combined } });
    await userEvent.click(within(article).getByRole('button', { name: 'Lagre sammenslått verdi' }));
    expect(fake.bridge.resolveConflict).toHaveBeenCalledWith(expect.objectContaining({ id: longConflict.id, value: combined }));
    expect((await within(article).findByRole('alert')).textContent).toBe('Konflikten ble ikke løst. Tiltak: for lang tekst.');

    await userEvent.click(within(article).getByRole('button', { name: 'Lagre sammenslått verdi' }));
    expect(await screen.findByText('✓ Ingen åpne konflikter.')).toBeDefined();
  });
});

describe('the rest of the page', () => {
  it('lists the other installations with the last exchange each way and what each lacks', async () => {
    installFakeSync();
    await renderPage();
    const table = screen.getByRole('table', { name: 'Andre installasjoner denne har utvekslet med' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => [...r.children].map((c) => c.textContent));
    expect(rows[0]).toEqual(['Drammen bibliotek', expect.stringMatching(/^20\.11\.2026 kl\. \d\d\.15$/), 'Aldri', '4 endringer']);
    expect(rows[1]).toEqual(['Askim', 'Aldri', 'Aldri', 'Ukjent (ingen fil fra dem ennå)']);
    expect((screen.getByLabelText('Navnet på denne installasjonen') as HTMLInputElement).value).toBe('Indre Østfold – Mysen bibliotek');
  });

  it('renames this installation when the field is left', async () => {
    const fake = installFakeSync();
    await renderPage();
    const name = screen.getByLabelText('Navnet på denne installasjonen');
    await userEvent.clear(name);
    await userEvent.tab();
    expect(screen.getByText('Skriv et navn')).toBeDefined();
    expect(fake.bridge.setReplicaName).not.toHaveBeenCalled();
    await userEvent.type(name, 'Mysen bibliotek');
    await userEvent.tab();
    expect(fake.bridge.setReplicaName).toHaveBeenCalledWith({ name: 'Mysen bibliotek' });
    expect(await screen.findByText('Navnet er lagret.')).toBeDefined();
  });

  it('makes a sync file for one installation, or a full encrypted one, and offers it as a download', async () => {
    const fake = installFakeSync();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:fake'), revokeObjectURL: vi.fn() });
    await renderPage();
    await userEvent.selectOptions(screen.getByLabelText('Til'), 'Askim');
    await userEvent.click(screen.getByRole('button', { name: 'Lag synkfil' }));
    expect(fake.bridge.exportSync).toHaveBeenLastCalledWith({ forReplica: ASKIM });
    expect(await screen.findByText(/^«mysen-Indre-Østfold-Mysen-bibliotek\.pbsync» er laget med 763 endringer \(14 KiB, ikke kryptert\)/)).toBeDefined();
    expect(clicked).toEqual(['mysen-Indre-Østfold-Mysen-bibliotek.pbsync']);

    await userEvent.selectOptions(screen.getByLabelText('Til'), 'En ny installasjon (full fil)');
    expect(screen.getByText(/Uten passordfrase kan alle som får tak i fila/)).toBeDefined();
    await userEvent.type(screen.getByLabelText('Passordfrase (valgfritt)'), 'hemmelig');
    expect(screen.queryByText(/Uten passordfrase kan alle som får tak i fila/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Lag synkfil' }));
    expect(fake.bridge.exportSync).toHaveBeenLastCalledWith({ full: true, passphrase: 'hemmelig' });
    expect(await screen.findByText(/\(14 KiB, kryptert\)/)).toBeDefined();
    // The passphrase does not linger in the form.
    expect((screen.getByLabelText('Passordfrase (valgfritt)') as HTMLInputElement).value).toBe('');
  });

  it('restores a backup only after a confirmation', async () => {
    const fake = installFakeSync();
    await renderPage();
    await userEvent.click(screen.getByRole('button', { name: /^Gjenopprett sikkerhetskopien fra 20\.11\.2026/ }));
    const confirm = screen.getByRole('group', { name: /^Gjenopprette arbeidsboka slik den var 20\.11\.2026/ });
    expect(document.activeElement).toBe(within(confirm).getByRole('heading'));
    await userEvent.click(within(confirm).getByRole('button', { name: 'Avbryt' }));
    expect(fake.bridge.restoreBackup).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: /^Gjenopprett sikkerhetskopien fra/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Gjenopprett' }));
    expect(fake.bridge.restoreBackup).toHaveBeenCalledWith({ name: 'mysen-20261120T091500000Z-import.prosjektboka' });
    expect(await screen.findByText(/^Arbeidsboka er gjenopprettet slik den var 20\.11\.2026/)).toBeDefined();
    expect(KIND_NAMES.every((k) => (useChanges.getState().versions[k] ?? 0) >= 1)).toBe(true);
  });
});

describe('the desktop app\'s hand-over', () => {
  function fakeEvents() {
    let menu: ((m: DesktopMenuMessage) => void) | undefined;
    let progress: ((p: DesktopProgress) => void) | undefined;
    const events: DesktopEvents = {
      onMenuCommand: (l) => ((menu = l), () => (menu = undefined)),
      onProgress: (l) => ((progress = l), () => (progress = undefined)),
    };
    return { events, menu: (m: DesktopMenuMessage) => menu?.(m), progress: (p: DesktopProgress) => progress?.(p), listening: () => Boolean(menu && progress) };
  }

  it('opens the page on a file from Fil → Importer synkfil… and previews it', async () => {
    const fake = installFakeSync();
    const desktop = fakeEvents();
    const stop = listenToDesktop(desktop.events);
    desktop.menu({ command: 'import-sync-file', name: 'dobbeltklikket.pbsync', base64: 'AAE=' });
    expect(window.location.hash).toBe('#/sync');
    render(<SyncScreen />);
    await screen.findByRole('region', { name: 'Dette vil «dobbeltklikket.pbsync» gjøre' });
    expect(fake.bridge.previewSync).toHaveBeenCalledWith({ contentBase64: 'AAE=', fileName: 'dobbeltklikket.pbsync' });
    stop();
    expect(desktop.listening()).toBe(false);
  });

  it('moves focus to the export form on Fil → Eksporter synkfil…', async () => {
    installFakeSync();
    const desktop = fakeEvents();
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
  it('tells each exchange once: the page\'s own note with its details, else the workbook\'s record', () => {
    const s = status({
      lastExportAt: '2026-11-25T10:00:00.000Z',
      peers: [
        { replicaId: DRAMMEN, name: 'Drammen bibliotek', lastImportAt: '2026-11-26T08:00:00.000Z', lastExportAt: '2026-11-25T10:00:00.000Z', pendingForThem: 0 },
        { replicaId: ASKIM, name: 'Askim', lastImportAt: '2026-11-24T12:00:00.000Z', lastExportAt: null, pendingForThem: 2 },
      ],
    });
    const rows = syncHistory(s, [
      { at: '2026-11-26T08:00:03.000Z', direction: 'import', peerId: DRAMMEN, peerName: 'Drammen bibliotek', changes: 5, conflicts: 1, fileName: 'a.pbsync' },
      { at: '2026-11-20T08:00:00.000Z', direction: 'export', peerId: null, peerName: '', changes: 700, full: true, encrypted: true },
    ]);
    expect(rows.map((r) => [r.at.slice(0, 10), r.direction, r.peerName, r.full, r.details?.changes ?? null])).toEqual([
      ['2026-11-26', 'import', 'Drammen bibliotek', false, 5],
      // Made for Drammen (by the CLI, say): once, although lastExportAt says the same.
      ['2026-11-25', 'export', 'Drammen bibliotek', false, null],
      ['2026-11-24', 'import', 'Askim', false, null],
      ['2026-11-20', 'export', null, true, 700],
    ]);
  });
});

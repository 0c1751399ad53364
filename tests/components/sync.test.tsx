import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { importSyncFile } from '../../electron/sync/importFile.js';
import { listBackups } from '../../electron/workbook/backup.js';
import { useHistory } from '../../renderer/data/history';
import { asFile, base64, choose, renderPage, when } from './syncPage';
import {
  DRAMMEN_NAME, HERE_NAME, closeSyncWorkbooks, installSyncWorkbooks, resetSyncPage, type SyncWorkbooks,
} from './syncWorkbooks';

/**
 * The Synkronisering page over three real installations of one workbook
 * (tests/components/syncWorkbooks.ts): every file it reads was made by the
 * real sync code of another installation, and every call goes to the real
 * handlers of this one.
 */
let sync: SyncWorkbooks;
beforeEach(async () => {
  resetSyncPage();
  sync = await installSyncWorkbooks();
});
afterEach(() => closeSyncWorkbooks());

/** One risk retitled in both places; here's edit is the later one, so it stays and Drammen's is set aside. */
function retitleInBoth(): string {
  const risk = sync.id('risk.1');
  sync.setClock('2026-11-26T17:40:00.000Z');
  sync.drammen.commands.update('risk', risk, { title: 'Tittel fra Drammen' });
  sync.here.commands.update('risk', risk, { title: 'Tittel fra Mysen' });
  return risk;
}

const meetingsHere = () => sync.here.records.list('meeting').map((m) => m.fields.title);

describe('importing a sync file on the Synkronisering page', () => {
  it('previews a chosen file (from whom, how much, which records, conflicts) and changes nothing until applied', async () => {
    const risk = retitleInBoth();
    sync.drammen.commands.create('meeting', { title: 'Prosjektgruppemøte i Drammen', startsAt: '2026-11-26T13:00', type: 'project_group' });
    sync.setClock('2026-11-26T17:46:00.000Z');
    const file = await sync.fileFrom(sync.drammen);
    const backupsBefore = listBackups(sync.here.path).length;
    await renderPage();
    choose(file, 'fra-drammen.pbsync');

    const preview = await screen.findByRole('region', { name: 'Dette vil «fra-drammen.pbsync» gjøre' });
    expect(sync.real.callsOf('previewSync')).toEqual([{ contentBase64: base64(file), fileName: 'fra-drammen.pbsync' }]);
    const facts = preview.querySelector('dl')!;
    expect(facts.textContent).toContain(`Fra${DRAMMEN_NAME}`);
    expect(facts.textContent).toContain(`Laget${when('2026-11-26T17:46:00.000Z')}`);
    expect(facts.textContent).toMatch(/Endringer, ikke kryptert, \d+ (byte|KiB)/);
    const [, applied] = /(\d+) av \d+ i fila/.exec(facts.textContent!)!;
    expect(facts.textContent).toContain('1 ny');
    expect(within(preview).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Risikoer: 1', 'Møter: 1']);
    expect(facts.textContent).toContain('1 konflikt: et felt er endret både her og der.');
    // The warning is words with a drawn icon beside them (lucide, hidden from screen readers), not a typed mark.
    expect(facts.textContent).not.toMatch(/[⚠✓]/);
    expect(within(facts).getByText(/^1 konflikt:/).closest('.ui-icon-text-warning')!.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    // Focus is on the preview's heading.
    expect(document.activeElement).toBe(within(preview).getByRole('heading', { name: 'Dette vil «fra-drammen.pbsync» gjøre' }));
    // A preview changes nothing: no meeting, no conflict, no backup.
    expect(meetingsHere()).not.toContain('Prosjektgruppemøte i Drammen');
    expect(sync.here.conflicts.countOpen()).toBe(0);
    expect(listBackups(sync.here.path)).toHaveLength(backupsBefore);

    await userEvent.click(within(preview).getByRole('button', { name: 'Les inn' }));
    // «Les inn» applies the file as the preview read it, by its token: the file is not sent again.
    expect(sync.real.callsOf('importSync')).toEqual([{ token: expect.stringMatching(/^[0-9a-f-]{36}$/), fileName: 'fra-drammen.pbsync', allowMassDeletion: false }]);
    const said = await screen.findByText(`Lest inn fra ${DRAMMEN_NAME}: ${applied} endringer. 1 ny konflikt må avgjøres; se Konflikter.`);
    expect(said.getAttribute('role')).toBe('status');
    expect(screen.queryByRole('region', { name: /^Dette vil/ })).toBeNull();
    expect(meetingsHere()).toContain('Prosjektgruppemøte i Drammen');
    expect(sync.fieldsHere('risk', risk)?.title).toBe('Tittel fra Mysen');
    expect(listBackups(sync.here.path)).toHaveLength(backupsBefore + 1);
    // The screens reload on the workbook's change event for the import's commit (tests/workbook/changeFeed.test.ts).
    // The conflict it made is listed, and the history has the import with its details.
    await screen.findByRole('article', { name: 'Risiko «Tittel fra Mysen»: Tittel' });
    await waitFor(() => {
      const row = within(screen.getByRole('table', { name: /Synkfiler laget og lest inn/ })).getAllByRole('row')[1]!;
      expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
        expect.any(String), 'Lest inn', DRAMMEN_NAME, 'fra-drammen.pbsync', expect.stringMatching(new RegExp(`^${applied} endringer tatt inn, (\\d+ fantes her fra før, )?1 ny konflikt$`)),
      ]);
    });
    // Kept in the workbook, not in the browser's storage.
    expect(sync.here.exchanges.list(1)[0]).toMatchObject({ event: 'import', file: 'fra-drammen.pbsync', peerName: DRAMMEN_NAME, conflicts: 1 });
    expect(Object.keys(localStorage).filter((k) => k.startsWith('prosjektboka.syncLog'))).toEqual([]);
  });

  it('cancelling a preview imports nothing', async () => {
    sync.drammen.commands.create('meeting', { title: 'Avlyst innlesing', startsAt: '2026-11-26T13:00', type: 'other' });
    const file = await sync.fileFrom(sync.drammen);
    const backupsBefore = listBackups(sync.here.path).length;
    await renderPage();
    choose(file, 'fra-drammen.pbsync');
    const preview = await screen.findByRole('region', { name: /^Dette vil/ });
    await userEvent.click(within(preview).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('region', { name: /^Dette vil/ })).toBeNull();
    expect(sync.real.callsOf('importSync')).toEqual([]);
    expect(meetingsHere()).not.toContain('Avlyst innlesing');
    expect(listBackups(sync.here.path)).toHaveLength(backupsBefore);
  });

  it('shows the refusal of a wrong passphrase, keeps the file, and tries again with the right one', async () => {
    sync.drammen.commands.create('meeting', { title: 'Kryptert møte', startsAt: '2026-11-26T13:00', type: 'other' });
    const file = await sync.fileFrom(sync.drammen, { passphrase: 'riktig passordfrase' });
    await renderPage();
    const passphrase = screen.getByLabelText('Passordfrase (hvis fila er kryptert)');
    await userEvent.type(passphrase, 'feil');
    choose(file, 'kryptert.pbsync');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Fila er ikke lest inn');
    expect(alert.textContent).toContain('Feil passordfrase for «kryptert.pbsync». Ingenting er importert.');
    expect(sync.real.callsOf('previewSync').at(-1)).toEqual({ contentBase64: base64(file), fileName: 'kryptert.pbsync', passphrase: 'feil' });

    await userEvent.clear(passphrase);
    await userEvent.type(passphrase, 'riktig passordfrase');
    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    const preview = await screen.findByRole('region', { name: 'Dette vil «kryptert.pbsync» gjøre' });
    expect(preview.querySelector('dl')!.textContent).toContain('Endringer, kryptert');
    expect(sync.real.callsOf('previewSync').at(-1)).toEqual({ contentBase64: base64(file), fileName: 'kryptert.pbsync', passphrase: 'riktig passordfrase' });
    expect(sync.real.callsOf('importSync')).toEqual([]);
    expect(meetingsHere()).not.toContain('Kryptert møte');
  });

  it('takes a file dropped on the drop zone', async () => {
    sync.drammen.commands.create('meeting', { title: 'Sluppet møte', startsAt: '2026-11-26T13:00', type: 'other' });
    const file = await sync.fileFrom(sync.drammen);
    await renderPage();
    const zone = screen.getByText('Slipp en synkfil (.pbsync) her').parentElement!;
    const dropped = asFile(file, 'sluppet.pbsync');
    fireEvent.dragOver(zone, { dataTransfer: { types: ['Files'], files: [dropped], dropEffect: 'none' } });
    expect(screen.getByText('Slipp fila for å se hva den inneholder')).toBeDefined();
    fireEvent.drop(zone, { dataTransfer: { types: ['Files'], files: [dropped] } });
    const preview = await screen.findByRole('region', { name: 'Dette vil «sluppet.pbsync» gjøre' });
    expect(within(preview).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Møter: 1']);
    expect(sync.real.callsOf('previewSync')).toEqual([{ contentBase64: base64(file), fileName: 'sluppet.pbsync' }]);
  });

  it('says when a file has nothing new', async () => {
    sync.drammen.commands.create('meeting', { title: 'Alt lest inn', startsAt: '2026-11-26T13:00', type: 'other' });
    const file = await sync.fileFrom(sync.drammen);
    // Taken in already (by the sync folder, say): the same file again brings nothing.
    await sync.importHere(file);
    await renderPage();
    choose(file, 'gammel.pbsync');
    const preview = await screen.findByRole('region', { name: /^Dette vil/ });
    expect(preview.textContent).toContain('Ingen: alt i fila finnes her fra før.');
    const conflictsFact = [...preview.querySelectorAll('.sync-facts > div')].find((d) => d.querySelector('dt')?.textContent === 'Konflikter')!;
    expect(conflictsFact.querySelector('dd')!.textContent).toBe('Ingen');
    expect(conflictsFact.querySelector('dd .ui-icon-text-success svg[aria-hidden="true"]')).not.toBeNull();
    const backupsBefore = listBackups(sync.here.path).length;
    await userEvent.click(within(preview).getByRole('button', { name: 'Les inn' }));
    expect(await screen.findByText(`«gammel.pbsync» fra ${DRAMMEN_NAME} hadde ingenting nytt. Det er notert hva ${DRAMMEN_NAME} har.`)).toBeDefined();
    // Nothing to take in, so nothing to back up.
    expect(listBackups(sync.here.path)).toHaveLength(backupsBefore);
  });
});

describe('conflicts side by side', () => {
  const BASE = 'Snakke i klarspråk.\nHa tydelige mål.\nInformere bredt.\nMøtes jevnlig.';
  const HERE_MEASURES = 'Snakke i klarspråk.\nHa tydelige mål, og gå gjennom dem på allmøtet.\nInformere bredt.\nMøtes jevnlig.';
  const THERE_MEASURES = 'Snakke i klarspråk.\nHa tydelige mål, og skriv dem ned på intranettet.\nInformere bredt.\nMøtes jevnlig, hver måned.';

  /**
   * Three conflicts made as people make them: a title retitled in both places;
   * the same line of a risk's measures rewritten in both (another line changed
   * only in Drammen merges); a risk edited here while Drammen deleted it.
   */
  async function threeConflicts() {
    const measures = sync.id('risk.2');
    const deleted = sync.id('risk.3');
    sync.setClock('2026-11-26T17:00:00.000Z');
    sync.here.commands.update('risk', measures, { measures: BASE });
    await importInto(sync.drammen, await sync.fileFrom(sync.here));
    const title = retitleInBoth();
    sync.drammen.commands.update('risk', measures, { measures: THERE_MEASURES });
    sync.here.commands.update('risk', measures, { measures: HERE_MEASURES });
    sync.drammen.commands.delete('risk', deleted);
    sync.here.commands.update('risk', deleted, { title: 'Møtelokaler' });
    sync.setClock('2026-11-26T17:47:00.000Z');
    const report = await sync.importHere(await sync.fileFrom(sync.drammen));
    expect(report.newConflicts).toBe(3);
    return { title, measures, deleted };
  }

  const risk2Title = () => String(sync.fieldsHere('risk', sync.id('risk.2'))?.title);

  it('shows both values of each field with the installation each comes from', async () => {
    await threeConflicts();
    await renderPage();
    const title = await screen.findByRole('article', { name: 'Risiko «Tittel fra Mysen»: Tittel' });
    expect(title.textContent).toContain(`Oppdaget ${when('2026-11-26T17:47:00.000Z')}`);
    expect(within(title).getByRole('group', { name: `Her nå (${HERE_NAME})` }).textContent).toContain('Tittel fra Mysen');
    expect(within(title).getByRole('group', { name: `Fra ${DRAMMEN_NAME}` }).textContent).toContain('Tittel fra Drammen');

    const measures = screen.getByRole('article', { name: `Risiko «${risk2Title()}»: Tiltak` });
    const here = within(measures).getByRole('group', { name: `Her nå (${HERE_NAME})` });
    const lines = [...here.querySelectorAll('.sync-line')].map((l) => l.textContent);
    // Each line apart, the one that differs marked in words too, and Drammen's edit of another line already in.
    expect(lines).toEqual([
      'Snakke i klarspråk.', 'ulik linje: Ha tydelige mål, og gå gjennom dem på allmøtet.', 'Informere bredt.', 'Møtes jevnlig, hver måned.',
    ]);
    const there = within(measures).getByRole('group', { name: `Fra ${DRAMMEN_NAME}` });
    expect([...there.querySelectorAll('.sync-line-differs')].map((l) => l.textContent)).toEqual(['ulik linje: Ha tydelige mål, og skriv dem ned på intranettet.']);
    expect(measures.textContent).toContain('Endringer på ulike linjer er allerede slått sammen');

    const deleted = screen.getByRole('article', { name: 'Risiko «Møtelokaler»: Slettet eller ikke' });
    expect(deleted.textContent).toContain('Posten finnes her, og er endret');
    expect(deleted.textContent).toContain(`Posten er slettet hos ${DRAMMEN_NAME}`);
    expect(within(deleted).getByRole('button', { name: 'Behold posten' })).toBeDefined();
    expect(within(deleted).getByRole('button', { name: 'Slett posten' })).toBeDefined();
    // A delete is kept or confirmed, never combined.
    expect(within(deleted).queryByRole('button', { name: 'Skriv en sammenslått verdi' })).toBeNull();
    expect(screen.getByText('3 må avgjøres').closest('.ui-icon-text-warning')!.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
  });

  it('keeps the other installation\'s value when asked, as a step Angre can take back, and says so', async () => {
    const { title: risk } = await threeConflicts();
    await renderPage();
    const article = await screen.findByRole('article', { name: 'Risiko «Tittel fra Mysen»: Tittel' });
    await userEvent.click(within(article).getByRole('button', { name: `Behold verdien fra ${DRAMMEN_NAME}` }));
    expect(await screen.findByText('Konflikten i «Tittel fra Mysen» (Tittel) er løst.')).toBeDefined();
    expect(sync.real.writes('resolveConflict')).toEqual([{ id: expect.any(String), keep: 'other' }]);
    expect(sync.real.callsOf('resolveConflict')[0]!.history).toEqual(expect.objectContaining({ label: 'Løste konflikten i Tittel («Tittel fra Mysen»)' }));
    expect(sync.fieldsHere('risk', risk)?.title).toBe('Tittel fra Drammen');
    await waitFor(() => expect(screen.getByText('2 må avgjøres')).toBeDefined());
    expect(screen.queryByRole('article', { name: /: Tittel$/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Konflikter' }));
    // The workbook has it on this window's history: Angre opens the conflict again, with the title as it was.
    expect(useHistory.getState().undoStep?.label).toBe('Løste konflikten i Tittel («Tittel fra Mysen»)');
    await act(() => useHistory.getState().undo());
    expect(sync.fieldsHere('risk', risk)?.title).toBe('Tittel fra Mysen');
    expect(sync.here.conflicts.countOpen()).toBe(3);
    await screen.findByRole('article', { name: 'Risiko «Tittel fra Mysen»: Tittel' });
  });

  it('saves a combination written by hand, and shows a refusal at the conflict', async () => {
    const { measures: risk } = await threeConflicts();
    await renderPage();
    const article = await screen.findByRole('article', { name: `Risiko «${risk2Title()}»: Tiltak` });
    const toggle = within(article).getByRole('button', { name: 'Skriv en sammenslått verdi' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const field = within(article).getByLabelText('Sammenslått verdi for Tiltak');
    expect(document.activeElement).toBe(field);
    expect((field as HTMLTextAreaElement).value).toBe(sync.fieldsHere('risk', risk)?.measures);
    // More than a long text may hold: the command layer refuses it, and the refusal is shown at the conflict.
    fireEvent.change(field, { target: { value: 'x'.repeat(200_001) } });
    await userEvent.click(within(article).getByRole('button', { name: 'Lagre sammenslått verdi' }));
    expect((await within(article).findByRole('alert')).textContent).toMatch(/^Konflikten ble ikke løst\. .*measures/);
    expect(sync.here.conflicts.countOpen()).toBe(3);

    const combined = 'Snakke i klarspråk.\nHa tydelige mål, gå gjennom dem på allmøtet og skriv dem ned på intranettet.\nInformere bredt.\nMøtes jevnlig, hver måned.';
    fireEvent.change(field, { target: { value: combined } });
    await userEvent.click(within(article).getByRole('button', { name: 'Lagre sammenslått verdi' }));
    expect(await screen.findByText(`Konflikten i «${risk2Title()}» (Tiltak) er løst.`)).toBeDefined();
    expect(sync.fieldsHere('risk', risk)?.measures).toBe(combined);
    expect(sync.here.conflicts.countOpen()).toBe(2);
  });
});

/** One installation takes in a file from another, outside the page. */
function importInto(wb: SyncWorkbooks['drammen'], bytes: Uint8Array) {
  return importSyncFile(wb, bytes, { backup: false });
}

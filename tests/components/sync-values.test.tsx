import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from '../../renderer/i18n';
import { SyncScreen } from '../../renderer/screens/sync/SyncScreen';
import { choose, renderPage } from './syncPage';
import {
  DRAMMEN_NAME, HERE_NAME, closeSyncWorkbooks, installSyncWorkbooks, resetSyncPage, type SyncWorkbooks,
} from './syncWorkbooks';

/**
 * Conflicts and refused files as the user meets them, over real
 * installations (tests/components/syncWorkbooks.ts): values in words
 * (shared/report/fieldValue.ts), the conflicts a preview will raise, and a
 * refusal that asks for a passphrase only when the file is encrypted.
 */
let sync: SyncWorkbooks;
beforeEach(async () => {
  resetSyncPage();
  sync = await installSyncWorkbooks();
});
afterEach(async () => {
  closeSyncWorkbooks();
  await i18next.changeLanguage('nb');
});

const NBSP = '\u00a0';
const here = (article: HTMLElement) => within(article).getByRole('group', { name: `Her nå (${HERE_NAME})` });
const there = (article: HTMLElement) => within(article).getByRole('group', { name: `Fra ${DRAMMEN_NAME}` });
const texts = (el: HTMLElement) => [...el.querySelectorAll('p')].map((p) => p.textContent);

/**
 * Five fields edited in both places, Drammen first, so the values here stay
 * and Drammen's are set aside: risk 1's probability (4 × 4 in the plan) and
 * owner, milestone 1's status and actual date, one budgeted amount.
 */
async function fiveEdits() {
  const risk = sync.id('risk.1');
  const milestone = sync.id('milestone.1');
  const amount = sync.here.records.list('budget-plan')[0]!;
  sync.setClock('2026-11-26T17:00:00.000Z');
  sync.drammen.commands.update('risk', risk, { probability: 1, ownerId: sync.id('person.elin-brandsrud') });
  sync.drammen.commands.update('milestone', milestone, { status: 'in_progress', actualDate: '2021-10-12' });
  sync.drammen.commands.update('budget-plan', amount.id, { amount: 1_170_000 });
  sync.here.commands.update('risk', risk, { probability: 5, ownerId: sync.id('person.jorgen-hovde') });
  sync.here.commands.update('milestone', milestone, { status: 'reached', actualDate: '2021-09-05' });
  sync.here.commands.update('budget-plan', amount.id, { amount: 985_500 });
  return { file: await sync.fileFrom(sync.drammen), risk, milestone, amount };
}

const riskTitle = () => String(sync.fieldsHere('risk', sync.id('risk.1'))?.title);
const milestoneTitle = () => String(sync.fieldsHere('milestone', sync.id('milestone.1'))?.description);

describe('conflicts show values as the user knows them', () => {
  it('a level by its number and word with the risk it makes, a person by name, a status by its word, a date, an amount', async () => {
    const { file } = await fiveEdits();
    expect((await sync.importHere(file)).newConflicts).toBe(5);
    await renderPage();

    const probability = await screen.findByRole('article', { name: `Risiko «${riskTitle()}»: Sannsynlighet` });
    expect(texts(here(probability))).toEqual(['5 Veldig høy', 'Risikoverdi 20 (5 × 4): Uakseptabel, tiltak nødvendig']);
    expect(texts(there(probability))).toEqual(['1 Veldig lav', 'Risikoverdi 4 (1 × 4): Akseptabel']);

    const owner = screen.getByRole('article', { name: `Risiko «${riskTitle()}»: Eier` });
    expect(texts(here(owner))).toEqual(['Jørgen Hovde']);
    expect(texts(there(owner))).toEqual(['Elin Brandsrud']);

    const status = screen.getByRole('article', { name: `Milepæl «${milestoneTitle()}»: Status` });
    expect(texts(here(status))).toEqual(['Nådd']);
    expect(texts(there(status))).toEqual(['Pågår']);
    // A status, a person or a level is chosen, not written by hand.
    expect(within(status).queryByRole('button', { name: 'Skriv en sammenslått verdi' })).toBeNull();
    expect(within(owner).queryByRole('button', { name: 'Skriv en sammenslått verdi' })).toBeNull();

    const date = screen.getByRole('article', { name: `Milepæl «${milestoneTitle()}»: Faktisk dato` });
    expect(texts(here(date))).toEqual(['05.09.2021']);
    expect(texts(there(date))).toEqual(['12.10.2021']);

    const amount = screen.getAllByRole('article').find((a) => a.querySelector('h3')!.textContent!.endsWith(': Beløp'))!;
    expect(texts(here(amount))).toEqual([`985${NBSP}500${NBSP}kr`]);
    expect(texts(there(amount))).toEqual([`1${NBSP}170${NBSP}000${NBSP}kr`]);
    expect(document.body.textContent).not.toContain(sync.id('person.jorgen-hovde'));
  });

  it('a record titled by a date or a status is named in words too', async () => {
    const assessment = sync.id('risk-assessment.1');
    const role = sync.here.records.list('role').find((r) => r.fields.role === 'project_leader')!.id;
    sync.setClock('2026-11-26T17:00:00.000Z');
    sync.drammen.commands.update('risk-assessment', assessment, { note: 'Vurdert i Drammen' });
    sync.drammen.commands.update('role', role, { positionAsWritten: 'Prosjektleder (Drammen)' });
    sync.here.commands.update('risk-assessment', assessment, { note: 'Vurdert på Mysen' });
    sync.here.commands.update('role', role, { positionAsWritten: 'Prosjektleder (Mysen)' });
    await sync.importHere(await sync.fileFrom(sync.drammen));
    await renderPage();
    expect(await screen.findByRole('article', { name: 'Risikovurdering «01.09.2021»: Merknad' })).toBeDefined();
    expect(screen.getByRole('article', { name: 'Rolle «Prosjektleder»: Stilling (som skrevet)' })).toBeDefined();
  });

  it('in English, with the English words', async () => {
    const { file } = await fiveEdits();
    await sync.importHere(file);
    await i18next.changeLanguage('en');
    render(<SyncScreen />);
    const probability = await screen.findByRole('article', { name: `Risk “${riskTitle()}”: Probability` });
    const hereNow = within(probability).getByRole('group', { name: `Here now (${HERE_NAME})` });
    expect(texts(hereNow)).toEqual(['5 Very high', 'Risk score 20 (5 × 4): Unacceptable, measures required']);
    const status = screen.getByRole('article', { name: `Milestone “${milestoneTitle()}”: Status` });
    expect(texts(within(status).getByRole('group', { name: `From ${DRAMMEN_NAME}` }))).toEqual(['In progress']);
  });
});

describe('the preview lists the conflicts the import will raise', () => {
  it('which record, which field, and both values as the user knows them, before anything is imported', async () => {
    const { file, risk } = await fiveEdits();
    await renderPage();
    choose(file, 'fra-drammen.pbsync');
    const preview = await screen.findByRole('region', { name: 'Dette vil «fra-drammen.pbsync» gjøre' });
    expect(preview.querySelector('dl')!.textContent).toContain('5 konflikter');
    const table = within(preview).getByRole('table', { name: 'Konfliktene innlesingen vil gi' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Post', 'Felt', 'Gjelder etter innlesingen', 'Settes til side']);
    const rows = within(table).getAllByRole('row').slice(1).map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toContainEqual([
      `Risiko «${riskTitle()}»`, 'Sannsynlighet',
      '5 Veldig høyRisikoverdi 20 (5 × 4): Uakseptabel, tiltak nødvendig',
      `1 Veldig lavRisikoverdi 4 (1 × 4): Akseptabelfra ${DRAMMEN_NAME}`,
    ]);
    expect(rows).toContainEqual([`Risiko «${riskTitle()}»`, 'Eier', 'Jørgen Hovde', `Elin Brandsrudfra ${DRAMMEN_NAME}`]);
    expect(rows).toContainEqual([`Milepæl «${milestoneTitle()}»`, 'Status', 'Nådd', `Pågårfra ${DRAMMEN_NAME}`]);
    expect(rows).toContainEqual([`Milepæl «${milestoneTitle()}»`, 'Faktisk dato', '05.09.2021', `12.10.2021fra ${DRAMMEN_NAME}`]);
    expect(rows).toHaveLength(5);
    // Still only a preview.
    expect(sync.here.conflicts.countOpen()).toBe(0);
    expect(sync.fieldsHere('risk', risk)?.probability).toBe(5);
  });
});

describe('a refused file says what is wrong, and asks for a passphrase only when it is encrypted', () => {
  async function fileWithAChange() {
    sync.drammen.commands.create('meeting', { title: 'Møte i Drammen', startsAt: '2026-11-26T13:00', type: 'other' });
    return sync.fileFrom(sync.drammen);
  }

  const refusal = async () => {
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Fila er ikke lest inn');
    return alert;
  };

  it('a cut-off file that is not encrypted: named as cut off, no passphrase, no «Prøv igjen»', async () => {
    const file = await fileWithAChange();
    await renderPage();
    choose(file.subarray(0, Math.floor(file.length * 0.6)), 'avkortet.pbsync');
    const alert = await refusal();
    expect(alert.textContent).toContain('«avkortet.pbsync» er ufullstendig');
    expect(alert.textContent).toContain('Når du har fila hel (last den ned eller kopier den på nytt), velger du den her igjen.');
    expect(alert.textContent).not.toMatch(/passordfrase/i);
    expect(within(alert).queryByRole('button', { name: 'Prøv igjen' })).toBeNull();
    expect(document.activeElement).not.toBe(screen.getByLabelText('Passordfrase (hvis fila er kryptert)'));
    await userEvent.click(within(alert).getByRole('button', { name: 'Lukk' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a damaged file that is not encrypted, and a file that is no sync file: each named, no passphrase', async () => {
    const file = Buffer.from(await fileWithAChange());
    // One byte changed in the compressed changes, as a bad disk or a careless edit would.
    file[file.length - 40] = file[file.length - 40]! ^ 0xff;
    await renderPage();
    choose(file, 'skadet.pbsync');
    let alert = await refusal();
    expect(alert.textContent).toMatch(/«skadet\.pbsync» er (skadet|endret etter at den ble laget)/);
    expect(alert.textContent).not.toMatch(/passordfrase/i);
    expect(within(alert).queryByRole('button', { name: 'Prøv igjen' })).toBeNull();
    expect(alert.textContent).toContain('Velg en annen fil, eller be avsenderen om en ny.');

    choose(Buffer.from('Hei! Her er referatet fra møtet.\n'), 'referat.pbsync');
    alert = await waitFor(async () => {
      const a = await refusal();
      expect(a.textContent).toContain('«referat.pbsync» er ingen synkfil fra Prosjektboka');
      return a;
    });
    expect(alert.textContent).not.toMatch(/passordfrase/i);
    expect(within(alert).queryByRole('button', { name: 'Prøv igjen' })).toBeNull();
  });

  it('an encrypted file without a passphrase: asks for it, at the passphrase field, and tries again', async () => {
    sync.drammen.commands.create('meeting', { title: 'Kryptert møte', startsAt: '2026-11-26T13:00', type: 'other' });
    const file = await sync.fileFrom(sync.drammen, { passphrase: 'fire ord er nok' });
    await renderPage();
    choose(file, 'kryptert.pbsync');
    const alert = await refusal();
    expect(alert.textContent).toContain('«kryptert.pbsync» er kryptert med passordfrase');
    expect(alert.textContent).toContain('Fila er kryptert. Skriv passordfrasen i feltet over, og prøv igjen.');
    const field = screen.getByLabelText('Passordfrase (hvis fila er kryptert)');
    await waitFor(() => expect(document.activeElement).toBe(field));
    await userEvent.type(field, 'fire ord er nok');
    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByRole('region', { name: 'Dette vil «kryptert.pbsync» gjøre' })).toBeDefined();
  });
});

import { DEFAULT_ZONE_BANDS } from '../../shared/rules/riskCriteria';
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Risks } from '../../renderer/screens/risks/RisksScreen';
import {
  EMPTY_FILTER, filterRisks, historyOf, NO_OWNER, registerRows, sortRisks, type RegisterRow, type Risk,
} from '../../renderer/screens/risks/registerModel';
import { fakeWorkbook, resetRiskScreen, type FakeWorkbook } from './risks.fixture';

const numbers = (rows: readonly RegisterRow[]) => rows.map((r) => r.number);

function seedRows(wb: FakeWorkbook): RegisterRow[] {
  return registerRows(wb.tables.risk as unknown as Risk[], wb.tables.person as unknown as { id: string; name: string }[], DEFAULT_ZONE_BANDS);
}

describe('filtering and sorting the register', () => {
  let rows: RegisterRow[];
  let wb: FakeWorkbook;
  beforeEach(() => {
    wb = fakeWorkbook();
    wb.update(2, { ownerId: wb.tables.person![0]!.id, status: 'monitored' });
    rows = seedRows(wb);
  });

  it('finds risks by number, by words anywhere in them, by zone, status and owner', () => {
    expect(numbers(filterRisks(rows, { ...EMPTY_FILTER, text: '6' }))).toEqual([6]);
    expect(numbers(filterRisks(rows, { ...EMPTY_FILTER, text: '#9' }))).toEqual([9]);
    expect(numbers(filterRisks(rows, { ...EMPTY_FILTER, text: 'drammen' }))).toEqual([4, 5, 7]);
    expect(numbers(filterRisks(rows, { ...EMPTY_FILTER, text: 'DRAMMEN samlokalisering' }))).toEqual([5]);
    expect(numbers(filterRisks(rows, { ...EMPTY_FILTER, zone: 'red' }))).toEqual([1, 9]);
    expect(numbers(filterRisks(rows, { ...EMPTY_FILTER, zone: 'green' }))).toEqual([3, 4]);
    expect(numbers(filterRisks(rows, { ...EMPTY_FILTER, status: 'monitored' }))).toEqual([2]);
    expect(numbers(filterRisks(rows, { ...EMPTY_FILTER, owner: wb.tables.person![0]!.id }))).toEqual([2]);
    expect(numbers(filterRisks(rows, { ...EMPTY_FILTER, owner: NO_OWNER }))).toEqual([1, 3, 4, 5, 6, 7, 8, 9]);
    expect(numbers(filterRisks(rows, { ...EMPTY_FILTER, zone: 'yellow', text: 'kommune' }))).toEqual([5, 6]);
  });

  it('sorts by any column, ties by number', () => {
    expect(numbers(sortRisks(rows, { key: 'score', direction: 'descending' }))).toEqual([1, 9, 2, 8, 6, 5, 7, 3, 4]);
    expect(numbers(sortRisks(rows, { key: 'score', direction: 'ascending' }))).toEqual([3, 4, 5, 7, 6, 2, 8, 9, 1]);
    expect(numbers(sortRisks(rows, { key: 'zone', direction: 'descending' }))).toEqual([1, 9, 2, 8, 6, 5, 7, 3, 4]);
    expect(numbers(sortRisks(rows, { key: 'consequence', direction: 'descending' }))).toEqual([9, 1, 2, 3, 4, 8, 5, 6, 7]);
    expect(numbers(sortRisks(rows, { key: 'status', direction: 'descending' }))).toEqual([2, 1, 3, 4, 5, 6, 7, 8, 9]);
    expect(sortRisks(rows, { key: 'title', direction: 'ascending' })[0]!.title).toBe('Deltakere fra IØ blir dårligere ivaretatt');
    // Risks nobody owns come last, whichever way.
    expect(numbers(sortRisks(rows, { key: 'owner', direction: 'descending' }))[0]).toBe(2);
    expect(numbers(sortRisks(rows, { key: 'owner', direction: 'ascending' }))[0]).toBe(2);
  });

  it('lists a risk\'s assessments newest first', () => {
    const id = wb.byNumber(6).id;
    const a = (date: string, n: string) => ({ id: `01900000-0000-7000-8000-0000000000${n}`, riskId: id, date, probability: 3, consequence: 3, residualProbability: null, residualConsequence: null, note: '' });
    const history = historyOf([a('2021-09-01', '01'), a('2023-01-10', '02'), a('2023-01-10', '03'), { ...a('2024-01-01', '04'), riskId: 'other' }], id);
    expect(history.map((h) => h.id.slice(-2))).toEqual(['03', '02', '01']);
  });
});

const registerTable = () => screen.getByRole('table', { name: 'Risikoer i registeret' });
const tableNumbers = () =>
  within(registerTable()).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[0]!.textContent);

describe('the register on the screen', () => {
  beforeEach(() => resetRiskScreen());

  it('filters the table and the matrix as the user types, and says how many it shows', async () => {
    fakeWorkbook();
    const user = userEvent.setup();
    render(<Risks />);
    await screen.findByRole('table', { name: 'Risikoer i registeret' });
    expect(tableNumbers()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    await user.type(screen.getByRole('searchbox', { name: 'Søk' }), 'Drammen');
    expect(tableNumbers()).toEqual(['4', '5', '7']);
    expect(screen.getByText('Viser 3 av 9')).toBeTruthy();
    expect(screen.getByText('Matrisen viser de 3 av 9 risikoene som passer filteret.')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Risiko \d+:/ }).map((b) => b.textContent)).toEqual(['5', '7', '4']);

    await user.click(screen.getByRole('button', { name: 'Nullstill filteret' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sone' }), 'red');
    expect(tableNumbers()).toEqual(['1', '9']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'closed');
    expect(screen.getByText('Ingen risikoer passer filteret.')).toBeTruthy();
  });

  it('sorts by a column\'s header, worst first for scores, and says so to screen readers', async () => {
    fakeWorkbook();
    const user = userEvent.setup();
    render(<Risks />);
    await screen.findByRole('table', { name: 'Risikoer i registeret' });
    const header = () => screen.getByRole('columnheader', { name: /Risikoverdi/ });
    expect(header().getAttribute('aria-sort')).toBeNull();
    expect(screen.getByRole('columnheader', { name: /Nr\./ }).getAttribute('aria-sort')).toBe('ascending');
    await user.click(within(header()).getByRole('button'));
    expect(header().getAttribute('aria-sort')).toBe('descending');
    expect(tableNumbers()).toEqual(['1', '9', '2', '8', '6', '5', '7', '3', '4']);
    await user.click(within(header()).getByRole('button'));
    expect(header().getAttribute('aria-sort')).toBe('ascending');
    expect(tableNumbers()[0]).toBe('3');
  });

  it('keeps a thousand risks smooth: only the rows in view are in the page, and the table says how many there are', async () => {
    fakeWorkbook({ extraRisks: 991 });
    render(<Risks />);
    const table = await screen.findByRole('table', { name: 'Risikoer i registeret' });
    expect(table.getAttribute('aria-rowcount')).toBe('1001');
    const rendered = within(table).getAllByRole('row').slice(1);
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(60);
    expect(rendered[0]!.getAttribute('aria-rowindex')).toBe('2');
    expect(screen.getByText('Viser 1000 av 1000')).toBeTruthy();
  });
});

describe('the risk panel', () => {
  let wb: FakeWorkbook;
  beforeEach(() => {
    resetRiskScreen();
    wb = fakeWorkbook();
  });

  it('opens a risk with its words, scores and history, newest first, dated the Norwegian way', async () => {
    wb.real.wb.commands.create('risk-assessment', {
      riskId: wb.byNumber(6).id, date: '2022-03-05', probability: 4, consequence: 4,
      residualProbability: 2, residualConsequence: 3, note: 'Etter workshop',
    });
    const user = userEvent.setup();
    render(<Risks />);
    await user.click(await screen.findByRole('button', { name: 'Kommunene er preget av kommunesammenslåingen' }));
    const panel = await screen.findByRole('complementary', { name: 'Kommunene er preget av kommunesammenslåingen' });
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 2 }));
    expect((within(panel).getByLabelText('Tittel') as HTMLInputElement).value).toBe('Kommunene er preget av kommunesammenslåingen');
    expect((within(panel).getByLabelText('Tiltak') as HTMLTextAreaElement).value).toBe('Drøfte kommunesammenslåing som tema i prosjektgruppene');
    const before = within(panel).getByRole('group', { name: 'Vurdering før tiltak' });
    expect((within(before).getByLabelText('Sannsynlighet') as HTMLSelectElement).value).toBe('3');
    const entries = within(panel).getAllByRole('listitem');
    expect(entries.map((e) => e.querySelector('time')?.textContent)).toEqual(['05.03.2022', '01.09.2021']);
    expect(entries[0]!.textContent).toContain('Høy sannsynlighet × Alvorlig konsekvens');
    expect(entries[0]!.textContent).toContain('Etter tiltak: Lav sannsynlighet × Moderat konsekvens');
    expect((within(entries[0]!).getByLabelText('Merknad') as HTMLInputElement).value).toBe('Etter workshop');
    expect(entries[1]!.textContent).toContain('Vurdering i prosjektplanen');

    // Escape closes the panel and gives focus back to the risk it was opened from.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('complementary')).toBeNull());
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Kommunene er preget av kommunesammenslåingen'));
  });

  it('saves the owner and status as they are chosen, and a new score as a dated assessment', async () => {
    const user = userEvent.setup();
    render(<Risks />);
    await user.click(await screen.findByRole('button', { name: /^Risiko 6:/ }));
    const panel = await screen.findByRole('complementary');
    const person = wb.tables.person![0]!;
    await user.selectOptions(within(panel).getByLabelText('Eier'), String(person.name));
    await waitFor(() => expect(wb.bridge.updateRecord).toHaveBeenCalledWith({ kind: 'risk', id: wb.byNumber(6).id, patch: { ownerId: person.id } }));
    await user.selectOptions(within(panel).getByLabelText('Status'), 'Følges opp');
    await waitFor(() => expect(wb.byNumber(6).status).toBe('monitored'));
    const after = within(panel).getByRole('group', { name: 'Vurdering etter tiltak' });
    await user.selectOptions(within(after).getByLabelText('Sannsynlighet'), '2 – Lav');
    await waitFor(() => expect(wb.bridge.assessRisk).toHaveBeenLastCalledWith(expect.objectContaining({ residualProbability: 2 })));
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(2));
    // The consequence after measures too, in the same editing session: still one new dated assessment.
    await user.selectOptions(within(after).getByLabelText('Konsekvens'), '3 – Moderat');
    await waitFor(() => expect(wb.byNumber(6)).toMatchObject({ residualProbability: 2, residualConsequence: 3 }));
    const assessments = wb.tables['risk-assessment']!.filter((a) => a.riskId === wb.byNumber(6).id);
    expect(assessments).toHaveLength(2);
    expect(assessments.find((a) => a.residualConsequence === 3)).toMatchObject({ probability: 3, consequence: 3, residualProbability: 2 });
    expect(within(panel).getAllByRole('listitem')).toHaveLength(2);
  });

  it('adds a risk with the next number and deletes it again, undoably', async () => {
    const user = userEvent.setup();
    render(<Risks />);
    await user.click(await screen.findByRole('button', { name: 'Ny risiko' }));
    await user.click(screen.getByRole('button', { name: 'Legg til risikoen' }));
    expect(screen.getByText('Skriv en kort beskrivelse av risikoen.')).toBeTruthy();
    await user.type(screen.getByLabelText('Kort beskrivelse av risikoen'), 'Nøkkelpersoner slutter');
    await user.selectOptions(screen.getByLabelText('Konsekvens'), '4');
    await user.click(screen.getByRole('button', { name: 'Legg til risikoen' }));
    const panel = await screen.findByRole('complementary', { name: 'Nøkkelpersoner slutter' });
    expect(within(panel).getByText('Risiko 10')).toBeTruthy();
    expect(wb.byNumber(10)).toMatchObject({ title: 'Nøkkelpersoner slutter', probability: 3, consequence: 4 });
    expect(await screen.findByRole('button', { name: 'Risiko 10: Nøkkelpersoner slutter' })).toBeTruthy();

    await user.click(within(panel).getByRole('button', { name: 'Slett: Risiko 10' }));
    await waitFor(() => expect(screen.queryByRole('complementary')).toBeNull());
    expect(screen.queryByRole('button', { name: /^Risiko 10:/ })).toBeNull();
    // Angre is offered in the risk's row, with focus on it (the panel that had focus is gone).
    expect(screen.getByText('«Risiko 10» er slettet.')).toBeTruthy();
    const undo = screen.getByRole('button', { name: 'Angre slettingen av «Risiko 10»' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    await user.click(undo);
    // The risk is back and open again.
    expect(await screen.findByRole('complementary', { name: 'Nøkkelpersoner slutter' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Risiko 10: Nøkkelpersoner slutter' })).toBeTruthy();
    expect(wb.byNumber(10)).toMatchObject({ title: 'Nøkkelpersoner slutter' });
    expect(screen.queryByText('«Risiko 10» er slettet.')).toBeNull();
  });

  it('speaks English when the user chooses it', async () => {
    const { default: i18n } = await import('../../renderer/i18n');
    await i18n.changeLanguage('en');
    try {
      render(<Risks />);
      expect(await screen.findByRole('heading', { name: 'Risk register', level: 1 })).toBeTruthy();
      expect(screen.getByRole('table', { name: /Risk matrix before measures/ })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'As in the DSB guidance' })).toBeTruthy();
      expect(screen.getByRole('columnheader', { name: /Score/ })).toBeTruthy();
    } finally {
      await i18n.changeLanguage('nb');
    }
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Budget } from '../../renderer/screens/budget/Budget';
import { useBudgetStore } from '../../renderer/screens/budget/store';
import { useHistory } from '../../renderer/data/history';
import { installRealWorkbook, type RealWorkbook } from './realWorkbook';

// Testing Library folds every whitespace (U+00A0 included) into one space, so
// "1 170 000 kr" below matches the no-break spaces formatKroner writes.
let real: RealWorkbook;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2022-03-15T12:00:00'));
  useBudgetStore.setState({ periods: [], lines: [], plans: [], actuals: [], loaded: false, error: undefined });
  real = installRealWorkbook();
});
afterEach(() => vi.useRealTimers());

const table = () => screen.findByRole('table', { name: 'Budsjett per prosjektår' });
/** The row whose header cell reads `name` (role queries with names are slow on a table this size). */
const row = (t: HTMLElement, name: string | RegExp) => {
  const header = within(t).getAllByRole('rowheader', { hidden: true }).find((th) => {
    const text = th.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return typeof name === 'string' ? text === name : name.test(text);
  });
  if (!header) throw new Error(`no row ${String(name)}`);
  return header.closest('tr')!;
};
/** The row's figures, without its buttons (the record pattern's last column). */
const cellTexts = (r: HTMLElement) => within(r).getAllByRole('cell').filter((c) => !c.classList.contains('line-actions'))
  .map((c) => c.textContent?.replace(/\s+/g, ' ').trim());

describe('the budget table', () => {
  it('derives the totals from the lines: 1 170 000 kr per year, 2 340 000 kr in all, and says it balances', async () => {
    render(<Budget />);
    const t = await table();
    expect(cellTexts(row(t, /^Sum utgifter/))).toEqual(['1 170 000 kr', '1 170 000 kr', '2 340 000 kr']);
    expect(cellTexts(row(t, /^Sum inntekter/))).toEqual(['1 170 000 kr', '1 170 000 kr', '2 340 000 kr']);
    // The per-line Totalbudsjett column, as in the plan.
    expect(within(row(t, /^Prosjektledelse/)).getByText('637 000 kr')).toBeTruthy();
    expect(within(row(t, /^Design og trykk rapport/)).getByText('60 000 kr')).toBeTruthy();
    expect(screen.getByText(/utgiftene og inntektene er like store, 2 340 000 kr i alt/)).toBeTruthy();
    expect(screen.getByText('I balanse:')).toBeTruthy();
  });

  it('a deliberately unbalanced line: the check turns red and says the difference in words', async () => {
    const user = userEvent.setup();
    render(<Budget />);
    const t = await table();
    const cell = within(t).getByLabelText('Egeninnsats, Prosjektår 1');
    await user.clear(cell);
    await user.type(cell, '460 000');
    await user.tab();

    await waitFor(() => expect(real.writes('updateRecord')).toEqual([{ kind: 'budget-plan', id: real.id('budget-plan.egeninnsats.1'), patch: { amount: 460_000 } }]));
    expect(await screen.findByText('Ikke i balanse:')).toBeTruthy();
    expect(screen.getByText('Prosjektår 1: utgiftene er 10 000 kr høyere enn inntektene.')).toBeTruthy();
    expect(screen.getByText('Hele perioden: utgiftene er 10 000 kr høyere enn inntektene.')).toBeTruthy();
    const difference = cellTexts(row(t, /^Differanse/));
    expect(difference).toEqual(['−10 000 kr mer utgifter', '0 kr i balanse', '−10 000 kr mer utgifter']);
    expect(cellTexts(row(t, /^Sum inntekter/))).toEqual(['1 160 000 kr', '1 170 000 kr', '2 330 000 kr']);
  });

  it.each([
    ['1 170 000', 1_170_000],
    ['1170001', 1_170_001],
    ['1 170 002,00', 1_170_002],
    ['1\u00a0170\u00a0003', 1_170_003],
    ['1\u202f170\u202f004', 1_170_004],
  ])('the amount field accepts %j as %d kroner', async (typed, amount) => {
    const user = userEvent.setup();
    render(<Budget />);
    const cell = within(await table()).getByLabelText('Prosjektledelse, Prosjektår 1');
    await user.clear(cell);
    await user.type(cell, typed);
    await user.tab();
    await waitFor(() =>
      expect(real.writes('updateRecord')).toEqual([{ kind: 'budget-plan', id: real.id('budget-plan.prosjektledelse.1'), patch: { amount } }]));
    expect(real.wb.records.get('budget-plan', real.id('budget-plan.prosjektledelse.1'))!.fields.amount).toBe(amount);
    expect(cell.getAttribute('aria-invalid')).toBe('false');
  });

  it('refuses øre and says so at the field, sending nothing', async () => {
    const user = userEvent.setup();
    render(<Budget />);
    const cell = within(await table()).getByLabelText('Prosjektledelse, Prosjektår 1');
    await user.clear(cell);
    await user.type(cell, '318 500,50');
    await user.tab();
    expect(cell.getAttribute('aria-invalid')).toBe('true');
    const described = cell.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id));
    expect(described.find((el) => el?.classList.contains('field-error'))?.textContent).toBe('Skriv et beløp i hele kroner, for eksempel 1\u00a0170\u00a0000'); // no-break spaces: the example never wraps mid-number
    // The field says it is not saved, in words.
    expect(described.map((el) => el?.textContent).join(' ')).toContain('Ikke lagret ennå');
    expect(real.writes('updateRecord')).toEqual([]);
  });

  it('an empty cell in the plan gets a budget-plan record when an amount is typed in it', async () => {
    const user = userEvent.setup();
    render(<Budget />);
    const cell = within(await table()).getByLabelText('Design og trykk rapport, Prosjektår 1');
    await user.clear(cell);
    await user.type(cell, '5 000');
    await user.tab();
    await waitFor(() => expect(real.writes('createRecord')).toEqual([
      { kind: 'budget-plan', fields: { lineId: real.id('budget-line.design-og-trykk'), periodId: real.id('period.1'), amount: 5_000 } },
    ]));
    // The line's Totalbudsjett follows.
    await waitFor(async () => expect(cellTexts(row(await table(), /^Design og trykk rapport/)).at(-1)).toBe('65 000 kr'));
  });
});

describe('actual spending', () => {
  it('records an amount on a line; the chart’s table changes; delete can be undone', async () => {
    const user = userEvent.setup();
    render(<Budget />);
    const form = await screen.findByRole('form', { name: 'Registrer et beløp' });
    await user.selectOptions(within(form).getByLabelText('Budsjettlinje'), 'Prosjektledelse');
    const date = within(form).getByLabelText('Dato');
    await user.clear(date);
    await user.type(date, '05.10.2021');
    await user.type(within(form).getByLabelText('Beløp i kroner'), '12 000');
    await user.type(within(form).getByLabelText('Merknad'), 'Faktura 1001');
    await user.click(within(form).getByRole('button', { name: 'Registrer' }));

    expect(real.writes('createRecord')).toEqual([{
      kind: 'budget-actual',
      fields: { lineId: real.id('budget-line.prosjektledelse'), date: '2021-10-05', amount: 12_000, note: 'Faktura 1001' },
    }]);
    expect(await screen.findByText('Registrert: 12 000 kr på Prosjektledelse, 05.10.2021.')).toBeTruthy();

    const byYear = await screen.findByRole('table', { name: 'Tallene i diagrammet: Utgifter per prosjektår' });
    await waitFor(() => expect(cellTexts(row(byYear, 'Prosjektår 1'))).toEqual(['1 170 000 kr', '12 000 kr', '1 %']));
    const byLine = screen.getByRole('table', { name: 'Tallene i diagrammet: Per budsjettlinje: Hele perioden' });
    expect(cellTexts(row(byLine, 'Prosjektledelse'))).toEqual(['637 000 kr', '12 000 kr', '2 %']);

    const list = screen.getByRole('table', { name: 'Registrerte beløp' });
    expect(cellTexts(within(list).getByText('Faktura 1001').closest('tr')!).slice(0, 5))
      .toEqual(['05.10.2021', 'Prosjektledelse', 'Prosjektår 1', '12 000 kr', 'Faktura 1001']);

    await user.click(within(list).getByRole('button', { name: /^Slett: 12\s000\skr på Prosjektledelse, 05\.10\.2021$/ }));
    // In its row: what was deleted, and Angre.
    const deleted = await screen.findByText(/^«12 000 kr på Prosjektledelse, 05\.10\.2021» er slettet\.$/);
    expect(deleted.closest('tr')).toBeTruthy();
    await waitFor(() => expect(real.wb.records.list('budget-actual').filter((r) => !r.deleted)).toHaveLength(0));
    await user.click(screen.getByRole('button', { name: /^Angre slettingen av/ }));
    await waitFor(() => expect(screen.queryByText(/er slettet\.$/)).toBeNull());
    expect(real.callsOf('undo')).toHaveLength(1);
    // Undone by the workbook, as a new change: the record is back.
    const [actual] = real.wb.records.list('budget-actual');
    expect(actual?.fields).toMatchObject({ amount: 12_000, note: 'Faktura 1001' });
  });

  it('says at the fields what is missing before recording', async () => {
    const user = userEvent.setup();
    render(<Budget />);
    const form = await screen.findByRole('form', { name: 'Registrer et beløp' });
    const date = within(form).getByLabelText('Dato');
    await user.clear(date);
    await user.type(date, '31.02.2022');
    await user.type(within(form).getByLabelText('Beløp i kroner'), '12,50');
    await user.click(within(form).getByRole('button', { name: 'Registrer' }));
    expect(within(form).getByText('Velg en budsjettlinje')).toBeTruthy();
    expect(within(form).getByText('Skriv en dato som 05.09.2021')).toBeTruthy();
    expect(within(form).getByText('Skriv et beløp i hele kroner, for eksempel 1 170 000')).toBeTruthy();
    expect(real.writes('createRecord')).toEqual([]);
  });

  it('warns when spending lags the plan (the plan’s risk 8), and not once it keeps pace', async () => {
    render(<Budget />);
    expect(await screen.findByText('Forbruket ligger etter planen:')).toBeTruthy();
    expect(screen.getByText(/Prosjektår 1 har brukt 0 kr\. Med jevnt forbruk ville det vært 626 557 kr nå \(54 % av året er gått\)/)).toBeTruthy();
    expect(screen.getByText(/risiko 8/)).toBeTruthy();
  });

  it('keeping pace: no lag warning, the budget says it is on track', async () => {
    real.wb.commands.create('budget-actual', { lineId: real.id('budget-line.prosjektledelse'), date: '2022-02-01', amount: 600_000, note: '' });
    render(<Budget />);
    expect(await screen.findByText('I rute:')).toBeTruthy();
    expect(screen.queryByText('Forbruket ligger etter planen:')).toBeNull();
  });

  it('shows the overlap of the plan’s project years on 01.09.2022 instead of hiding it', async () => {
    render(<Budget />);
    expect(await screen.findByText(
      'Prosjektår 1 (01.09.2021–01.09.2022) og Prosjektår 2 (01.09.2022–31.08.2023) overlapper 01.09.2022, slik datoene står i planen. Beløp datert 01.09.2022 regnes til Prosjektår 2.',
    )).toBeTruthy();
  });
});

describe('budget lines', () => {
  const liveLines = () => real.wb.records.list('budget-line').filter((r) => !r.deleted);

  it('«Legg til utgiftslinje» adds a line focused on its description; its amounts are typed in Norwegian format', async () => {
    const user = userEvent.setup();
    render(<Budget />);
    await user.click(await screen.findByRole('button', { name: 'Legg til utgiftslinje' }));
    const description = await screen.findByLabelText('Beskrivelse');
    await waitFor(() => expect(document.activeElement).toBe(description));
    await user.keyboard('Reise og opphold');
    await user.tab();
    await waitFor(() => expect(liveLines().find((l) => l.fields.description === 'Reise og opphold')?.fields.type).toBe('expense'));
    const cell = within(await table()).getByLabelText('Reise og opphold, Prosjektår 1');
    await user.clear(cell);
    await user.type(cell, '25 000');
    await user.tab();
    await waitFor(async () => expect(within(row(await table(), /^Reise og opphold/)).getByText('25 000 kr')).toBeTruthy());
    expect((within(await table()).getByLabelText('Reise og opphold, Prosjektår 1') as HTMLInputElement).value).toBe('25\u00a0000');
    expect(cellTexts(row(await table(), /^Sum utgifter/))).toEqual(['1 195 000 kr', '1 170 000 kr', '2 365 000 kr']);
  });

  it('renames a line and makes it income with Rediger', async () => {
    const user = userEvent.setup();
    render(<Budget />);
    await user.click(await screen.findByRole('button', { name: 'Rediger: Design og trykk rapport' }));
    const description = screen.getByLabelText('Beskrivelse');
    await user.clear(description);
    await user.type(description, 'Trykk av rapport');
    await user.tab();
    await waitFor(() => expect(real.wb.records.get('budget-line', real.id('budget-line.design-og-trykk'))!.fields.description).toBe('Trykk av rapport'));
    await user.selectOptions(screen.getByLabelText('Type'), 'Inntekt');
    await waitFor(() => expect(real.wb.records.get('budget-line', real.id('budget-line.design-og-trykk'))!.fields.type).toBe('income'));
  });

  it('asks before deleting a line with amounts, deletes them with it, and Angre in its row brings all back', async () => {
    const user = userEvent.setup();
    render(<Budget />);
    await user.click(await screen.findByRole('button', { name: 'Slett: Prosjektledelse' }));
    const question = screen.getByRole('group', { name: 'Slett: Prosjektledelse' });
    expect(question.textContent).toContain('«Prosjektledelse» har 2 planlagte beløp, som slettes sammen med den. Slette likevel?');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Slett: Prosjektledelse' })).toBeNull();
    expect(liveLines()).toHaveLength(real.wb.records.list('budget-line').length);

    await user.click(screen.getByRole('button', { name: 'Slett: Prosjektledelse' }));
    await user.click(screen.getByRole('button', { name: 'Slett likevel' }));
    const gone = await screen.findByText('«Prosjektledelse» er slettet.');
    expect(gone.closest('tr')).toBeTruthy();
    await waitFor(() => expect(real.wb.records.list('budget-plan').filter((p) => !p.deleted && p.fields.lineId === real.id('budget-line.prosjektledelse'))).toHaveLength(0));
    await waitFor(async () => expect(cellTexts(row(await table(), /^Sum utgifter/))).toEqual(['851 500 kr', '851 500 kr', '1 703 000 kr']));

    await user.click(screen.getByRole('button', { name: 'Angre slettingen av «Prosjektledelse»' }));
    await waitFor(async () => expect(cellTexts(row(await table(), /^Sum utgifter/))).toEqual(['1 170 000 kr', '1 170 000 kr', '2 340 000 kr']));
    expect(within(row(await table(), /^Prosjektledelse/)).getByText('637 000 kr')).toBeTruthy();
  });

  it('moves a line down within its group, as one step', async () => {
    const user = userEvent.setup();
    render(<Budget />);
    const t = await table();
    const names = () => within(t).getAllByRole('rowheader').map((h) => h.querySelector('.line-description')?.textContent ?? h.textContent).filter((n) => n && !/^(Sum|Differanse|Utgifter|Inntekter)/.test(n));
    const before = names();
    await user.click(screen.getByRole('button', { name: `Flytt ned: ${before[0]}` }));
    await waitFor(() => expect(names().slice(0, 2)).toEqual([before[1], before[0]]));
    expect(real.callsOf('reorderRecords')).toHaveLength(1);
  });
});

describe('planned amounts', () => {
  it('an emptied cell deletes its planned amount, and Angre brings it back', async () => {
    const user = userEvent.setup();
    render(<Budget />);
    const cell = within(await table()).getByLabelText('Prosjektledelse, Prosjektår 1') as HTMLInputElement;
    await user.clear(cell);
    await user.tab();
    const plan = () => real.wb.records.get('budget-plan', real.id('budget-plan.prosjektledelse.1'))!;
    await waitFor(() => expect(plan().deleted).toBe(true));
    expect(cell.getAttribute('aria-invalid')).toBe('false');
    await waitFor(async () => expect(cellTexts(row(await table(), /^Sum utgifter/))).toEqual(['851 500 kr', '1 170 000 kr', '2 021 500 kr']));
    await useHistory.getState().undo();
    await waitFor(() => expect(plan().deleted).toBe(false));
    await waitFor(() => expect(cell.value).toBe('318\u00a0500'));
  });
});

describe('Nasjonalbiblioteket’s accounts on the budget lines', () => {
  it('a line off its budget by more than the rule allows says it needs a comment; the comment is saved and the row says so', async () => {
    const user = userEvent.setup();
    render(<Budget />);
    // 15.03.2022: Prosjektår 1 has begun and nothing is recorded, so the accounts printed today are off on every line.
    expect(row(await table(), /^Prosjektledelse/).textContent).toContain('Avviket mangler kommentar');
    await user.click(screen.getByRole('button', { name: 'Rediger: Prosjektledelse' }));
    const comment = screen.getByLabelText('Kommentar til avvik (regnskapet til Nasjonalbiblioteket)');
    const hint = comment.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    const words = hint.replace(/\s+/g, ' ');
    expect(words).toContain('I regnskapet per i dag (Prosjektår 1): budsjett 318 500 kr, ført 0 kr, avvik −318 500 kr.');
    expect(words).toContain('Avviket må kommenteres før regnskapet sendes.');
    expect(words).toContain('Avvik over 10 % og minst 20 000 kr skal kommenteres');
    await user.type(comment, 'Prosjektleder ble ansatt først i januar.');
    await user.tab();
    await waitFor(() => expect(real.wb.records.get('budget-line', real.id('budget-line.prosjektledelse'))!.fields.deviationComment)
      .toBe('Prosjektleder ble ansatt først i januar.'));
    await waitFor(async () => expect(row(await table(), /^Prosjektledelse/).textContent).toContain('Avviket er kommentert'));
  });

  it('a line within the limit needs no comment and says nothing in its row', async () => {
    real.wb.commands.create('budget-actual', { lineId: real.id('budget-line.prosjektledelse'), date: '2022-02-01', amount: 310_000, note: '' });
    render(<Budget />);
    const r = row(await table(), /^Prosjektledelse/);
    expect(r.textContent).not.toContain('Avviket');
    expect(row(await table(), /^Egeninnsats/).textContent).toContain('Avviket mangler kommentar');
  });

  it('an income line’s source of funding: «Ikke angitt» says how the words are read, and a choice is saved', async () => {
    const user = userEvent.setup();
    render(<Budget />);
    await user.click(await screen.findByRole('button', { name: 'Rediger: Egeninnsats' }));
    const select = screen.getByLabelText('Finansieringskilde') as HTMLSelectElement;
    // The seed plan says so itself.
    expect(select.value).toBe('own_contribution');
    expect(screen.queryByText(/regnskapet leser linjen som/)).toBeNull();
    await user.selectOptions(select, 'Ikke angitt');
    await waitFor(() => expect(real.wb.records.get('budget-line', real.id('budget-line.egeninnsats'))!.fields.funding).toBe('unspecified'));
    expect(await screen.findByText('Ikke angitt: regnskapet leser linjen som «Egeninnsats» ut fra beskrivelsen.')).toBeTruthy();
    await user.selectOptions(select, 'Annen finansiering');
    await waitFor(() => expect(real.wb.records.get('budget-line', real.id('budget-line.egeninnsats'))!.fields.funding).toBe('other'));
    await waitFor(() => expect(screen.queryByText(/regnskapet leser linjen som/)).toBeNull());
  });

  it('an expense line has no source of funding to choose', async () => {
    const user = userEvent.setup();
    render(<Budget />);
    await user.click(await screen.findByRole('button', { name: 'Rediger: Prosjektledelse' }));
    expect(screen.queryByLabelText('Finansieringskilde')).toBeNull();
  });
});

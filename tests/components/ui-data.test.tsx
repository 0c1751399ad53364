import { useState } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Combobox, Field, Table, VirtualTable, sortRows, type TableColumn } from '../../renderer/ui';

interface Line { id: string; name: string; amount: number | null; due: string | null }
const LINES: Line[] = [
  { id: 'a', name: 'Mål 10', amount: 1_170_000, due: '2022-03-01' },
  { id: 'b', name: 'Mål 2', amount: 50_000, due: null },
  { id: 'c', name: 'Årsrapport', amount: null, due: '2021-09-05' },
];
const COLUMNS: TableColumn<Line>[] = [
  { id: 'name', header: 'Navn', cell: (l) => l.name, sortValue: (l) => l.name, rowHeader: true },
  { id: 'amount', header: 'Beløp', type: 'number', cell: (l) => (l.amount === null ? '–' : String(l.amount)), sortValue: (l) => l.amount },
  { id: 'due', header: 'Frist', type: 'date', cell: (l) => l.due ?? '–', sortValue: (l) => l.due },
  { id: 'note', header: 'Merknad', cell: () => 'innbyggerundersøkelse' },
];

const bodyNames = () => screen.getAllByRole('row').slice(1).map((r) => within(r).queryByRole('rowheader')?.textContent).filter(Boolean);

/** The kit's data components: sorting that screen readers hear, numbers set apart, and the combobox pattern. */
describe('Table', () => {
  it('sorts from a header button, says the order with aria-sort, and keeps rows without a value last', async () => {
    const user = userEvent.setup();
    render(<Table aria-label="Budsjettlinjer" columns={COLUMNS} rows={LINES} rowKey={(l) => l.id} />);
    expect(screen.getByRole('table', { name: 'Budsjettlinjer' })).toBeTruthy();
    expect(bodyNames()).toEqual(['Mål 10', 'Mål 2', 'Årsrapport']);
    const name = screen.getByRole('columnheader', { name: /Navn/ });
    expect(name.getAttribute('aria-sort')).toBeNull();

    await user.click(within(name).getByRole('button'));
    expect(name.getAttribute('aria-sort')).toBe('ascending');
    // Numbers inside words count as numbers, and «Å» comes after «M», as in Norwegian.
    expect(bodyNames()).toEqual(['Mål 2', 'Mål 10', 'Årsrapport']);
    await user.click(within(name).getByRole('button'));
    expect(name.getAttribute('aria-sort')).toBe('descending');
    expect(bodyNames()).toEqual(['Årsrapport', 'Mål 10', 'Mål 2']);

    // The keyboard does the same: Tab to the next header's button, Enter sorts by it; the first one lets go.
    await user.tab();
    await user.keyboard('{Enter}');
    const amount = screen.getByRole('columnheader', { name: /Beløp/ });
    expect(amount.getAttribute('aria-sort')).toBe('ascending');
    expect(name.getAttribute('aria-sort')).toBeNull();
    expect(bodyNames()).toEqual(['Mål 2', 'Mål 10', 'Årsrapport']);
    await user.keyboard('{Enter}');
    // Descending, and the line without an amount still last.
    expect(bodyNames()).toEqual(['Mål 10', 'Mål 2', 'Årsrapport']);
  });

  it('sets numbers and dates apart (right-aligned, tabular; numbers unbroken) and leaves unsortable headers as words', () => {
    render(<Table aria-label="Linjer" columns={COLUMNS} rows={LINES} rowKey={(l) => l.id} />);
    const first = screen.getAllByRole('row')[1]!;
    const [amount, due, note] = within(first).getAllByRole('cell');
    expect(amount!.className).toContain('ui-td-num');
    expect(due!.className).toContain('ui-td-num');
    expect(note!.className).not.toContain('ui-td-num');
    // A planned date in words may wrap between its words; an amount never wraps.
    expect(due!.className).toContain('ui-td-date');
    expect(amount!.className).not.toContain('ui-td-date');
    expect(within(screen.getByRole('columnheader', { name: 'Merknad' })).queryByRole('button')).toBeNull();
  });

  it('a controlled sort is the owner\'s, and rows can be drawn with another row after them', async () => {
    const onSortChange = vi.fn();
    render(<Table aria-label="Linjer" columns={COLUMNS} rows={LINES} rowKey={(l) => l.id}
      sort={{ column: 'due', direction: 'ascending' }} onSortChange={onSortChange}
      rowProps={(l) => ({ 'data-record-id': l.id })}
      renderRow={(l, tr) => (l.id === 'c' ? <>{tr}<tr><td colSpan={4}>Redigerer</td></tr></> : tr)} />);
    expect(bodyNames()).toEqual(['Årsrapport', 'Mål 10', 'Mål 2']);
    expect(screen.getAllByRole('row')[2]!.textContent).toBe('Redigerer');
    expect(document.querySelector('[data-record-id="c"]')).toBeTruthy();
    await userEvent.setup().click(within(screen.getByRole('columnheader', { name: /Frist/ })).getByRole('button'));
    expect(onSortChange).toHaveBeenCalledWith({ column: 'due', direction: 'descending' });
    // Not changed until the owner says so.
    expect(screen.getByRole('columnheader', { name: /Frist/ }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('shows what it is given when there are no rows', () => {
    render(<Table aria-label="Linjer" columns={COLUMNS} rows={[]} rowKey={(l) => l.id} empty="Ingen linjer ennå" />);
    expect(screen.getByRole('cell', { name: 'Ingen linjer ennå' })).toBeTruthy();
  });

  it('sortRows is stable', () => {
    const rows = [{ k: 'b', n: 1 }, { k: 'a', n: 2 }, { k: 'b', n: 3 }];
    expect(sortRows(rows, (r) => r.k, 'ascending').map((r) => r.n)).toEqual([2, 1, 3]);
    expect(sortRows(rows, (r) => r.k, 'descending').map((r) => r.n)).toEqual([1, 3, 2]);
  });
});

describe('VirtualTable', () => {
  // jsdom lays nothing out; give the virtualised list a window to render rows into.
  beforeAll(() => {
    for (const p of ['clientHeight', 'clientWidth']) Object.defineProperty(HTMLElement.prototype, p, { configurable: true, get: () => 400 });
  });
  afterAll(() => {
    for (const p of ['clientHeight', 'clientWidth']) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[p];
  });

  it('draws only the rows on screen, numbered for screen readers, with number columns set apart', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ name: `Møte ${i + 1}`, date: `0${(i % 9) + 1}.01.2022` }));
    render(<VirtualTable label="Møteloggen" bodyLabel="Møteloggen, rull for flere" template="1fr 8rem" rowHeight={40} count={rows.length}
      minWidth="20rem" columns={[{ id: 'name', header: 'Møte' }, { id: 'date', header: 'Dato', type: 'date' }]}
      renderRow={(i) => ({ cells: [rows[i]!.name, rows[i]!.date] })} />);
    const table = screen.getByRole('table', { name: 'Møteloggen' });
    expect(table.getAttribute('aria-rowcount')).toBe('10001');
    const drawn = within(table).getAllByRole('row');
    expect(drawn.length).toBeGreaterThan(2);
    expect(drawn.length).toBeLessThan(60);
    expect(drawn[1]!.getAttribute('aria-rowindex')).toBe('2');
    const [name, date] = within(drawn[1]!).getAllByRole('cell');
    expect(name!.textContent).toBe('Møte 1');
    expect(name!.className).toContain('vt-cell-text');
    expect(date!.className).toContain('vt-cell-num');
    expect(screen.getByRole('rowgroup', { name: 'Møteloggen, rull for flere' }).tabIndex).toBe(0);
  });

  it('says «Laster …» in a row still loading', () => {
    render(<VirtualTable label="Logg" bodyLabel="Logg" template="1fr" rowHeight={40} count={3}
      columns={[{ id: 'name', header: 'Navn' }]} renderRow={() => undefined} />);
    expect(screen.getAllByRole('cell')[0]!.textContent).toBe('Laster …');
  });
});

describe('Combobox', () => {
  const PEOPLE = [
    { value: '1', label: 'Kari Nordmann', hint: 'Prosjektleder' },
    { value: '2', label: 'Ola Hansen' },
    { value: '3', label: 'Åse Ødegård' },
  ];
  function Host({ onSelect }: { onSelect?: (v: string) => void }) {
    const [text, setText] = useState('');
    return (
      <Field label="Ansvarlig" hint="Skriv et navn">
        <Combobox value={text} onChange={setText} options={PEOPLE} onSelect={(o) => onSelect?.(o.value)} />
      </Field>
    );
  }

  it('filters as one types, moves with the arrows while the field keeps focus, and chooses with Enter', async () => {
    const chosen = vi.fn();
    const user = userEvent.setup();
    render(<Host onSelect={chosen} />);
    const input = screen.getByRole('combobox', { name: 'Ansvarlig' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-describedby')).toBeTruthy();

    await user.type(input, 'ASE');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    // «ASE» finds «Åse»: case and accents do not matter.
    const list = screen.getByRole('listbox', { name: 'Ansvarlig' });
    expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual(['Åse Ødegård']);
    expect(screen.getByRole('status').textContent).toContain('1 forslag');

    await user.clear(input);
    await user.type(input, 'a');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const active = input.getAttribute('aria-activedescendant');
    expect(document.getElementById(active!)?.textContent).toBe('Ola Hansen');
    expect(document.getElementById(active!)?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(input);
    await user.keyboard('{Enter}');
    expect(chosen).toHaveBeenCalledWith('2');
    expect((input as HTMLInputElement).value).toBe('Ola Hansen');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('Escape closes the list first, then empties the field; a click on an option chooses it', async () => {
    const chosen = vi.fn();
    const user = userEvent.setup();
    render(<Host onSelect={chosen} />);
    const input = screen.getByRole('combobox', { name: 'Ansvarlig' });
    await user.type(input, 'Kari');
    await user.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect((input as HTMLInputElement).value).toBe('Kari');
    await user.keyboard('{Escape}');
    expect((input as HTMLInputElement).value).toBe('');

    await user.click(screen.getByRole('button', { name: 'Vis forslag' }));
    expect(within(screen.getByRole('listbox')).getAllByRole('option')).toHaveLength(3);
    expect(document.activeElement).toBe(input);
    await user.click(screen.getByRole('option', { name: /Kari Nordmann/ }));
    expect(chosen).toHaveBeenCalledWith('1');
    expect((input as HTMLInputElement).value).toBe('Kari Nordmann');
  });

  it('says so when nothing fits', async () => {
    const user = userEvent.setup();
    render(<Host />);
    await user.type(screen.getByRole('combobox', { name: 'Ansvarlig' }), 'xyz');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Ingen treff.');
  });
});

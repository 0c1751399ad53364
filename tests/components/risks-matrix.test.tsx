import { DEFAULT_ZONE_BANDS } from '../../shared/rules/riskCriteria';
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { todayIso } from '../../shared/rules/dates';
import { Risks } from '../../renderer/screens/risks/RisksScreen';
import { useHistory } from '../../renderer/data/history';
import { useRiskView } from '../../renderer/screens/risks/store';
import {
  cellAt, clampLevel, gridIndexOf, moveByArrow, placeRisks, type Orientation, type ScoredRisk,
} from '../../renderer/screens/risks/matrixModel';
import { fakeWorkbook, resetRiskScreen, type FakeWorkbook } from './risks.fixture';

// The plan's matrix: (number, probability, consequence).
const PLAN: [number, number, number][] = [[1, 4, 4], [2, 3, 4], [3, 1, 4], [4, 1, 4], [5, 2, 3], [6, 3, 3], [7, 2, 3], [8, 3, 4], [9, 3, 5]];
const planRisks: ScoredRisk[] = PLAN.map(([number, probability, consequence]) => ({
  id: `r${number}`, number, probability, consequence, residualProbability: null, residualConsequence: null,
}));
const numbersAt = (orientation: Orientation, row: number, column: number) =>
  placeRisks(planRisks, orientation, 'before', DEFAULT_ZONE_BANDS)[row]![column]!.risks.map((r) => r.number);

describe('placing risks in the matrix', () => {
  it('draws the plan\'s matrix: consequence rows from Veldig lav at the top, probability columns from Veldig lav at the left', () => {
    expect(numbersAt('plan', 3, 3)).toEqual([1]); // Alvorlig × Høy
    expect(numbersAt('plan', 4, 2)).toEqual([9]); // Veldig alvorlig × Moderat
    expect(numbersAt('plan', 3, 0)).toEqual([3, 4]); // Alvorlig × Veldig lav, together
    expect(numbersAt('plan', 3, 2)).toEqual([2, 8]);
    expect(numbersAt('plan', 2, 1)).toEqual([5, 7]);
    expect(numbersAt('plan', 2, 2)).toEqual([6]);
    expect(numbersAt('plan', 0, 0)).toEqual([]);
    const cells = placeRisks(planRisks, 'plan', 'before', DEFAULT_ZONE_BANDS);
    expect(cells[0]![0]).toMatchObject({ consequence: 1, probability: 1, zone: 'green' });
    expect(cells[4]![4]).toMatchObject({ consequence: 5, probability: 5, zone: 'red' });
  });

  it('draws DSB\'s matrix: probability rows with Veldig høy at the top, consequence columns', () => {
    expect(numbersAt('dsb', 1, 3)).toEqual([1]); // probability Høy (row 2 of 5), consequence Alvorlig
    expect(numbersAt('dsb', 2, 4)).toEqual([9]); // Moderat × Veldig alvorlig
    expect(numbersAt('dsb', 4, 3)).toEqual([3, 4]); // Veldig lav probability: the bottom row
    expect(numbersAt('dsb', 2, 3)).toEqual([2, 8]);
    expect(numbersAt('dsb', 3, 2)).toEqual([5, 7]);
    expect(numbersAt('dsb', 2, 2)).toEqual([6]);
    expect(cellAt('dsb', 0, 0)).toEqual({ probability: 5, consequence: 1 });
    expect(gridIndexOf('dsb', { probability: 1, consequence: 5 })).toEqual({ row: 4, column: 4 });
  });

  it('moves with the arrows the way they point on screen, and stops at the edges', () => {
    const six = { probability: 3, consequence: 3 } as const;
    expect(moveByArrow('plan', six, 'ArrowDown')).toEqual({ probability: 3, consequence: 4 });
    expect(moveByArrow('plan', six, 'ArrowRight')).toEqual({ probability: 4, consequence: 3 });
    expect(moveByArrow('dsb', six, 'ArrowUp')).toEqual({ probability: 4, consequence: 3 });
    expect(moveByArrow('dsb', six, 'ArrowRight')).toEqual({ probability: 3, consequence: 4 });
    expect(moveByArrow('dsb', six, 'ArrowDown')).toEqual({ probability: 2, consequence: 3 });
    expect(moveByArrow('plan', { probability: 5, consequence: 5 }, 'ArrowDown')).toEqual({ probability: 5, consequence: 5 });
    expect(moveByArrow('plan', { probability: 5, consequence: 5 }, 'ArrowRight')).toEqual({ probability: 5, consequence: 5 });
    expect(moveByArrow('dsb', { probability: 5, consequence: 1 }, 'ArrowUp')).toEqual({ probability: 5, consequence: 1 });
    expect(moveByArrow('dsb', { probability: 1, consequence: 1 }, 'ArrowLeft')).toEqual({ probability: 1, consequence: 1 });
    expect([0, 1, 3.4, 9].map(clampLevel)).toEqual([1, 1, 3, 5]);
  });
});

/** The risk numbers in the rendered matrix's cell at a row and column (0-based, header row and column left out). */
function chipsAt(row: number, column: number): string[] {
  const matrix = screen.getByRole('table', { name: /Risikomatrise før tiltak/ });
  const rows = within(matrix).getAllByRole('row').slice(1);
  const cell = within(rows[row]!).getAllByRole('cell')[column]!;
  return within(cell).queryAllByRole('button').map((b) => b.textContent ?? '');
}

const chip = (n: number) => screen.getByRole('button', { name: new RegExp(`^Risiko ${n}:`) });
const status = () => document.querySelector('.matrix-status')!.textContent?.trim();

describe('the risk matrix on the screen', () => {
  let wb: FakeWorkbook;
  beforeEach(() => {
    resetRiskScreen();
    wb = fakeWorkbook();
  });

  it('shows each risk\'s number in its cell, with the project\'s scale words and the zone in words', async () => {
    render(<Risks />);
    await screen.findByRole('table', { name: /Risikomatrise før tiltak/ });
    expect(chipsAt(3, 3)).toEqual(['1']);
    expect(chipsAt(4, 2)).toEqual(['9']);
    expect(chipsAt(3, 0)).toEqual(['3', '4']);
    const matrix = screen.getByRole('table', { name: /Risikomatrise før tiltak/ });
    const headers = within(matrix).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Sannsynlighet 1Veldig lav', 'Sannsynlighet 2Lav', 'Sannsynlighet 3Moderat', 'Sannsynlighet 4Høy', 'Sannsynlighet 5Veldig høy']);
    expect(within(matrix).getAllByRole('rowheader')[3]!.textContent).toBe('Konsekvens 4Alvorlig');
    const cell = within(within(matrix).getAllByRole('row')[4]!).getAllByRole('cell')[3]!;
    expect(cell.textContent).toContain('Uakseptabel, tiltak nødvendig');
    expect(screen.getByText('Tiltak må vurderes', { selector: '.zone-legend-name' })).toBeTruthy();
  });

  it('draws the DSB orientation when chosen, and remembers it', async () => {
    const user = userEvent.setup();
    render(<Risks />);
    await screen.findByRole('table', { name: /Risikomatrise før tiltak/ });
    await user.click(screen.getByRole('button', { name: 'Som i DSBs veileder' }));
    expect(chipsAt(1, 3)).toEqual(['1']);
    expect(chipsAt(2, 4)).toEqual(['9']);
    expect(chipsAt(4, 3)).toEqual(['3', '4']);
    const matrix = screen.getByRole('table', { name: /Risikomatrise før tiltak/ });
    expect(within(matrix).getAllByRole('rowheader')[0]!.textContent).toBe('Sannsynlighet 5Veldig høy');
    expect(localStorage.getItem('prosjektboka.riskMatrix.orientation')).toBe('dsb');
  });

  it('moves risk 6 by keyboard to Alvorlig × Høy in the plan\'s orientation, as a dated assessment', async () => {
    const user = userEvent.setup();
    render(<Risks />);
    await screen.findByRole('table', { name: /Risikomatrise/ });
    chip(6).focus();
    await user.keyboard('{ArrowDown}');
    expect(status()).toContain('Alvorlig konsekvens × Moderat sannsynlighet');
    await user.keyboard('{ArrowRight}');
    expect(status()).toContain('Alvorlig konsekvens × Høy sannsynlighet');
    expect(document.querySelector('.matrix-cell.is-target')?.getAttribute('data-probability')).toBe('4');
    expect(wb.bridge.assessRisk).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(chipsAt(3, 3)).toEqual(['1', '6']));
    expect(wb.bridge.assessRisk).toHaveBeenCalledTimes(1);
    expect(wb.bridge.assessRisk).toHaveBeenCalledWith({ riskId: wb.byNumber(6).id, date: todayIso(), probability: 4, consequence: 4 });
    expect(status()).toBe('Risiko 6 er flyttet til Alvorlig konsekvens × Høy sannsynlighet (Uakseptabel, tiltak nødvendig).');
    // Focus follows the risk to its new cell, so the user can go on.
    await waitFor(() => expect(document.activeElement).toBe(chip(6)));
    // No editor opened by the Enter that confirmed the move.
    expect(screen.queryByRole('complementary')).toBeNull();

    // Undo puts it back and removes the assessment.
    await useHistory.getState().undo();
    await waitFor(() => expect(chipsAt(2, 2)).toEqual(['6']));
    expect(wb.byNumber(6)).toMatchObject({ probability: 3, consequence: 3 });
    expect(wb.tables['risk-assessment']!.filter((a) => a.riskId === wb.byNumber(6).id)).toHaveLength(1);
  });

  it('uses the arrows as they point in the DSB orientation too', async () => {
    const user = userEvent.setup();
    useRiskView.getState().setOrientation('dsb');
    render(<Risks />);
    await screen.findByRole('table', { name: /Risikomatrise/ });
    chip(6).focus();
    await user.keyboard('{ArrowUp}{ArrowRight}');
    expect(status()).toContain('Alvorlig konsekvens × Høy sannsynlighet');
    await user.keyboard(' ');
    await waitFor(() => expect(wb.bridge.assessRisk).toHaveBeenCalledTimes(1));
    expect(wb.bridge.assessRisk).toHaveBeenCalledWith(expect.objectContaining({ probability: 4, consequence: 4 }));
    await waitFor(() => expect(chipsAt(1, 3)).toEqual(['1', '6']));
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('stops at the edge of the matrix', async () => {
    const user = userEvent.setup();
    render(<Risks />);
    await screen.findByRole('table', { name: /Risikomatrise/ });
    chip(9).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(status()).toBe('Risiko 9 står i sin egen rute. Bruk piltastene, eller Esc for å avbryte.');
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(wb.bridge.assessRisk).toHaveBeenCalledTimes(1));
    expect(wb.bridge.assessRisk).toHaveBeenCalledWith(expect.objectContaining({ probability: 1, consequence: 5 }));
  });

  it('leaves the risk where it was on Escape', async () => {
    const user = userEvent.setup();
    render(<Risks />);
    await screen.findByRole('table', { name: /Risikomatrise/ });
    chip(6).focus();
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(document.querySelector('.matrix-cell.is-target')).not.toBeNull();
    await user.keyboard('{Escape}');
    expect(document.querySelector('.matrix-cell.is-target')).toBeNull();
    expect(status()).toBe('Flyttingen av risiko 6 er avbrutt.');
    await user.keyboard('{Enter}');
    // Enter without a move opens the risk instead.
    expect(await screen.findByRole('complementary', { name: 'Kommunene er preget av kommunesammenslåingen' })).toBeTruthy();
    expect(wb.bridge.assessRisk).not.toHaveBeenCalled();
    expect(chipsAt(2, 2)).toEqual(['6']);
  });

  it('moves a risk by drag and drop', async () => {
    render(<Risks />);
    await screen.findByRole('table', { name: /Risikomatrise/ });
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (type: string, value: string) => data.set(type, value),
      getData: (type: string) => data.get(type) ?? '',
      effectAllowed: 'all',
      dropEffect: 'none',
    };
    const target = document.querySelector('td[data-probability="4"][data-consequence="4"]')!;
    fireEvent.dragStart(chip(6), { dataTransfer });
    fireEvent.dragOver(target, { dataTransfer });
    expect(target.classList.contains('is-drop-target')).toBe(true);
    fireEvent.drop(target, { dataTransfer });
    await waitFor(() => expect(chipsAt(3, 3)).toEqual(['1', '6']));
    expect(wb.bridge.assessRisk).toHaveBeenCalledWith(expect.objectContaining({ riskId: wb.byNumber(6).id, probability: 4, consequence: 4 }));
  });

  it('shows the matrix after measures once residual scores exist, and moves there set only those', async () => {
    wb.update(1, { residualProbability: 2, residualConsequence: 3 });
    const user = userEvent.setup();
    render(<Risks />);
    await screen.findByRole('table', { name: /Risikomatrise før tiltak/ });
    await user.click(screen.getByRole('button', { name: 'Etter tiltak' }));
    const after = screen.getByRole('table', { name: /Risikomatrise etter tiltak/ });
    const cell = within(within(after).getAllByRole('row')[3]!).getAllByRole('cell')[1]!;
    expect(within(cell).getAllByRole('button').map((b) => b.textContent)).toEqual(['1']);
    expect(screen.getByText('Ikke vurdert etter tiltak: 2, 3, 4, 5, 6, 7, 8, 9')).toBeTruthy();
    chip(1).focus();
    await user.keyboard('{ArrowUp}{Enter}');
    await waitFor(() => expect(wb.bridge.assessRisk).toHaveBeenCalledTimes(1));
    // Only the scores after measures are sent; the workbook carries the others into the assessment.
    expect(wb.bridge.assessRisk).toHaveBeenCalledWith(expect.objectContaining({ residualProbability: 2, residualConsequence: 2 }));
    expect(wb.bridge.assessRisk!.mock.calls[0]![0]).not.toHaveProperty('probability');
    await waitFor(() => expect(wb.byNumber(1)).toMatchObject({ probability: 4, consequence: 4, residualProbability: 2, residualConsequence: 2 }));
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Milestones } from '../../renderer/screens/milestones/Milestones';
import { useMilestoneStore } from '../../renderer/screens/milestones/store';
import { installRealWorkbook, type RealWorkbook } from './realWorkbook';

let real: RealWorkbook;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2022-03-15T12:00:00'));
  useMilestoneStore.setState({ periods: [], milestones: [], loaded: false, error: undefined });
  real = installRealWorkbook();
});
afterEach(() => vi.useRealTimers());

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The table row of milestone `n`. */
const milestoneRow = async (n: number) => {
  await screen.findByRole('heading', { name: /^Prosjektår 1/ });
  const tr = document.querySelector(`tr[data-milestone="${n}"]`);
  if (!tr) throw new Error(`no row for milestone ${n}`);
  return tr as HTMLElement;
};
const cell = (tr: HTMLElement, className: string) => tr.querySelector(`.${className}`);
/** The date as written, in its edit field. */
const plannedField = (tr: HTMLElement, n: number) => within(tr).getByLabelText(`Dato i planen for milepæl ${n}`) as HTMLInputElement;

describe('milestones: the date as written beside the range it stands for', () => {
  it('keeps "September uke 36 2021" and shows 06.09.2021–12.09.2021, uke 36', async () => {
    render(<Milestones />);
    const tr = await milestoneRow(1);
    expect(plannedField(tr, 1).value).toBe('September uke 36 2021');
    expect(text(cell(tr, 'ms-range'))).toBe('06.09.2021–12.09.2021 uke 36');
  });

  it.each([
    [3, '', 'Ikke tidfestet'],
    [4, 'September/oktober 2021', '01.09.2021–31.10.2021 uke 35–43'],
    [5, '1. Mars 2022', '01.03.2022 uke 9'],
    [7, 'April/mai 2022', '01.04.2022–31.05.2022 uke 13–22'],
    [11, 'Januar 2023', '01.01.2023–31.01.2023 uke 52–5'],
  ])('milestone %d: %s → %s', async (n, asWritten, range) => {
    render(<Milestones />);
    const tr = await milestoneRow(n);
    expect(plannedField(tr, n).value).toBe(asWritten);
    expect(text(cell(tr, 'ms-range'))).toBe(range);
  });

  it('groups the milestones by project year, as the plan does', async () => {
    render(<Milestones />);
    expect(await screen.findByRole('heading', { name: 'Prosjektår 1 (01.09.2021–01.09.2022)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Prosjektår 2 (01.09.2022–31.08.2023)' })).toBeTruthy();
  });
});

describe('late milestones are marked in words and with a symbol', () => {
  it('on 15.03.2022: 1, 2, 4 and 5 are late; the undated 3 and April’s 6 are not', async () => {
    render(<Milestones />);
    for (const n of [1, 2, 4, 5]) {
      const tr = await milestoneRow(n);
      expect(text(cell(tr, 'late-mark')), `milestone ${n}`).toMatch(/^Forsinket/);
      expect(cell(tr, 'late-mark')!.querySelector('svg.status-icon')).toBeTruthy();
      expect(tr.className).toContain('row-late');
    }
    for (const n of [3, 6, 13]) expect(cell(await milestoneRow(n), 'late-mark'), `milestone ${n}`).toBeNull();
    expect(text(cell(await milestoneRow(1), 'late-mark'))).toBe('Forsinket tidsrommet sluttet 12.09.2021');
    expect(screen.getByText('4 av 13 milepæler er forsinket. 0 er nådd.')).toBeTruthy();
    expect(screen.getByText('Rød:')).toBeTruthy();
  });

  it('setting the status to Nådd and an actual date: no longer late, and planned against actual in words', async () => {
    const user = userEvent.setup();
    render(<Milestones />);
    let tr = await milestoneRow(1);
    await user.selectOptions(within(tr).getByLabelText('Status for milepæl 1'), 'Nådd');
    await waitFor(() => expect(real.writes('updateRecord')).toEqual([{ kind: 'milestone', id: real.id('milestone.1'), patch: { status: 'reached' } }]));
    await waitFor(async () => expect(cell(await milestoneRow(1), 'late-mark')).toBeNull());
    tr = await milestoneRow(1);
    expect(text(cell(tr, 'reached-mark'))).toBe('Nådd');

    const actual = within(tr).getByLabelText('Faktisk dato for milepæl 1');
    await user.type(actual, '20.09.2021');
    await user.tab();
    await waitFor(() => expect(real.writes('updateRecord').at(-1)).toEqual({ kind: 'milestone', id: real.id('milestone.1'), patch: { actualDate: '2021-09-20' } }));
    await waitFor(async () => expect(text(cell(await milestoneRow(1), 'ms-compare'))).toBe('8 dager etter planen'));
    expect(screen.getByText('3 av 13 milepæler er forsinket. 1 er nådd.')).toBeTruthy();
  });

  it('a person may mark a milestone late before its range has ended', async () => {
    real.wb.commands.update('milestone', real.id('milestone.13'), { status: 'late' });
    render(<Milestones />);
    expect(text(cell(await milestoneRow(13), 'late-mark'))).toBe('Forsinket tidsrommet sluttet 31.05.2023');
  });

  it('refuses an impossible actual date at the field', async () => {
    const user = userEvent.setup();
    render(<Milestones />);
    const input = within(await milestoneRow(2)).getByLabelText('Faktisk dato for milepæl 2');
    await user.type(input, '31.09.2021');
    await user.tab();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(within(await milestoneRow(2)).getByText('Skriv en dato som 05.09.2021')).toBeTruthy();
    expect(real.writes('updateRecord')).toEqual([]);
  });
});

describe('the timeline by month and ISO week', () => {
  it('marks week 36 of September 2021 with milestone 1 and lists the milestone with its week', async () => {
    const user = userEvent.setup();
    render(<Milestones />);
    await user.click(await screen.findByRole('button', { name: 'Tidslinje' }));
    const september = screen.getByRole('heading', { name: 'september 2021' }).closest('li')!;
    const weeks = within(september).getByRole('list', { name: 'Uker i september 2021' });
    expect(within(weeks).getAllByRole('listitem').map(text)).toEqual([
      'uke 35 milepæl 4', 'uke 36 milepæl 1, 4', 'uke 37 milepæl 4', 'uke 38 milepæl 2, 4', 'uke 39 milepæl 4',
    ]);
    expect(within(september).getByText('Prosjektgrupper ferdig rekruttert').closest('li')!.textContent)
      .toContain('uke 36 · 06.09.2021–12.09.2021 · September uke 36 2021');
    // Today's month carries a marker in words.
    expect(screen.getByRole('heading', { name: /^mars 2022 I dag: 15\.03\.2022$/ })).toBeTruthy();
    // Milestone 3 has no date and is listed apart.
    expect(screen.getByRole('heading', { name: 'Ikke tidfestet' })).toBeTruthy();
  });

  it('speaks English when asked, with the weeks as "week 36"', async () => {
    const { setLanguage } = await import('../../renderer/i18n');
    setLanguage('en');
    try {
      const user = userEvent.setup();
      render(<Milestones />);
      await user.click(await screen.findByRole('button', { name: 'Timeline' }));
      const september = screen.getByRole('heading', { name: 'September 2021' }).closest('li')!;
      expect(within(september).getAllByText('week 36').length).toBeGreaterThan(0);
      expect(screen.getByText('4 of 13 milestones are late. 0 have been reached.')).toBeTruthy();
    } finally {
      setLanguage('nb');
    }
  });
});

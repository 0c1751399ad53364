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

describe('every field of a milestone is edited where it stands', () => {
  it('moves milestone 10 to "uke 40–42 2022": the workbook gets the text as written, the list reads it as weeks 40–42', async () => {
    const user = userEvent.setup();
    render(<Milestones />);
    const field = plannedField(await milestoneRow(10), 10);
    await user.clear(field);
    await user.type(field, 'uke 40–42 2022');
    await user.tab();
    await waitFor(() => expect(real.wb.records.get('milestone', real.id('milestone.10'))!.fields.plannedText).toBe('uke 40–42 2022'));
    await waitFor(async () => expect(text(cell(await milestoneRow(10), 'ms-range'))).toBe('03.10.2022–23.10.2022 uke 40–42'));

    await user.click(screen.getByRole('button', { name: 'Tidslinje' }));
    const october = screen.getByRole('heading', { name: 'oktober 2022' }).closest('li')!;
    const marked = within(within(october).getByRole('list', { name: 'Uker i oktober 2022' })).getAllByRole('listitem').map(text)
      .filter((w) => w.includes('milepæl'));
    expect(marked).toEqual(['uke 40 milepæl 10', 'uke 41 milepæl 10', 'uke 42 milepæl 10']);
    expect(text(within(october).getByText('Første utkast av rapport og modell').closest('li'))).toContain('uke 40–42 · 03.10.2022–23.10.2022 · uke 40–42 2022');
  });

  it('keeps a date it cannot read exactly as written, says «ukjent tidspunkt», lists the forms it understands, and never calls it undated', async () => {
    real.wb.commands.update('milestone', real.id('milestone.6'), { plannedText: 'Etter  påske 2022' });
    const user = userEvent.setup();
    render(<Milestones />);
    const tr = await milestoneRow(6);
    expect(plannedField(tr, 6).value).toBe('Etter  påske 2022');
    expect(text(cell(tr, 'ms-range'))).toBe('Ukjent tidspunkt');
    expect(plannedField(tr, 6).getAttribute('aria-describedby')).toBeTruthy();
    const hint = document.getElementById(plannedField(tr, 6).getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(text(hint)).toMatch(/^Skriv datoen slik planen sier den\. Forstås: 1\. mars 2022, 15\.3\.22, uke 40 2022, uke 40–42 2022, .*høsten 2022, årsskiftet 2021\/22, innen 1\. mars 2022\.$/);
    expect(document.querySelector('.ms-unknown-note')!.textContent).toMatch(/^1 milepæl har ukjent tidspunkt: datoen i planen \(6: «Etter {2}påske 2022»\) kan ikke leses/);
    // Not late: there is no deadline to have missed.
    expect(cell(tr, 'late-mark')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Tidslinje' }));
    const unknown = screen.getByRole('heading', { name: 'Ukjent tidspunkt' }).parentElement!;
    expect(text(unknown)).toContain('Prosjektgruppene er klare til å presentere');
    expect(text(unknown)).toContain('Etter påske 2022 · Ukjent tidspunkt');
    // Only milestone 3, with no date at all, is «Ikke tidfestet».
    const undated = screen.getByRole('heading', { name: 'Ikke tidfestet' }).parentElement!;
    expect(within(undated).getAllByRole('listitem').map((li) => li.querySelector('.tl-number')!.textContent)).toEqual(['3']);
  });

  it('edits the description, the comment and the project year; a number another milestone has is refused at the field', async () => {
    const user = userEvent.setup();
    render(<Milestones />);
    let tr = await milestoneRow(9);
    const description = within(tr).getByLabelText('Beskrivelse av milepæl 9');
    await user.clear(description);
    await user.type(description, 'Prosjektgruppe D etablert');
    // An empty comment takes no line: its button opens the field, with the focus in it.
    expect(within(tr).queryByLabelText('Kommentar til milepæl 9')).toBeNull();
    await user.click(within(tr).getByRole('button', { name: 'Skriv en kommentar til milepæl 9' }));
    const comment = within(tr).getByLabelText('Kommentar til milepæl 9');
    await waitFor(() => expect(document.activeElement).toBe(comment));
    await user.type(comment, 'Flyttet fra gruppe x');
    await user.tab();
    await waitFor(() => expect(real.wb.records.get('milestone', real.id('milestone.9'))!.fields).toMatchObject({
      description: 'Prosjektgruppe D etablert', comment: 'Flyttet fra gruppe x',
    }));

    const number = within(tr).getByLabelText('Nummer for milepæl 9');
    await user.clear(number);
    await user.type(number, '8');
    await user.tab();
    expect(within(tr).getByText('Nr. 8 er allerede «Rapport og resultater for prosjektår 1 er klare». Bruk pilene for å bytte plass.')).toBeTruthy();
    expect(real.wb.records.get('milestone', real.id('milestone.9'))!.fields.number).toBe(9);
    await user.clear(number);
    await user.type(number, '20');
    await user.tab();
    await waitFor(() => expect(real.wb.records.get('milestone', real.id('milestone.9'))!.fields.number).toBe(20));

    tr = await milestoneRow(20);
    await user.selectOptions(within(tr).getByLabelText('Prosjektår for milepæl 20'), 'Prosjektår 1');
    await waitFor(() => expect(real.wb.records.get('milestone', real.id('milestone.9'))!.fields.periodId).toBe(real.id('period.1')));
    const year1 = screen.getByRole('heading', { name: /^Prosjektår 1/ }).closest('section')!;
    await waitFor(() => expect(year1.querySelector('tr[data-milestone="20"]')).toBeTruthy());
  });

  it('adds a milestone to a project year with the focus in its description, ready to type over', async () => {
    const user = userEvent.setup();
    render(<Milestones />);
    await milestoneRow(1);
    await user.click(screen.getByRole('button', { name: 'Legg til milepæl i Prosjektår 2' }));
    await waitFor(() => expect(real.writes('createRecord')).toEqual([
      { kind: 'milestone', fields: { description: 'Ny milepæl', periodId: real.id('period.2') } },
    ]));
    const tr = await waitFor(() => {
      const row = document.querySelector<HTMLElement>('tr[data-milestone="14"]');
      if (!row) throw new Error('no new row yet');
      return row;
    });
    const description = within(tr).getByLabelText('Beskrivelse av milepæl 14') as HTMLTextAreaElement;
    await waitFor(() => expect(document.activeElement).toBe(description));
    expect(description.selectionStart).toBe(0);
    expect(description.selectionEnd).toBe('Ny milepæl'.length);
    await user.keyboard('Evaluering gjennomført');
    await user.tab();
    await waitFor(() => expect(real.wb.records.list('milestone').find((m) => m.fields.number === 14)!.fields.description).toBe('Evaluering gjennomført'));
  });

  it('deletes a milestone and offers «Angre» right there, which brings it back through the workbook’s undo', async () => {
    const user = userEvent.setup();
    render(<Milestones />);
    await user.click(within(await milestoneRow(5)).getByRole('button', { name: 'Slett: Milepæl 5' }));
    await waitFor(() => expect(document.querySelector('tr[data-milestone="5"]')).toBeNull());
    expect(real.wb.records.get('milestone', real.id('milestone.5'))!.deleted).toBe(true);
    // The line keeps its row, with «Angre» (the records pattern).
    const notice = document.querySelector('.milestone-table .record-deleted');
    expect(notice?.querySelector('[role=status]')).toBeTruthy();
    expect(text(notice)).toMatch(/^«Milepæl 5» er slettet\./);
    const undo = screen.getByRole('button', { name: 'Angre slettingen av «Milepæl 5»' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(real.wb.records.get('milestone', real.id('milestone.5'))!.deleted).toBe(false));
    expect(real.callsOf('undo')).toHaveLength(1);
    const back = await waitFor(() => within(document.querySelector<HTMLElement>('tr[data-milestone="5"]')!).getByLabelText('Beskrivelse av milepæl 5'));
    await waitFor(() => expect(document.activeElement).toBe(back));
    expect(document.querySelector('.record-deleted')).toBeNull();
  });

  it('moves a milestone down and up with the keyboard, each move one undo step, the focus staying on the moved line', async () => {
    const user = userEvent.setup();
    render(<Milestones />);
    const down = within(await milestoneRow(2)).getByRole('button', { name: 'Flytt milepæl 2 ned' });
    down.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(real.wb.records.get('milestone', real.id('milestone.2'))!.fields.number).toBe(3));
    expect(real.wb.records.get('milestone', real.id('milestone.3'))!.fields.number).toBe(2);
    expect(real.writes('reorderRecords')).toEqual([{ kind: 'milestone', ids: [real.id('milestone.3'), real.id('milestone.2')] }]);
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Flytt milepæl 3 ned'));
    expect((within(await milestoneRow(3)).getByLabelText('Beskrivelse av milepæl 3') as HTMLInputElement).value).toBe('Gjennomført oppstart med alle involverte');
    // The first line of a project year cannot move up, the last of it not down.
    expect(within(await milestoneRow(1)).getByRole('button', { name: 'Flytt milepæl 1 opp' }).hasAttribute('disabled')).toBe(true);
    expect(within(await milestoneRow(8)).getByRole('button', { name: 'Flytt milepæl 8 ned' }).hasAttribute('disabled')).toBe(true);
    expect(within(await milestoneRow(9)).getByRole('button', { name: 'Flytt milepæl 9 opp' }).hasAttribute('disabled')).toBe(true);
  });

  it('speaks English in the edit row too', async () => {
    const { setLanguage } = await import('../../renderer/i18n');
    setLanguage('en');
    try {
      real.wb.commands.update('milestone', real.id('milestone.6'), { plannedText: 'Etter påske' });
      render(<Milestones />);
      await screen.findByRole('heading', { name: /^Prosjektår 1/ });
      const tr = document.querySelector<HTMLElement>('tr[data-milestone="6"]')!;
      expect(text(cell(tr, 'ms-range'))).toBe('Unknown time');
      expect(within(tr).getByRole('button', { name: 'Delete: Milestone 6' })).toBeTruthy();
      expect(within(tr).getByLabelText('Date in the plan of milestone 6')).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Add a milestone to Prosjektår 1' })).toBeTruthy();
    } finally {
      setLanguage('nb');
    }
  });
});

describe('an empty workbook', () => {
  it('says there are no milestones and adds the first one, without a project year, with the focus in it', async () => {
    real = installRealWorkbook({ empty: true });
    const user = userEvent.setup();
    render(<Milestones />);
    expect(await screen.findByText('Ingen milepæler ennå.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Legg til milepæl' }));
    const description = await screen.findByLabelText('Beskrivelse av milepæl 1');
    await waitFor(() => expect(document.activeElement).toBe(description));
    expect(real.wb.records.list('milestone').map((m) => m.fields)).toMatchObject([{ number: 1, description: 'Ny milepæl', periodId: null, comment: '' }]);
    expect(screen.getByRole('heading', { name: 'Uten prosjektår' })).toBeTruthy();
  });
});

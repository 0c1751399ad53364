import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { Overview } from '../../renderer/screens/overview/Overview';
import { useOverviewStore } from '../../renderer/screens/overview/store';
import { useBudgetStore } from '../../renderer/screens/budget/store';
import { useMilestoneStore } from '../../renderer/screens/milestones/store';
import { setLanguage } from '../../renderer/i18n';
import { installRealWorkbook, type RealWorkbook } from './realWorkbook';

let real: RealWorkbook;

function setToday(iso: string) {
  vi.setSystemTime(new Date(`${iso}T12:00:00`));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  setToday('2022-03-15');
  useOverviewStore.setState({ project: undefined, actions: [], risks: [], loaded: false, error: undefined });
  useBudgetStore.setState({ periods: [], lines: [], plans: [], actuals: [], loaded: false, error: undefined });
  useMilestoneStore.setState({ periods: [], milestones: [], loaded: false, error: undefined });
  real = installRealWorkbook();
});
afterEach(() => vi.useRealTimers());

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** A table row's or a <dl> group's cells, joined by spaces as they read. */
const cells = (el: Element | null | undefined) => [...(el?.children ?? [])].map(text).join(' ');
/** The status card for 'milestones' | 'budget' | 'risks', as one line of text. */
async function statusOf(area: string): Promise<string> {
  await screen.findByRole('heading', { name: 'Status' });
  return text(document.querySelector(`[data-status="${area}"] .status-light`));
}

describe('the overview', () => {
  it('names the project and its period', async () => {
    render(<Overview />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Beste praksis for bibliotek og innbyggertorg' })).toBeTruthy();
    expect(screen.getByText(/Prosjektperiode 01\.09\.2021–31\.08\.2023/)).toBeTruthy();
    expect(screen.getByText(/Drammen kommune og Indre Østfold kommune/)).toBeTruthy();
  });

  it('writes each status in words beside its colour, with a symbol: on 15.03.2022', async () => {
    render(<Overview />);
    expect(await statusOf('milestones')).toBe('Rød: 4 milepæler forsinket');
    expect(await statusOf('budget')).toBe('Gul: forbruket ligger 626 557 kr etter planen i Prosjektår 1');
    expect(await statusOf('risks')).toBe('Rød: 2 risikoer i rød sone');
    for (const area of ['milestones', 'budget', 'risks']) {
      expect(document.querySelector(`[data-status="${area}"] svg.status-icon`), area).toBeTruthy();
    }
  });

  it('early in the project: one late milestone is yellow, a budget within its first month is green', async () => {
    setToday('2021-09-20');
    render(<Overview />);
    expect(await statusOf('milestones')).toBe('Gul: 1 milepæl forsinket');
    expect(await statusOf('budget')).toBe('Grønn: i balanse og i rute');
  });

  it('an unbalanced plan turns the budget red and names the difference', async () => {
    real.wb.commands.update('budget-plan', real.id('budget-plan.egeninnsats.1'), { amount: 460_000 });
    render(<Overview />);
    expect(await statusOf('budget')).toBe('Rød: budsjettet er ikke i balanse, 10 000 kr i differanse');
  });

  it('closing the red risks leaves the risk status yellow', async () => {
    for (const key of ['risk.1', 'risk.9']) real.wb.commands.update('risk', real.id(key), { status: 'closed' });
    render(<Overview />);
    expect(await statusOf('risks')).toBe('Gul: 5 risikoer i gul sone, ingen i rød');
    expect(screen.getByText('Ingen risikoer i rød sone.')).toBeTruthy();
  });

  it('says which project year today is in, and shows the plan’s overlap on 01.09.2022', async () => {
    render(<Overview />);
    expect(await screen.findByText('Vi er i Prosjektår 1 (01.09.2021–01.09.2022).')).toBeTruthy();
    expect(screen.getByText(/Prosjektår 1 slutter 01\.09\.2022 og Prosjektår 2 begynner 01\.09\.2022.*overlapper derfor 01\.09\.2022/)).toBeTruthy();
  });

  it('on 01.09.2022 the day is in both years', async () => {
    setToday('2022-09-01');
    render(<Overview />);
    expect(await screen.findByText('Vi er i Prosjektår 1 (01.09.2021–01.09.2022) og Prosjektår 2 (01.09.2022–31.08.2023).')).toBeTruthy();
    expect(screen.getByText('Dagen hører til begge prosjektårene, fordi planens datoer overlapper.')).toBeTruthy();
  });

  it('before and after the project', async () => {
    setToday('2021-08-30');
    const { unmount } = render(<Overview />);
    expect(await screen.findByText('Prosjektet starter om 2 dager, 01.09.2021.')).toBeTruthy();
    unmount();
    setToday('2023-09-10');
    render(<Overview />);
    expect(await screen.findByText('Prosjektet ble avsluttet 31.08.2023, for 10 dager siden.')).toBeTruthy();
  });

  it('lists the next milestones with the date as written and its weeks', async () => {
    render(<Overview />);
    const next = (await screen.findByRole('heading', { name: 'Neste milepæler' })).nextElementSibling!;
    expect(within(next as HTMLElement).getAllByRole('listitem').map(text)).toEqual([
      '6 Prosjektgruppene er klare til å presentere resultater av brukerundersøkelsene og arbeid i prosjektgruppene April 2022 · 01.04.2022–30.04.2022 · uke 13–17',
      '7 Intern konferanse gjennomføres April/mai 2022 · 01.04.2022–31.05.2022 · uke 13–22',
      '8 Rapport og resultater for prosjektår 1 er klare Mai 2022 · 01.05.2022–31.05.2022 · uke 17–22',
    ]);
  });

  it('counts open and overdue action items and lists overdue ones first', async () => {
    real.wb.commands.create('action', { meetingId: null, text: 'Sende anbud', ownerId: null, dueDate: '2022-04-01', status: 'open' });
    real.wb.commands.create('action', { meetingId: null, text: 'Bestille lokale', ownerId: null, dueDate: '2022-03-01', status: 'in_progress' });
    real.wb.commands.create('action', { meetingId: null, text: 'Skrive referat', ownerId: null, dueDate: '2022-02-01', status: 'done' });
    render(<Overview />);
    const panel = (await screen.findByRole('heading', { name: 'Oppgaver' })).closest('section')!;
    expect(cells(within(panel).getByText('Åpne').parentElement)).toBe('Åpne 2');
    expect(cells(within(panel).getByText('Forfalt', { selector: 'dt' }).parentElement)).toBe('Forfalt 1');
    const items = within(panel).getAllByRole('listitem').map(text);
    expect(items).toEqual(['Bestille lokale Frist 01.03.2022 · Pågår Forfalt', 'Sende anbud Frist 01.04.2022 · Åpen']);
  });

  it('shows the budget used per year against the plan', async () => {
    real.wb.commands.create('budget-actual', { lineId: real.id('budget-line.prosjektledelse'), date: '2021-12-01', amount: 117_000, note: '' });
    render(<Overview />);
    const table = await screen.findByRole('table', { name: 'Utgifter: brukt mot planlagt' });
    const rows = within(table).getAllByRole('row').map(cells);
    expect(rows).toEqual([
      'Prosjektår Planlagt Brukt Andel brukt',
      'Prosjektår 1 1 170 000 kr 117 000 kr 10 %',
      'Prosjektår 2 1 170 000 kr 0 kr 0 %',
      'I alt 2 340 000 kr 117 000 kr 5 %',
    ]);
  });

  it('lists the risks in the red zone with their scores in words', async () => {
    render(<Overview />);
    const panel = (await screen.findByRole('heading', { name: 'Risikoer i rød sone' })).closest('section')!;
    expect(within(panel).getAllByRole('listitem').map(text)).toEqual([
      '1 Mangel på forståelse og eierskap hos ansatte Rød sone: Sannsynlighet Høy, konsekvens Alvorlig, score 16',
      '9 Prosjektet mangler nasjonal relevans og overføringsverdi Rød sone: Sannsynlighet Moderat, konsekvens Veldig alvorlig, score 15',
    ]);
  });

  it('speaks English when asked', async () => {
    setLanguage('en');
    try {
      render(<Overview />);
      expect(await statusOf('milestones')).toBe('Red: 4 milestones late');
      expect(await statusOf('risks')).toBe('Red: 2 risks in the red zone');
      expect(screen.getByText('We are in Prosjektår 1 (01.09.2021–01.09.2022).')).toBeTruthy();
    } finally {
      setLanguage('nb');
    }
  });
});

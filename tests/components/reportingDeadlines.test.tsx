import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { Overview } from '../../renderer/screens/overview/Overview';
import { ReportingDeadlines } from '../../renderer/screens/overview/ReportingDeadlines';
import { useOverviewStore } from '../../renderer/screens/overview/store';
import { useBudgetStore } from '../../renderer/screens/budget/store';
import { useMilestoneStore } from '../../renderer/screens/milestones/store';
import { setLanguage } from '../../renderer/i18n';
import { installRealWorkbook } from './realWorkbook';

const PROJECT = { startDate: '2021-09-01', endDate: '2023-08-31', funder: 'Nasjonalbiblioteket' };
const PERIODS = [
  { id: 'p1', label: 'Prosjektår 1', startDate: '2021-09-01', endDate: '2022-09-01' },
  { id: 'p2', label: 'Prosjektår 2', startDate: '2022-09-01', endDate: '2023-08-31' },
];

describe("Oversikt's reporting deadlines", () => {
  afterEach(() => setLanguage('nb'));

  it('names each report with its due date and the days left', () => {
    render(<ReportingDeadlines project={PROJECT} periods={PERIODS} today="2022-11-01" />);
    const card = screen.getByRole('region', { name: 'Rapportfrister' });
    const items = within(card).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Statusrapport for Prosjektår 1Frist 01.12.202230 dager igjen',
      'SluttrapportFrist 30.11.2023394 dager igjen',
    ]);
  });

  it('says overdue in words, delivered ones as delivered, and the due day as today', () => {
    render(<ReportingDeadlines project={PROJECT} periods={PERIODS} today="2022-12-02" delivered={[]} />);
    expect(screen.getByText('Forfalt for 1 dag siden')).toBeTruthy();
    render(<ReportingDeadlines project={PROJECT} periods={PERIODS} today="2023-11-30" delivered={['status:p1']} />);
    expect(screen.getByText('Levert')).toBeTruthy();
    expect(screen.getByText('Frist i dag')).toBeTruthy();
  });

  it('in English', () => {
    setLanguage('en');
    render(<ReportingDeadlines project={PROJECT} periods={PERIODS} today="2026-12-03" />);
    expect(screen.getByRole('region', { name: 'Reporting deadlines' })).toBeTruthy();
    expect(screen.getByText('Status report for Prosjektår 1')).toBeTruthy();
    expect(screen.getByText('Overdue by 1463 days')).toBeTruthy();
    expect(screen.getByText('Overdue by 1099 days')).toBeTruthy();
  });
});

describe('the card on Oversikt, from a real workbook', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2022-10-01T12:00:00'));
    useOverviewStore.setState({ project: undefined, actions: [], risks: [], loaded: false, error: undefined });
    useBudgetStore.setState({ periods: [], lines: [], plans: [], actuals: [], loaded: false, error: undefined });
    useMilestoneStore.setState({ periods: [], milestones: [], loaded: false, error: undefined });
    installRealWorkbook();
  });
  afterEach(() => vi.useRealTimers());

  it("shows the plan's two deadlines with days left", async () => {
    render(<Overview />);
    const card = await screen.findByRole('region', { name: 'Rapportfrister' });
    expect(within(card).getByText('Statusrapport for Prosjektår 1')).toBeTruthy();
    expect(within(card).getByText('Frist 01.12.2022')).toBeTruthy();
    expect(within(card).getByText('61 dager igjen')).toBeTruthy();
    expect(within(card).getByText('Frist 30.11.2023')).toBeTruthy();
  });
});

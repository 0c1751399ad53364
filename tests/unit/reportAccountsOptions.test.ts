import { describe, expect, it } from 'vitest';
import { reportAccountsOptions } from '../../shared/report/nbAccountsReport.js';

/** Which project years NB's yearly and final reports carry accounts for (the plan's years overlap on 01.09.2022). */
describe('the accounts an NB report carries', () => {
  const periods = [
    { id: 'y1', startDate: '2021-09-01', endDate: '2022-09-01' },
    { id: 'y2', startDate: '2022-09-01', endDate: '2023-08-31' },
  ];

  it('a yearly report: the years its period touches, amounts up to its last day', () => {
    expect(reportAccountsOptions('nb-yearly', { periodFrom: '2021-09-01', periodTo: '2022-08-31' }, periods)).toEqual({ upTo: '2022-08-31', periodIds: ['y1'] });
    expect(reportAccountsOptions('nb-yearly', { periodFrom: '2022-09-02', periodTo: '2023-08-31' }, periods)).toEqual({ upTo: '2023-08-31', periodIds: ['y2'] });
  });

  it('the final report: every year begun by its last day', () => {
    expect(reportAccountsOptions('nb-final', { periodFrom: '2023-01-01', periodTo: '2023-08-31' }, periods)).toEqual({ upTo: '2023-08-31', periodIds: ['y1', 'y2'] });
  });

  it('a period before the project touches no year and reports as the accounts printout would that day', () => {
    expect(reportAccountsOptions('nb-yearly', { periodFrom: '2021-01-01', periodTo: '2021-03-01' }, periods)).toEqual({ upTo: '2021-03-01', periodIds: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { looksAhead, reportSections } from '../../shared/rules/statusReport.js';

/** A report's last parts: a final report has no next period, unless someone wrote in it (nothing typed is hidden). */
describe('reportSections', () => {
  it('numbers the steering group’s and NB’s yearly report 8–11, with the next period', () => {
    for (const type of ['steering', 'nb-yearly'] as const) {
      expect(looksAhead(type)).toBe(true);
      expect(reportSections({ type, nextPeriodPlans: '' })).toEqual({ decisions: 8, next: 9, nb: 10, accounts: 11 });
    }
  });

  it('leaves the next period out of a final report, and NB’s parts and the accounts move up', () => {
    expect(looksAhead('nb-final')).toBe(false);
    expect(reportSections({ type: 'nb-final', nextPeriodPlans: ' \n' })).toEqual({ decisions: 8, next: null, nb: 9, accounts: 10 });
  });

  it('keeps it in a final report someone wrote plans in', () => {
    expect(reportSections({ type: 'nb-final', nextPeriodPlans: 'Veilederen tas i bruk i 2024.' })).toEqual({ decisions: 8, next: 9, nb: 10, accounts: 11 });
  });
});

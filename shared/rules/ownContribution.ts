import type { AccountsSide, NbAccounts } from './nbAccounts.js';

/**
 * Egeninnsats: Nasjonalbiblioteket funds development projects where the applicants carry at least
 * 40 % of the total themselves (the plan: 940 000 of 2 340 000 kr, 40.2 %). The total is the
 * project's cost (the expense side), which is what the share is of; when income and costs differ
 * the check still reads the costs, and the accounts show both sums. The check is done on whole
 * kroner (own × 100 ≥ 40 × total), never on a rounded percentage.
 */
export const NB_MIN_OWN_SHARE_PERCENT = 40;

export interface ShareCheck {
  readonly own: number;
  readonly grant: number;
  readonly other: number;
  /** The project's total cost the share is of. */
  readonly total: number;
  /** 0–1; 0 when the total is 0. */
  readonly share: number;
  readonly minimumPercent: number;
  /** Undefined when there is no total to take a share of. */
  readonly met: boolean | undefined;
}

export interface OwnContribution {
  readonly budget: ShareCheck;
  readonly actual: ShareCheck;
}

function check(income: AccountsSide, total: number, pick: 'budget' | 'actual', minimumPercent: number): ShareCheck {
  const sum = (kind: string) => income.lines.filter((l) => l.funding === kind).reduce((s, l) => s + l[pick], 0);
  const own = sum('own_contribution');
  return {
    own,
    grant: sum('grant'),
    other: sum('other'),
    total,
    share: total > 0 ? own / total : 0,
    minimumPercent,
    met: total > 0 ? own * 100 >= minimumPercent * total : undefined,
  };
}

export function ownContribution(accounts: NbAccounts, minimumPercent: number = NB_MIN_OWN_SHARE_PERCENT): OwnContribution {
  return {
    budget: check(accounts.income, accounts.expenses.budget, 'budget', minimumPercent),
    actual: check(accounts.income, accounts.expenses.actual, 'actual', minimumPercent),
  };
}

/**
 * A share as a percentage with one decimal for the page (0.4017 → 40.2). A share below the minimum
 * is never shown as reaching it: 39.96 % is printed 39.9, not 40.0, beside «under 40 %».
 */
export function sharePercentForDisplay(share: number, minimumPercent: number = NB_MIN_OWN_SHARE_PERCENT): number {
  const rounded = Math.round(share * 1000) / 10;
  if (share * 100 < minimumPercent && rounded >= minimumPercent) return Math.floor(share * 1000) / 10;
  return rounded;
}

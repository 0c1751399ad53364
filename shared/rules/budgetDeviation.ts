/**
 * Which budget lines need a comment in Nasjonalbiblioteket's accounts. NB asks for the accounts
 * per line against the approved budget with deviations explained; it does not say how large a
 * deviation must be. We ask for a comment when a line is off by MORE than 10 % of its budget AND by
 * at least 20 000 kr: 10 % is the usual «vesentlig avvik» in Norwegian grant practice, and the
 * 20 000 kr floor keeps small lines (design og trykk, 60 000 kr) from needing prose for a few
 * thousand kroner, while 10 % of a large line (prosjektledelse, 637 000 kr) still counts. Money
 * spent on a line with no budget at all always needs a word: NB approved no such cost.
 */
export interface DeviationThreshold {
  /** Share of the line's budget (0.1 = 10 %). */
  readonly share: number;
  /** Whole kroner. */
  readonly kroner: number;
}

export const NB_DEVIATION_THRESHOLD: DeviationThreshold = { share: 0.1, kroner: 20_000 };

export function needsDeviationComment(
  budget: number,
  actual: number,
  threshold: DeviationThreshold = NB_DEVIATION_THRESHOLD,
): boolean {
  const off = Math.abs(actual - budget);
  if (budget === 0) return actual !== 0;
  return off > budget * threshold.share && off >= threshold.kroner;
}

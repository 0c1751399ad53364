import type { FundingSource } from '../model/enums.js';

/**
 * Which income is egeninnsats (own contribution) and which is the grant, for Nasjonalbiblioteket's
 * accounts. A line says so itself from schema 9 (budget-line.funding); a line made before, or left
 * 'unspecified', is read from its words, the way the plan names them («Egeninnsats», «Søknadssum til
 * Nasjonalbiblioteket»), so an older workbook's accounts are right without the user doing anything.
 */
export type FundingKind = 'own_contribution' | 'grant' | 'other';

export interface FundedLine {
  readonly type: 'expense' | 'income';
  readonly description: string;
  readonly funding?: FundingSource;
}

const OWN = /egeninnsats|egenandel|eigeninnsats|eigendel|own contribution|in-kind/i;
const GRANT = /nasjonalbiblioteket|søknadssum|tilskudd|tilskot|utviklingsmidler|grant/i;

/** Undefined for an expense line: only income has a source. */
export function fundingKindOf(line: FundedLine): FundingKind | undefined {
  if (line.type !== 'income') return undefined;
  if (line.funding && line.funding !== 'unspecified') return line.funding;
  if (OWN.test(line.description)) return 'own_contribution';
  if (GRANT.test(line.description)) return 'grant';
  return 'other';
}

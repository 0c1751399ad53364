import { NB_ACCOUNTS_WORDS, percentText as percentIn, type NbAccountsWords } from '../../../shared/report/nbAccountsWords';
import { printLanguage } from '../strings';

/**
 * The words of Nasjonalbiblioteket's accounts, signature block and credit line, in the printout's
 * language: written once in shared/report/nbAccountsWords.ts, which the Word documents read too.
 */
export function nbWords(): NbAccountsWords {
  return NB_ACCOUNTS_WORDS[printLanguage];
}

/** «40,2» in bokmål, «40.2» in English. */
export function percentText(value: number): string {
  return percentIn(value, printLanguage);
}

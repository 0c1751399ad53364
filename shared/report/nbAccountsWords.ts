import type { ReportLanguage } from './dates.js';

/**
 * The words of Nasjonalbiblioteket's accounts, signature block and credit line, bokmål and English,
 * written once for the print view (renderer/print/nb) and the Word documents (reportDocument.ts).
 */
const nb = {
  title: 'Regnskap',
  subject: 'Prosjektregnskap til Nasjonalbiblioteket',
  kicker: 'Regnskap til {funder}',
  intro: 'Regnskap per budsjettpost mot godkjent budsjett, i hele kroner. Avvik = regnskap − budsjett.',
  expenses: 'Utgifter',
  income: 'Inntekter og finansiering',
  line: 'Budsjettpost',
  budget: 'Budsjett',
  actual: 'Regnskap',
  difference: 'Avvik',
  share: 'Andel',
  comment: 'Kommentar til avvik',
  total: 'Sum',
  allYears: 'Hele prosjektet',
  period: 'Regnskapsperiode',
  commentMissing: 'Avviket mangler kommentar.',
  thresholdNote: 'Avvik over {share} % og minst {kroner} skal kommenteres, og alle utgifter på en post uten budsjett.',
  outside: '{amount} er ført med dato utenfor prosjektårene og er ikke med i regnskapet.',
  own: 'Egeninnsats',
  grant: 'Tilskudd fra {funder}',
  otherIncome: 'Annen finansiering',
  ownShareBudget: 'Egeninnsats i budsjettet: {own} av {total} ({share} %).',
  ownShareActual: 'Egeninnsats i regnskapet: {own} av {total} ({share} %).',
  ownMet: 'Kravet om minst {min} % egeninnsats er oppfylt.',
  ownNotMet: 'Kravet om minst {min} % egeninnsats er ikke oppfylt.',
  ownNoTotal: 'Ingen utgifter er ført ennå, så andelen kan ikke regnes ut.',
  auditorRequired: 'Tilskuddet er {grant}, som er {threshold} eller mer: regnskapet skal være revisorattestert.',
  auditorNotRequired: 'Tilskuddet er under {threshold}: revisorattestasjon kreves ikke.',
  auditorLine: 'Revisors attestasjon',
  signature: 'Underskrift',
  place: 'Sted',
  date: 'Dato',
  owner: 'Prosjekteier',
  leader: 'Prosjektleder',
  signHere: 'Signatur',
  credit: 'Prosjektet er støttet av {funder}.',
  defaultFunder: 'Nasjonalbiblioteket',
};
export type NbAccountsWords = { readonly [K in keyof typeof nb]: string };
const en: NbAccountsWords = {
  title: 'Accounts',
  subject: 'Project accounts for Nasjonalbiblioteket',
  kicker: 'Accounts for {funder}',
  intro: 'Accounts per budget line against the approved budget, in whole kroner. Deviation = actual − budget.',
  expenses: 'Expenses',
  income: 'Income and funding',
  line: 'Budget line',
  budget: 'Budget',
  actual: 'Actual',
  difference: 'Deviation',
  share: 'Share',
  comment: 'Comment on the deviation',
  total: 'Total',
  allYears: 'Whole project',
  period: 'Accounting period',
  commentMissing: 'The deviation has no comment.',
  thresholdNote: 'Deviations over {share} % and at least {kroner} need a comment, as does any spending on a line without a budget.',
  outside: '{amount} is dated outside the project years and is not in the accounts.',
  own: 'Own contribution',
  grant: 'Grant from {funder}',
  otherIncome: 'Other funding',
  ownShareBudget: 'Own contribution in the budget: {own} of {total} ({share} %).',
  ownShareActual: 'Own contribution in the accounts: {own} of {total} ({share} %).',
  ownMet: 'The requirement of at least {min} % own contribution is met.',
  ownNotMet: 'The requirement of at least {min} % own contribution is not met.',
  ownNoTotal: 'No expenses are recorded yet, so the share cannot be worked out.',
  auditorRequired: 'The grant is {grant}, which is {threshold} or more: the accounts must be attested by an auditor.',
  auditorNotRequired: 'The grant is below {threshold}: no auditor attestation is required.',
  auditorLine: "Auditor's attestation",
  signature: 'Signature',
  place: 'Place',
  date: 'Date',
  owner: 'Project owner',
  leader: 'Project leader',
  signHere: 'Signature',
  credit: 'The project is supported by {funder}.',
  defaultFunder: 'Nasjonalbiblioteket',
};

export const NB_ACCOUNTS_WORDS: Readonly<Record<ReportLanguage, NbAccountsWords>> = { nb, en };

/** «40,2» in bokmål, «40.2» in English. */
export function percentText(value: number, lang: ReportLanguage): string {
  const s = value.toFixed(1).replace(/\.0$/, '');
  return lang === 'en' ? s : s.replace('.', ',');
}

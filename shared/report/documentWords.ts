import type { ReportLanguage } from './dates.js';

/**
 * The words of the Word documents (minutes, status report), bokmål and
 * English. They say what the print views say (renderer/print/strings.ts,
 * which the renderer cannot share with the Node side that writes .docx), so
 * a report reads the same in PDF and in Word; a test holds the two to the
 * same words where both have them.
 */
const nb = {
  common: {
    printed: 'Skrevet ut',
    lastChange: 'Sist endret',
    page: 'Side',
    of: 'av',
    none: 'Ingen.',
    total: 'Totalt',
    noTitle: '(prosjekt uten tittel)',
    author: 'Prosjektboka',
    funderCredit: 'Prosjektet er støttet med utviklingsmidler fra {funder}.',
  },
  meeting: {
    title: 'Møtereferat',
    subject: 'Møtereferat',
    type: 'Møtetype',
    date: 'Dato',
    time: 'Tid',
    place: 'Sted',
    group: 'Gruppe',
    present: 'Til stede',
    absent: 'Forfall',
    agenda: 'Saksliste',
    minutes: 'Referat',
    decisions: 'Vedtak',
    action: 'Oppgave',
    owner: 'Ansvarlig',
    due: 'Frist',
    status: 'Status',
    nobody: 'Ingen registrert.',
    empty: 'Ikke ført.',
    timeRange: '{from}–{to}',
    chair: 'Møteleder',
    secretary: 'Referent',
    copyTo: 'Kopi til',
    caseNumber: 'Sak {number}',
    decision: 'Vedtak',
    noCaseText: 'Ingen referat eller vedtak ført.',
    otherDecisions: 'Andre vedtak',
    followUp: 'Oppfølging',
    nextMeeting: 'Neste møte',
    notSet: 'Ikke fastsatt.',
    approval: 'Godkjenning',
    approvedLine: 'Godkjent {date} av {by}',
    approvedOnLine: 'Godkjent {date}',
    approvedByLine: 'Godkjent av {by}',
    notGiven: 'Ikke oppgitt.',
    notApproved: 'Referatet er ikke godkjent ennå.',
    archiveRef: 'Arkivreferanse',
    digital: 'Digitalt',
  },
  status: {
    title: 'Statusrapport',
    subject: 'Statusrapport til styringsgruppen og finansiør',
    to: 'Til',
    toSteering: 'Styringsgruppen',
    date: 'Dato',
    period: 'Prosjektperiode',
    milestones: 'Milepæler',
    reached: 'Nådd',
    late: 'Forsinket',
    reachedNone: 'Ingen milepæler er nådd ennå.',
    lateNone: 'Ingen milepæler er forsinket.',
    summary: '{reached} av {total} {total|milepæl|milepæler} er nådd, {late} er forsinket.',
    budget: 'Økonomi: budsjett og regnskap per prosjektår',
    risks: 'Røde og gule risikoer',
    risksNone: 'Ingen risikoer i rød eller gul sone.',
    actions: 'Åpne og forfalte oppgaver',
    actionsNone: 'Ingen åpne oppgaver.',
    overdue: 'Forfalt',
    actionsSummary: '{open} {open|åpen oppgave|åpne oppgaver}, hvorav {overdue} forfalt.',
    actionsSummaryNoneOverdue: '{open} {open|åpen oppgave|åpne oppgaver}, ingen forfalt.',
  },
  milestones: { number: 'Nr.', description: 'Beskrivelse', planned: 'Dato', derived: 'Tidsrom', status: 'Status', year: 'Prosjektår' },
  budget: {
    wholeKroner: 'Alle beløp i hele kroner.',
    expenses: 'Utgifter',
    income: 'Inntekter',
    planned: 'Budsjett',
    actual: 'Regnskap',
    remaining: 'Gjenstår',
    // Regnskap as a share of the budget: spent for an expense, received for income (not «Brukt» for both).
    share: 'Andel',
    overlap: 'Prosjektårene overlapper {dates}; beløp ført på den datoen er regnet til det første prosjektåret.',
    outside: 'Ført utenfor prosjektårene: {amount} (med i totalen).',
  },
  risk: { number: 'Nr.', risk: 'Risiko', score: 'Verdi', measures: 'Tiltak', owner: 'Ansvarlig' },
};

type Words<T> = { readonly [K in keyof T]: T[K] extends string ? string : Words<T[K]> };
export type DocumentWords = Words<typeof nb>;

const en: DocumentWords = {
  common: {
    printed: 'Printed',
    lastChange: 'Last changed',
    page: 'Page',
    of: 'of',
    none: 'None.',
    total: 'Total',
    noTitle: '(untitled project)',
    author: 'Prosjektboka',
    funderCredit: 'The project is supported with development funds from {funder}.',
  },
  meeting: {
    title: 'Meeting minutes',
    subject: 'Meeting minutes',
    type: 'Meeting type',
    date: 'Date',
    time: 'Time',
    place: 'Place',
    group: 'Group',
    present: 'Present',
    absent: 'Apologies',
    agenda: 'Agenda',
    minutes: 'Minutes',
    decisions: 'Decisions',
    action: 'Action item',
    owner: 'Responsible',
    due: 'Due',
    status: 'Status',
    nobody: 'No one registered.',
    empty: 'Not written.',
    timeRange: '{from}–{to}',
    chair: 'Chair',
    secretary: 'Minutes taken by',
    copyTo: 'Copy to',
    caseNumber: 'Item {number}',
    decision: 'Decision',
    noCaseText: 'No minutes or decision written.',
    otherDecisions: 'Other decisions',
    followUp: 'Follow-up',
    nextMeeting: 'Next meeting',
    notSet: 'Not set.',
    approval: 'Approval',
    approvedLine: 'Approved on {date} by {by}',
    approvedOnLine: 'Approved on {date}',
    approvedByLine: 'Approved by {by}',
    notGiven: 'Not given.',
    notApproved: 'The minutes are not approved yet.',
    archiveRef: 'Archive reference',
    digital: 'Online',
  },
  status: {
    title: 'Status report',
    subject: 'Status report to the steering group and the funder',
    to: 'To',
    toSteering: 'The steering group',
    date: 'Date',
    period: 'Project period',
    milestones: 'Milestones',
    reached: 'Reached',
    late: 'Late',
    reachedNone: 'No milestones have been reached yet.',
    lateNone: 'No milestones are late.',
    summary: '{reached} of {total} {total|milestone|milestones} reached, {late} late.',
    budget: 'Finances: budget and accounts per project year',
    risks: 'Red and yellow risks',
    risksNone: 'No risks in the red or yellow zone.',
    actions: 'Open and overdue action items',
    actionsNone: 'No open action items.',
    overdue: 'Overdue',
    actionsSummary: '{open} open action {open|item|items}, {overdue} of them overdue.',
    actionsSummaryNoneOverdue: '{open} open action {open|item|items}, none overdue.',
  },
  milestones: { number: 'No.', description: 'Description', planned: 'Date', derived: 'Period', status: 'Status', year: 'Project year' },
  budget: {
    wholeKroner: 'All amounts in whole kroner.',
    expenses: 'Expenses',
    income: 'Income',
    planned: 'Budget',
    actual: 'Accounts',
    remaining: 'Remaining',
    share: 'Share',
    overlap: 'The project years overlap on {dates}; amounts entered on that date count towards the first project year.',
    outside: 'Entered outside the project years: {amount} (included in the total).',
  },
  risk: { number: 'No.', risk: 'Risk', score: 'Score', measures: 'Measures', owner: 'Responsible' },
};

export const DOCUMENT_WORDS: Readonly<Record<ReportLanguage, DocumentWords>> = { nb, en };

/** The document language Word is told, per report language. */
export const DOCUMENT_LANGUAGE = { nb: 'nb-NO', en: 'en-GB' } as const satisfies Record<ReportLanguage, string>;

/** Fills "{name}" placeholders; «{n|risiko|risikoer}» picks the first word when n is 1: «1 lukket risiko», «2 lukkede risikoer». */
export function fillWords(template: string, values: Record<string, string | number>): string {
  return template
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (m, k: string, one: string, many: string) => (k in values ? (Number(values[k]) === 1 ? one : many) : m))
    .replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/**
 * The status report's line over its open action items, in the words of `status` (the print view's or the Word
 * document's): «1 åpen oppgave, ingen forfalt», «3 åpne oppgaver, hvorav 1 forfalt»; none when nothing is open
 * (the report says «Ingen åpne oppgaver» instead).
 */
export function actionsSummaryLine(
  status: { readonly actionsSummary: string; readonly actionsSummaryNoneOverdue: string }, open: number, overdue: number,
): string | null {
  if (open === 0) return null;
  return fillWords(overdue > 0 ? status.actionsSummary : status.actionsSummaryNoneOverdue, { open, overdue });
}

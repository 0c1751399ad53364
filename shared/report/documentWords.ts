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
    actions: 'Oppgaver',
    action: 'Oppgave',
    owner: 'Ansvarlig',
    due: 'Frist',
    status: 'Status',
    nobody: 'Ingen registrert.',
    empty: 'Ikke ført.',
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
    summary: '{reached} av {total} milepæler er nådd, {late} er forsinket.',
    budget: 'Økonomi: budsjett og regnskap per prosjektår',
    risks: 'Røde og gule risikoer',
    risksNone: 'Ingen risikoer i rød eller gul sone.',
    actions: 'Åpne og forfalte oppgaver',
    actionsNone: 'Ingen åpne oppgaver.',
    overdue: 'Forfalt',
    actionsSummary: '{open} åpne oppgaver, hvorav {overdue} forfalt.',
  },
  milestones: { number: 'Nr.', description: 'Beskrivelse', planned: 'Dato', derived: 'Tidsrom', status: 'Status', year: 'Prosjektår' },
  budget: {
    wholeKroner: 'Alle beløp i hele kroner.',
    expenses: 'Utgifter',
    income: 'Inntekter',
    planned: 'Budsjett',
    actual: 'Regnskap',
    remaining: 'Gjenstår',
    used: 'Brukt',
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
    actions: 'Action items',
    action: 'Action item',
    owner: 'Responsible',
    due: 'Due',
    status: 'Status',
    nobody: 'No one registered.',
    empty: 'Not written.',
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
    summary: '{reached} of {total} milestones reached, {late} late.',
    budget: 'Finances: budget and accounts per project year',
    risks: 'Red and yellow risks',
    risksNone: 'No risks in the red or yellow zone.',
    actions: 'Open and overdue action items',
    actionsNone: 'No open action items.',
    overdue: 'Overdue',
    actionsSummary: '{open} open action items, {overdue} of them overdue.',
  },
  milestones: { number: 'No.', description: 'Description', planned: 'Date', derived: 'Period', status: 'Status', year: 'Project year' },
  budget: {
    wholeKroner: 'All amounts in whole kroner.',
    expenses: 'Expenses',
    income: 'Income',
    planned: 'Budget',
    actual: 'Accounts',
    remaining: 'Remaining',
    used: 'Spent',
    overlap: 'The project years overlap on {dates}; amounts entered on that date count towards the first project year.',
    outside: 'Entered outside the project years: {amount} (included in the total).',
  },
  risk: { number: 'No.', risk: 'Risk', score: 'Score', measures: 'Measures', owner: 'Responsible' },
};

export const DOCUMENT_WORDS: Readonly<Record<ReportLanguage, DocumentWords>> = { nb, en };

/** The document language Word is told, per report language. */
export const DOCUMENT_LANGUAGE = { nb: 'nb-NO', en: 'en-GB' } as const satisfies Record<ReportLanguage, string>;

/** Fills "{name}" placeholders. */
export function fillWords(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

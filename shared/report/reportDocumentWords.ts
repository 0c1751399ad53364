import type { ReportLanguage } from './dates.js';

/**
 * The status report's own words, bokmål and English, written once: the Word document
 * (reportDocument.ts), the printout (renderer/print/report/reportWords.ts) and the Rapporter
 * screen's criteria line read them.
 */
const nb = {
  kicker: { steering: 'Statusrapport til styringsgruppa', 'nb-yearly': 'Statusrapport til Nasjonalbiblioteket', 'nb-final': 'Sluttrapport til Nasjonalbiblioteket' },
  period: 'Rapportperiode', published: 'Publisert', publishedBy: 'av', draft: 'UTKAST – skrevet ut fra gjeldende data', previous: 'Forrige rapport',
  leader: 'Prosjektleder', owner: 'Prosjekteier',
  status: 'Samlet status', light: { green: 'Grønn', yellow: 'Gul', red: 'Rød' },
  summary: 'Sammendrag', comment: 'Kommentar',
  goals: 'Fremdrift per mål', assessment: 'Vurdering', noAssessment: 'Ingen vurdering skrevet.', groups: 'Grupper',
  linkedMilestones: 'Milepæler', linkedActions: 'Oppgaver',
  milestones: 'Milepæler', reached: 'Nådd i perioden', reachedUndated: 'Nådd, dato ikke ført', late: 'Forsinket', upcoming: 'Neste periode ({from}–{to})',
  undated: 'Uten dato i planen', planned: 'Planlagt', actual: 'Nådd', responsible: 'Ansvarlig', inProgress: 'pågår',
  budget: 'Budsjett per linje', budgetLede: 'Per {date}: {elapsed} % av prosjekttiden er gått.', line: 'Linje', plan: 'Budsjett', spent: 'Brukt', received: 'Mottatt', share: 'Andel',
  expenses: 'Utgifter', income: 'Inntekter', behind: 'bak tiden', over: 'over budsjett',
  lagging: '{period}: brukt {actual} av ventet {expected} så langt – {shortfall} bak (risiko 8: for lavt forbruk).',
  overBudget: '{period}: brukt {actual}, mer enn budsjettert.',
  risks: 'Risiko', risksNew: 'Nye siden forrige rapport', risksMoved: 'Endret vurdering', risksClosed: 'Lukket', register: 'Åpne risikoer',
  risksNewFirst: 'Nye risikoer',
  risksFirst: 'Første rapport, ingen tidligere rapport å sammenligne med: ',
  risksFirstAll: { zero: 'registeret har ingen åpne risikoer.', one: 'den ene åpne risikoen er ny.', other: 'alle de {count} åpne risikoene er nye.' },
  risksFirstAdded: 'registeret er risikobildet fra oppstarten, og disse er lagt til etter den:',
  risksNewSee: 'Verdi, eier og vurdering står i registeret nedenfor.',
  assessmentVersion: 'Risikovurdering nr. {number} per {date}.', assessmentNone: 'Ingen risiko er vurdert ennå.',
  assessed: 'Vurdert', never: 'aldri', owner2: 'Eier', score: 'Verdi',
  actions: 'Åpne og forfalte oppgaver', due: 'Frist', overdue: 'forfalt',
  conflicts: 'Åpne synkkonflikter', conflictsNone: 'Ingen åpne konflikter.',
  decisions: 'Beslutninger som trengs', next: 'Planer for neste periode',
  nb: 'Nasjonalbibliotekets rapportdeler',
  nbParts: {
    nbResults: 'Resultater', nbGoalAttainment: 'Måloppnåelse', nbActivities: 'Innhold og aktiviteter', nbTargetGroups: 'Målgrupper',
    nbCooperation: 'Samarbeid', nbLessons: 'Overføringsverdi og erfaringer', nbContinuation: 'Videreføring',
    nbGrantConditions: 'Oppfølging av føringer i tildelingsbrevet', nbDeviations: 'Avvik og forsinkelser',
  },
  accounts: 'Regnskap', accountsPeriod: 'Regnskapsperiode', accountsUpTo: 'ført til og med {date}',
  criteriaDecided: 'Sonene følger akseptkriteriene vedtatt {date} av {by}.', criteriaProposed: 'Sonene følger et forslag til akseptkriterier, ikke vedtatt.',
  criteriaChanged: 'Sonene følger et forslag til akseptkriterier, endret etter vedtaket {date}.',
  empty: 'Ikke skrevet.', none: 'Ingen.',
};

export type ReportWords = typeof nb;

const en: ReportWords = {
  kicker: { steering: 'Status report to the steering group', 'nb-yearly': 'Status report to Nasjonalbiblioteket', 'nb-final': 'Final report to Nasjonalbiblioteket' },
  period: 'Reporting period', published: 'Published', publishedBy: 'by', draft: 'DRAFT – printed from current data', previous: 'Previous report',
  leader: 'Project leader', owner: 'Project owner',
  status: 'Overall status', light: { green: 'Green', yellow: 'Yellow', red: 'Red' },
  summary: 'Summary', comment: 'Comment',
  goals: 'Progress per goal', assessment: 'Assessment', noAssessment: 'No assessment written.', groups: 'Groups',
  linkedMilestones: 'Milestones', linkedActions: 'Action items',
  milestones: 'Milestones', reached: 'Reached in the period', reachedUndated: 'Reached, date not recorded', late: 'Late', upcoming: 'Next period ({from}–{to})',
  undated: 'No date in the plan', planned: 'Planned', actual: 'Reached', responsible: 'Responsible', inProgress: 'in progress',
  budget: 'Budget per line', budgetLede: 'As of {date}: {elapsed} % of the project’s time has passed.', line: 'Line', plan: 'Budget', spent: 'Spent', received: 'Received', share: 'Share',
  expenses: 'Expenses', income: 'Income', behind: 'behind time', over: 'over budget',
  lagging: '{period}: spent {actual} of {expected} expected so far – {shortfall} behind (risk 8: spending too little).',
  overBudget: '{period}: spent {actual}, more than budgeted.',
  risks: 'Risks', risksNew: 'New since the previous report', risksMoved: 'Assessment changed', risksClosed: 'Closed', register: 'Open risks',
  risksNewFirst: 'New risks',
  risksFirst: 'First report, no previous report to compare with: ',
  risksFirstAll: { zero: 'the register has no open risks.', one: 'the one open risk is new.', other: 'all {count} open risks are new.' },
  risksFirstAdded: 'the register is the risk picture from the start, and these were added after it:',
  risksNewSee: 'Score, owner and assessment are in the register below.',
  assessmentVersion: 'Risk assessment no. {number} as of {date}.', assessmentNone: 'No risk has been assessed yet.',
  assessed: 'Assessed', never: 'never', owner2: 'Owner', score: 'Score',
  actions: 'Open and overdue action items', due: 'Due', overdue: 'overdue',
  conflicts: 'Open sync conflicts', conflictsNone: 'No open conflicts.',
  decisions: 'Decisions needed', next: 'Plans for the next period',
  nb: 'Nasjonalbiblioteket’s report parts',
  nbParts: {
    nbResults: 'Results', nbGoalAttainment: 'Goal attainment', nbActivities: 'Content and activities', nbTargetGroups: 'Target groups',
    nbCooperation: 'Cooperation', nbLessons: 'Transfer value and lessons', nbContinuation: 'Continuation',
    nbGrantConditions: 'Follow-up of the grant letter’s conditions', nbDeviations: 'Deviations and delays',
  },
  accounts: 'Accounts', accountsPeriod: 'Accounting period', accountsUpTo: 'recorded up to and including {date}',
  criteriaDecided: 'The zones follow the acceptance criteria decided {date} by {by}.', criteriaProposed: 'The zones follow a proposal for acceptance criteria, not decided.',
  criteriaChanged: 'The zones follow a proposal for acceptance criteria, changed since the decision of {date}.',
  empty: 'Not written.', none: 'None.',
};

export const REPORT_DOCUMENT_WORDS: Readonly<Record<ReportLanguage, ReportWords>> = { nb, en };

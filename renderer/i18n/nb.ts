import { ENUM_WORDS } from '../../shared/report/enumWords';
import { REPORT_LABELS } from '../../shared/report/labels';

/** Bokmål, the UI's first language. Every user-facing string of the renderer lives here and in en.ts. */
export const nb = {
  formats: { datePlaceholder: 'dd.mm.åååå' },
  app: { name: 'Prosjektboka', skipToContent: 'Hopp til innholdet', loading: 'Laster …', language: 'Språk', loadFailed: 'Kunne ikke lese arbeidsboka: {{message}}', retry: 'Prøv igjen' },
  nav: {
    label: 'Hovedmeny',
    overview: 'Oversikt',
    plan: 'Plan',
    milestones: 'Milepæler',
    budget: 'Budsjett',
    risks: 'Risikoregister',
    meetings: 'Møter',
    actions: 'Oppgaver',
    logs: 'Erfaringer og endringer',
    reports: 'Rapporter',
    people: 'Personer',
    sync: 'Synkronisering',
    print: 'Utskrifter og eksport',
  },
  save: {
    saving: 'Lagrer …', saved: 'Alt er lagret', savedAt: 'Alt er lagret (kl. {{time}})', failed: 'Ikke lagret: {{message}}',
    unsaved: 'Ikke lagret ennå', fieldsFailed: 'Noe ble ikke lagret: {{labels}}',
  },
  fieldSave: {
    unsaved: 'Ikke lagret ennå',
    saving: 'Lagrer …',
    saved: 'Lagret kl. {{time}}',
    failed: 'Ble ikke lagret: {{message}}',
    kept: 'Teksten er tatt vare på på denne maskinen.',
    retry: 'Prøv igjen',
  },
  drafts: {
    title: 'Tekst som ikke ble lagret',
    intro: 'Dette ble skrevet, men kom aldri fram til arbeidsboka. Det er tatt vare på på denne maskinen.',
    offerLabel: 'Ulagret tekst i {{label}}',
    offer: 'Du skrev noe her kl. {{time}} som ikke ble lagret:',
    use: 'Bruk teksten',
    discard: 'Forkast',
    save: 'Lagre den nå',
    goTo: 'Gå til feltet',
    item: '{{label}}, skrevet {{date}} kl. {{time}}',
    saveFailed: 'Ble ikke lagret: {{message}}',
  },
  history: {
    undo: 'Angre', redo: 'Gjør om', undoWhat: 'Angre: {{label}}', redoWhat: 'Gjør om: {{label}}', nothing: 'Ingenting å angre',
    undoPartly: 'Angret «{{label}}», men ikke alt: {{count}} felt ble latt være.',
    redoPartly: 'Gjorde om «{{label}}», men ikke alt: {{count}} felt ble latt være.',
    undoNothing: 'Kunne ikke angre «{{label}}».',
    redoNothing: 'Kunne ikke gjøre om «{{label}}».',
    undoFailed: 'Angre feilet: {{message}}',
    redoFailed: 'Gjør om feilet: {{message}}',
    reason: {
      changed_elsewhere: 'Noen andre har endret det siden (en synkfil, kommandolinjen eller et annet vindu), og det overskrives ikke.',
      deleted: 'Posten er slettet siden.',
      invalid: 'Den gamle verdien er ikke lenger gyldig (den viser til noe som er slettet).',
    },
    dismiss: 'Lukk',
  },
  field: { required: 'Må fylles ut', invalidAmount: 'Skriv et beløp i hele kroner, for eksempel 1\u00a0170\u00a0000' /* no-break spaces: the example never wraps mid-number */, invalidDate: 'Skriv en dato som 05.09.2021' },
  enums: {
    ...ENUM_WORDS.nb,
    milestoneStatus: { planned: 'Planlagt', in_progress: 'Pågår', reached: 'Nådd', late: 'Forsinket' },
    riskStatus: { open: 'Åpen', monitored: 'Følges opp', closed: 'Lukket' },
    meetingType: { steering_group: 'Styringsgruppemøte', project_group: 'Prosjektgruppemøte', workshop: 'Workshop', conference: 'Konferanse', other: 'Annet' },
    actionStatus: { open: 'Åpen', in_progress: 'Pågår', done: 'Ferdig', cancelled: 'Avlyst' },
    role: { project_owner: 'Prosjekteier', steering_group: 'Styringsgruppe', project_leader: 'Prosjektleder', coordination_team: 'Koordineringsteam', coordinator: 'Koordinator', member: 'Medlem' },
    budgetLineType: { expense: 'Utgift', income: 'Inntekt' },
    groupKind: { project_group: 'Prosjektgruppe', steering_group: 'Styringsgruppe', coordination_team: 'Koordineringsteam' },
    zone: { green: 'Akseptabel', yellow: 'Tiltak må vurderes', red: 'Uakseptabel, tiltak nødvendig' },
    // DSB's ROS words for the same three zones, when the municipality chooses them (issue 14).
    zoneDsb: REPORT_LABELS.nb.zoneDsb,
    probability: { '1': 'Veldig lav', '2': 'Lav', '3': 'Moderat', '4': 'Høy', '5': 'Veldig høy' },
    consequence: { '1': 'Veldig lav', '2': 'Lav', '3': 'Moderat', '4': 'Alvorlig', '5': 'Veldig alvorlig' },
  },
};

export type Catalogue = typeof nb;

/** Bokmål, the UI's first language. Every user-facing string of the renderer lives here and in en.ts. */
export const nb = {
  app: { name: 'Prosjektboka', skipToContent: 'Hopp til innholdet', loading: 'Laster …', language: 'Språk' },
  nav: {
    label: 'Hovedmeny',
    overview: 'Oversikt',
    plan: 'Plan',
    milestones: 'Milepæler',
    budget: 'Budsjett',
    risks: 'Risikoregister',
    meetings: 'Møter',
    actions: 'Oppgaver',
    people: 'Personer',
    sync: 'Synkronisering',
    print: 'Utskrifter og eksport',
  },
  save: { saving: 'Lagrer …', saved: 'Lagret', failed: 'Ikke lagret: {{message}}' },
  history: { undo: 'Angre', redo: 'Gjør om', undoWhat: 'Angre: {{label}}', redoWhat: 'Gjør om: {{label}}', nothing: 'Ingenting å angre' },
  field: { required: 'Må fylles ut', invalidAmount: 'Skriv et beløp i hele kroner, for eksempel 1 170 000', invalidDate: 'Skriv en dato som 05.09.2021' },
  enums: {
    milestoneStatus: { planned: 'Planlagt', in_progress: 'Pågår', reached: 'Nådd', late: 'Forsinket' },
    riskStatus: { open: 'Åpen', monitored: 'Følges opp', closed: 'Lukket' },
    meetingType: { steering_group: 'Styringsgruppemøte', project_group: 'Prosjektgruppemøte', workshop: 'Workshop', conference: 'Konferanse', other: 'Annet' },
    actionStatus: { open: 'Åpen', in_progress: 'Pågår', done: 'Ferdig', cancelled: 'Avlyst' },
    role: { project_owner: 'Prosjekteier', steering_group: 'Styringsgruppe', project_leader: 'Prosjektleder', coordination_team: 'Koordineringsteam', coordinator: 'Koordinator', member: 'Medlem' },
    budgetLineType: { expense: 'Utgift', income: 'Inntekt' },
    groupKind: { project_group: 'Prosjektgruppe', steering_group: 'Styringsgruppe', coordination_team: 'Koordineringsteam' },
    zone: { green: 'Akseptabel', yellow: 'Tiltak må vurderes', red: 'Uakseptabel, tiltak nødvendig' },
    probability: { '1': 'Veldig lav', '2': 'Lav', '3': 'Moderat', '4': 'Høy', '5': 'Veldig høy' },
    consequence: { '1': 'Veldig lav', '2': 'Lav', '3': 'Moderat', '4': 'Alvorlig', '5': 'Veldig alvorlig' },
  },
};

export type Catalogue = typeof nb;

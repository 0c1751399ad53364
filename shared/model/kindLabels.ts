import type { Kind } from './kinds.js';

/** The Norwegian word for one record of each kind, for messages. */
export const KIND_LABELS_NB: Readonly<Record<Kind, string>> = {
  project: 'prosjekt',
  period: 'prosjektår',
  section: 'plandel',
  goal: 'mål',
  group: 'gruppe',
  person: 'person',
  role: 'rolle',
  milestone: 'milepæl',
  'budget-line': 'budsjettlinje',
  'budget-plan': 'budsjettert beløp',
  'budget-actual': 'regnskapsført beløp',
  risk: 'risiko',
  'risk-assessment': 'risikovurdering',
  meeting: 'møte',
  attendance: 'oppmøte',
  action: 'oppgave',
};

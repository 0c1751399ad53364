import type { Kind } from './kinds.js';
import type { MessageText } from '../messages/format.js';

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
  lesson: 'erfaring',
  'change-entry': 'endring',
  'status-report': 'statusrapport',
};

/** A kind's word as a message part, worded in the reader's language (shared/messages). */
export function kindWord(kind: Kind): MessageText {
  return { key: `kind.${kind}` };
}

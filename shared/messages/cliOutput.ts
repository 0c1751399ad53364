/**
 * The command line's normal output (electron/cli): what a command made,
 * wrote or found, and the labels of its tables and summaries, bokmål first.
 */
export const CLI_OUTPUT = {
  'cli.out.made': { nb: 'Laget {file}', en: 'Made {file}' },
  'cli.out.made_from': { nb: 'Laget {file} fra {from}: {changes} endringer fra «{sender}».', en: 'Made {file} from {from}: {changes} changes from “{sender}”.' },
  'cli.out.changed': { nb: 'Endret {fields}', en: 'Changed {fields}' },
  'cli.out.no_change': { nb: 'Ingen endring', en: 'No change' },
  'cli.out.deleted': { nb: 'Slettet {id}', en: 'Deleted {id}' },
  'cli.out.wrote': { nb: 'Skrev {file}', en: 'Wrote {file}' },
  'cli.out.wrote_pages': { nb: 'Skrev {file} ({pages} {pages|side|sider})', en: 'Wrote {file} ({pages} {pages|page|pages})' },
  'cli.out.none_of_kind': { nb: '(ingen {kind})', en: '(no {kind})' },
  'cli.out.no_hits': { nb: '(ingen treff)', en: '(no hits)' },
  'cli.out.no_project': { nb: '(arbeidsbok uten prosjekt)', en: '(workbook without a project)' },
  'cli.out.installation': { nb: 'Installasjon: {name}', en: 'Installation: {name}' },
  'cli.out.counts1': {
    nb: 'Mål: {goals}   Grupper: {groups}   Personer: {people}   Milepæler: {milestones}',
    en: 'Goals: {goals}   Groups: {groups}   People: {people}   Milestones: {milestones}',
  },
  'cli.out.counts2': { nb: 'Risikoer: {risks}   Møter: {meetings}   Oppgaver: {actions}', en: 'Risks: {risks}   Meetings: {meetings}   Actions: {actions}' },
  'cli.out.budget': { nb: 'Budsjett:', en: 'Budget:' },
  'cli.out.budget_period': { nb: '  {label}: utgifter {expenses}, inntekter {income}', en: '  {label}: expenses {expenses}, income {income}' },
  'cli.out.budget_total': { nb: '  Totalt: utgifter {expenses}, inntekter {income} – {balance}', en: '  Total: expenses {expenses}, income {income} – {balance}' },
  'cli.out.balanced': { nb: 'i balanse', en: 'balanced' },
  'cli.out.unbalanced': { nb: 'ikke i balanse (differanse {difference})', en: 'not balanced (difference {difference})' },
  'cli.out.risk_matrix': { nb: 'Risikomatrise (konsekvens × sannsynlighet):', en: 'Risk matrix (consequence × probability):' },
  'cli.out.risk_cell': { nb: '  {consequence} × {probability}: risiko {risks}', en: '  {consequence} × {probability}: risk {risks}' },
  'cli.out.serving': { nb: 'Prosjektboka viser {file} på\n  {url}\nAvslutt med Ctrl+C.', en: 'Prosjektboka shows {file} at\n  {url}\nStop with Ctrl+C.' },
  'cli.out.person_erased': {
    nb: 'Slettet personopplysningene til «{name}»: {fields} felt i {records} poster endret, {scrubbed} gamle verdier fjernet fra endringsloggen.',
    en: 'Erased the personal data of “{name}”: {fields} fields in {records} records changed, {scrubbed} old values removed from the change log.',
  },
  'cli.out.no_backups': { nb: '(ingen sikkerhetskopier)', en: '(no backups)' },
  'cli.out.restored': { nb: 'Gjenopprettet {file} fra {backup}. Tilstanden før er lagret som {safety}.', en: 'Restored {file} from {backup}. The state before is kept as {safety}.' },
  'cli.out.no_conflicts': { nb: '(ingen åpne konflikter)', en: '(no open conflicts)' },
  'cli.out.conflict_deleted': {
    nb: '{id}  {record}\n    slettet av {by}, men endret samtidig et annet sted; posten er beholdt',
    en: '{id}  {record}\n    deleted by {by}, but changed at the same time elsewhere; the record is kept',
  },
  'cli.out.conflict_field': {
    nb: '{id}  {record}, feltet {field}\n    nå:    {current}\n    annen: {other} (fra {by})',
    en: '{id}  {record}, the field {field}\n    now:   {current}\n    other: {other} (from {by})',
  },
  'cli.out.resolved_deleted': { nb: 'Løst: {what} er slettet.', en: 'Settled: {what} is deleted.' },
  'cli.out.resolved_kept': { nb: 'Løst: {what} er beholdt.', en: 'Settled: {what} is kept.' },
  'cli.out.resolved_value': { nb: 'Løst: {field} i {what} er nå {value}.', en: 'Settled: {field} of {what} is now {value}.' },
  'cli.out.never': { nb: 'aldri', en: 'never' },
} as const;

import { registerCatalogue } from '../../i18n';

/** Words of the reporting deadlines card on Oversikt (Nasjonalbiblioteket's reports, issue 14). */
const nb = {
  title: 'Rapportfrister',
  intro: 'Til {{funder}}: statusrapport for hvert prosjektår og sluttrapport senest tre måneder etter slutt.',
  status: 'Statusrapport for {{period}}',
  final: 'Sluttrapport',
  due: 'Frist {{date}}',
  daysLeft_one: '{{count}} dag igjen',
  daysLeft_other: '{{count}} dager igjen',
  dueToday: 'Frist i dag',
  overdue_one: 'Forfalt for {{count}} dag siden',
  overdue_other: 'Forfalt for {{count}} dager siden',
  delivered: 'Levert',
  none: 'Prosjektet har ingen sluttdato, så fristene kan ikke regnes ut.',
};
const en: typeof nb = {
  title: 'Reporting deadlines',
  intro: 'To {{funder}}: a status report for each project year and the final report at most three months after the end.',
  status: 'Status report for {{period}}',
  final: 'Final report',
  due: 'Due {{date}}',
  daysLeft_one: '{{count}} day left',
  daysLeft_other: '{{count}} days left',
  dueToday: 'Due today',
  overdue_one: 'Overdue by {{count}} day',
  overdue_other: 'Overdue by {{count}} days',
  delivered: 'Delivered',
  none: 'The project has no end date, so the deadlines cannot be worked out.',
};

registerCatalogue('nbDeadlines', nb, en);

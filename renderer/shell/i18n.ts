import { registerCatalogue } from '../i18n';

/** Words of the app's frame (header and sidebar), namespace `shell`. Screen names stay in `nav.*`. */
const nb = {
  header: 'Arbeidsbok',
  workbookFile: 'Arbeidsbok: {{path}}',
  counts: {
    openActions_one: '{{count}} åpen oppgave',
    openActions_other: '{{count}} åpne oppgaver',
    redRisks_one: '{{count}} risiko i rød sone',
    redRisks_other: '{{count}} risikoer i rød sone',
    redRisksShort: '{{count}} røde',
    openConflicts_one: '{{count}} åpen synkroniseringskonflikt',
    openConflicts_other: '{{count}} åpne synkroniseringskonflikter',
  },
  sync: {
    conflicts_one: '{{count}} konflikt',
    conflicts_other: '{{count}} konflikter',
    conflictsTitle: 'Synkronisering: {{count}} åpne konflikter å avgjøre',
    last: 'Synk. {{date}}',
    lastTitle: 'Sist synkronisert {{date}}',
    never: 'Ikke synkronisert',
    neverTitle: 'Ingen synkroniseringsfil er sendt eller lest ennå',
  },
};

const en: typeof nb = {
  header: 'Workbook',
  workbookFile: 'Workbook: {{path}}',
  counts: {
    openActions_one: '{{count}} open action item',
    openActions_other: '{{count}} open action items',
    redRisks_one: '{{count}} risk in the red zone',
    redRisks_other: '{{count}} risks in the red zone',
    redRisksShort: '{{count}} red',
    openConflicts_one: '{{count}} open sync conflict',
    openConflicts_other: '{{count}} open sync conflicts',
  },
  sync: {
    conflicts_one: '{{count}} conflict',
    conflicts_other: '{{count}} conflicts',
    conflictsTitle: 'Sync: {{count}} open conflicts to settle',
    last: 'Synced {{date}}',
    lastTitle: 'Last synced {{date}}',
    never: 'Not synced',
    neverTitle: 'No sync file sent or read yet',
  },
};

registerCatalogue('shell', nb, en);

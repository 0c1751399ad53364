import { registerCatalogue } from '../../i18n';

/**
 * The Synkronisering page's words for clocks, copies and signed origins
 * (docs/sync.md), merged into the page's `sync` namespace.
 */
const nb = {
  notes: {
    clockAhead: 'Klokka til «{{name}}» går {{ahead}} foran klokka her (eller klokka her går for sakte). Endringene tas med og flettes etter hva de bygger på, men klokka her stilles ikke etter den.',
    minutes_one: '{{count}} minutt',
    minutes_other: '{{count}} minutter',
    hours_one: '{{count}} time',
    hours_other: '{{count}} timer',
    days_one: '{{count}} døgn',
    days_other: '{{count}} døgn',
    recoveredOwn_one: '{{count}} endring i denne installasjonens eget navn manglet her (arbeidsboka er trolig lagt tilbake fra en eldre kopi). Den leses inn igjen.',
    recoveredOwn_other: '{{count}} endringer i denne installasjonens eget navn manglet her (arbeidsboka er trolig lagt tilbake fra en eldre kopi). De leses inn igjen.',
    stillMissing: 'Fila viser at {{count}} endringer fra «{{name}}» mangler her og ikke var med i den. De kommer med neste fil fra «{{sender}}» når den har fått en fil herfra.',
    tookKey: 'Denne installasjonen manglet arbeidsbokas synknøkkel (arbeidsboka er flyttet hit fra en annen maskin). Den hentes fra den fulle fila.',
    unnamed: 'en installasjon uten navn',
  },
  installationNotice: {
    copied: 'Denne arbeidsboka ble en ny installasjon {{when}}, fordi den er en kopi av en arbeidsbokfil denne maskinen allerede bruker. Ingenting er tapt, og endringer gjort i hver kopi når alle.',
    restored: 'Denne arbeidsboka ble en ny installasjon {{when}}, fordi den er eldre enn det denne maskinen sist skrev i den (lagt tilbake fra en kopi eller sikkerhetskopi). Det som manglet, kommer tilbake fra de andre installasjonene.',
    'new-machine': 'Denne arbeidsboka ble en ny installasjon {{when}}, fordi den er kopiert eller flyttet hit fra en annen maskin. Ingenting er tapt, og endringer gjort i hver kopi når alle.',
    upgraded: 'Denne arbeidsboka ble en ny installasjon {{when}}, da den ble tatt i bruk med signerte synkfiler.',
  },
};

const en: typeof nb = {
  notes: {
    clockAhead: 'The clock of “{{name}}” is {{ahead}} ahead of the clock here (or the clock here is slow). Its changes are taken in and merged by what they build on, but the clock here is not set after it.',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    hours_one: '{{count}} hour',
    hours_other: '{{count}} hours',
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    recoveredOwn_one: '{{count}} change in this installation’s own name was missing here (the workbook was probably put back from an older copy). It is taken in again.',
    recoveredOwn_other: '{{count}} changes in this installation’s own name were missing here (the workbook was probably put back from an older copy). They are taken in again.',
    stillMissing: 'The file shows that {{count}} changes from “{{name}}” are missing here and were not in it. They come with the next file from “{{sender}}” once it has had a file from here.',
    tookKey: 'This installation lacked the workbook’s sync key (the workbook was moved here from another machine). It is taken from the full file.',
    unnamed: 'an unnamed installation',
  },
  installationNotice: {
    copied: 'This workbook became a new installation on {{when}}, because it is a copy of a workbook file this machine already uses. Nothing is lost, and edits made in either copy reach everyone.',
    restored: 'This workbook became a new installation on {{when}}, because it is older than what this machine last wrote in it (put back from a copy or a backup). What it lacked comes back from the other installations.',
    'new-machine': 'This workbook became a new installation on {{when}}, because it was copied or moved here from another machine. Nothing is lost, and edits made in either copy reach everyone.',
    upgraded: 'This workbook became a new installation on {{when}}, when it began using signed sync files.',
  },
};

registerCatalogue('sync', nb, en);

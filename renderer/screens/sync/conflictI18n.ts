import { registerCatalogue } from '../../i18n';

/**
 * The Synkronisering page's words for values as people know them
 * (shared/report/fieldValue.ts), the conflicts an import will raise, and
 * what to do when a file is refused; merged into the page's `sync` namespace.
 */
const nb = {
  shown: {
    missingRecord: '(finnes ikke lenger)',
    riskScore: 'Risikoverdi {{score}} ({{probability}} × {{consequence}}): {{zone}}',
  },
  raised: {
    caption: 'Konfliktene innlesingen vil gi',
    record: 'Post',
    field: 'Felt',
    kept: 'Gjelder etter innlesingen',
    setAside: 'Settes til side',
    from: 'fra {{name}}',
    recordKept: 'Posten beholdes, med endringene',
    recordDeleted: 'Slettet',
    more_one: '… og {{count}} konflikt til.',
    more_other: '… og {{count}} konflikter til.',
  },
  failure: {
    passphraseMissing: 'Fila er kryptert. Skriv passordfrasen i feltet over, og prøv igjen.',
    passphraseWrong: 'Skriv den riktige passordfrasen i feltet over, og prøv igjen. Spør avsenderen om du ikke har den.',
    again: 'Prøv igjen om litt, eller velg en annen fil.',
    fetchAgain: 'Når du har fila hel (last den ned eller kopier den på nytt), velger du den her igjen.',
    newerApp: 'Oppdater Prosjektboka, og les inn fila igjen.',
    otherFile: 'Velg en annen fil, eller be avsenderen om en ny.',
    close: 'Lukk',
  },
};

const en: typeof nb = {
  shown: {
    missingRecord: '(no longer exists)',
    riskScore: 'Risk score {{score}} ({{probability}} × {{consequence}}): {{zone}}',
  },
  raised: {
    caption: 'The conflicts importing will raise',
    record: 'Record',
    field: 'Field',
    kept: 'Holds after the import',
    setAside: 'Set aside',
    from: 'from {{name}}',
    recordKept: 'The record is kept, with the changes',
    recordDeleted: 'Deleted',
    more_one: '… and {{count}} more conflict.',
    more_other: '… and {{count}} more conflicts.',
  },
  failure: {
    passphraseMissing: 'The file is encrypted. Type the passphrase in the field above and try again.',
    passphraseWrong: 'Type the right passphrase in the field above and try again. Ask the sender if you do not have it.',
    again: 'Try again in a moment, or choose another file.',
    fetchAgain: 'Once you have the whole file (download or copy it again), choose it here once more.',
    newerApp: 'Update Prosjektboka, then import the file again.',
    otherFile: 'Choose another file, or ask the sender for a new one.',
    close: 'Close',
  },
};

registerCatalogue('sync', nb, en);

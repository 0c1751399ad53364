/** The command line's own refusals (electron/cli), bokmål first. */
export const CLI_MESSAGES = {
  'cli.unexpected': { nb: 'uventet feil: {detail}', en: 'unexpected error: {detail}' },
  'cli.no_command': { nb: 'mangler kommando; se prosjektboka --help.', en: 'no command given; see prosjektboka --help.' },
  'cli.unknown_command': { nb: 'ukjent kommando «{name}»; se prosjektboka --help.', en: 'unknown command “{name}”; see prosjektboka --help.' },
  'cli.bad_lang': { nb: 'Ukjent språk «{lang}» for --lang; bruk nb eller en.', en: 'Unknown language “{lang}” for --lang; use nb or en.' },
  'cli.unknown_kind': { nb: 'Ukjent posttype «{kind}»; bruk en av: {known}.', en: 'Unknown record kind “{kind}”; use one of: {known}.' },
  'cli.empty_and_from': { nb: '--empty og --from kan ikke brukes sammen.', en: '--empty and --from cannot be used together.' },
  'cli.full_and_for': { nb: '--full og --for kan ikke brukes sammen.', en: '--full and --for cannot be used together.' },
  'cli.folder_missing_not_made': { nb: 'Mappen {dir} finnes ikke; {file} er ikke laget.', en: 'The folder {dir} does not exist; {file} has not been made.' },
  'cli.folder_missing_not_written': { nb: 'Mappen {dir} finnes ikke; {file} er ikke skrevet.', en: 'The folder {dir} does not exist; {file} has not been written.' },
  'cli.folder_missing_nothing_written': { nb: 'Mappen {dir} finnes ikke; ingenting er skrevet.', en: 'The folder {dir} does not exist; nothing has been written.' },
  'cli.not_a_sync_file_exists': {
    nb: '{path} finnes allerede og er ingen synkfil; velg et annet filnavn (ingenting er overskrevet).',
    en: '{path} already exists and is not a sync file; choose another file name (nothing has been overwritten).',
  },
  'cli.overwrite_folder': { nb: 'Vil ikke skrive over {path}: det er en mappe.', en: 'Will not overwrite {path}: it is a folder.' },
  'cli.overwrite_workbook': { nb: 'Vil ikke skrive over {path}: det er arbeidsboka selv.', en: 'Will not overwrite {path}: it is the workbook itself.' },
  'cli.passphrase_env': {
    nb: 'Miljøvariabelen {variable} er ikke satt; den skal holde passordfrasen.',
    en: 'The environment variable {variable} is not set; it should hold the passphrase.',
  },
  'cli.scrypt_log_n': {
    nb: 'PROSJEKTBOKA_SCRYPT_LOG_N må være et heltall fra 10 til 20, ikke «{text}».',
    en: 'PROSJEKTBOKA_SCRYPT_LOG_N must be a whole number from 10 to 20, not “{text}”.',
  },
  'cli.unknown_print': { nb: 'Ukjent utskrift «{view}»; bruk en av: {known}.', en: 'Unknown printout “{view}”; use one of: {known}.' },
  'cli.meeting_needs_id': {
    nb: 'Møtereferat trenger møtets id: prosjektboka print <fil> meeting <id> --out <pdf>.',
    en: "Minutes need the meeting's id: prosjektboka print <file> meeting <id> --out <pdf>.",
  },
  'cli.person_needs_id': {
    nb: 'Personutskriften trenger personens id: prosjektboka print <fil> person <id> --out <pdf>.',
    en: "The personal data printout needs the person's id: prosjektboka print <file> person <id> --out <pdf>.",
  },
  'cli.report_needs_id': {
    nb: 'Rapportutskriften trenger rapportens id: prosjektboka print <fil> report <id> --out <pdf> (id-ene: prosjektboka list <fil> status-report).',
    en: "The report printout needs the report's id: prosjektboka print <file> report <id> --out <pdf> (the ids: prosjektboka list <file> status-report).",
  },
  'cli.erase_needs_yes': {
    nb: 'Dette sletter personopplysningene til «{name}»: navnet blir «Slettet person» i personposten og i {count} andre poster, e-postadressen fjernes, og de gamle verdiene forsvinner fra endringsloggen og søket (sikkerhetskopiene ved neste sikkerhetskopi). Det synkroniseres til alle installasjoner og kan ikke angres. Kjør igjen med --yes for å slette.',
    en: 'This erases the personal data of “{name}”: the name becomes “Slettet person” in the person record and in {count} other records, the e-mail address is removed, and the old values disappear from the change log and the search (from the backups at the next backup). It is synced to every installation and cannot be undone. Run again with --yes to erase.',
  },
  'cli.print_takes_no_id': { nb: 'Utskriften «{view}» tar ingen id.', en: 'The printout “{view}” takes no id.' },
  'cli.unknown_orientation': { nb: 'Ukjent retning «{orientation}»; bruk plan eller dsb.', en: 'Unknown orientation “{orientation}”; use plan or dsb.' },
  'cli.bad_date': { nb: 'Ugyldig dato «{date}»; skriv den som ÅÅÅÅ-MM-DD.', en: 'Invalid date “{date}”; write it as YYYY-MM-DD.' },
  'cli.resolve_how': { nb: 'Oppgi --keep current|other eller --value TEKST.', en: 'Give --keep current|other or --value TEXT.' },
  'cli.unknown_keep': { nb: 'Ukjent valg «{keep}» for --keep; bruk current eller other.', en: 'Unknown choice “{keep}” for --keep; use current or other.' },
  'cli.delete_conflict': {
    nb: 'En slettekonflikt løses med --keep current (behold posten) eller --keep other (slett den).',
    en: 'A delete conflict is settled with --keep current (keep the record) or --keep other (delete it).',
  },
  'cli.bad_port': { nb: 'Ugyldig port «{text}»: bruk et tall fra 0 til 65535.', en: 'Invalid port “{text}”: use a number from 0 to 65535.' },
  'cli.field_value': { nb: 'Forventet felt=verdi, fikk «{arg}».', en: 'Expected field=value, got “{arg}”.' },
  'cli.unknown_field': { nb: 'Ukjent felt «{name}» for {kind}; kjente felt: {known}.', en: 'Unknown field “{name}” for {kind}; known fields: {known}.' },
  'cli.field_twice': { nb: 'Feltet «{name}» er gitt mer enn én gang.', en: 'The field “{name}” is given more than once.' },
} as const;

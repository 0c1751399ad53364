/**
 * The workbook's, the API's and the printers' messages, bokmål first. Plain
 * data (see format.ts for the template syntax); checked complete by
 * tests/unit/messageCatalogue.test.ts.
 */
export const WORKBOOK_MESSAGES = {
  // The CLI's note that this file became a new installation (electron/workbook/installation.ts)
  'installation.notice': {
    nb: 'Merk: denne arbeidsboka ble en ny installasjon {when} fordi {reason}; ingenting er tapt, og endringer gjort i hver kopi når alle.',
    en: 'Note: this workbook became a new installation on {when} because {reason}; nothing is lost, and changes made in each copy reach everyone.',
  },
  'installation.notice_copied': {
    nb: 'den er en kopi av en arbeidsbokfil denne maskinen allerede bruker',
    en: 'it is a copy of a workbook file this machine already uses',
  },
  'installation.notice_restored': {
    nb: 'den er eldre enn det denne maskinen sist skrev i den (lagt tilbake fra en kopi eller sikkerhetskopi)',
    en: 'it is older than what this machine last wrote in it (put back from a copy or a backup)',
  },
  'installation.notice_new_machine': {
    nb: 'den er kopiert eller flyttet hit fra en annen maskin',
    en: 'it was copied or moved here from another machine',
  },
  'installation.notice_upgraded': {
    nb: 'den er tatt i bruk med signerte synkfiler',
    en: 'it has started using signed sync files',
  },
  // This installation's name (electron/workbook/installationName.ts)
  'installation.name_empty': {
    nb: 'Installasjonen trenger et navn, f.eks. «Indre Østfold – Mysen bibliotek». Navnet er ikke endret.',
    en: 'The installation needs a name, e.g. “Drammen – Hovedbiblioteket”. The name has not been changed.',
  },
  'installation.current': { nb: 'Denne installasjonen heter «{name}».', en: 'This installation is called “{name}”.' },
  'installation.current_placeholder': {
    nb: 'Denne installasjonen har ikke fått noe navn ennå («{name}»). Gi den et med prosjektboka installation name <fil> "Kommune – sted".',
    en: 'This installation has not been given a name yet (“{name}”). Give it one with prosjektboka installation name <file> "Municipality – place".',
  },
  'installation.named': { nb: 'Denne installasjonen heter nå «{name}».', en: 'This installation is now called “{name}”.' },
  'installation.name_too_long': {
    nb: 'Navnet er {length} tegn; det kan være høyst {max}. Navnet er ikke endret.',
    en: 'The name is {length} characters long; it can be at most {max}. The name has not been changed.',
  },
  // Opening a file (electron/workbook/errors.ts)
  'workbook.not_found': { nb: 'Finner ikke arbeidsboka {path}.', en: 'Cannot find the workbook {path}.' },
  'workbook.exists': {
    nb: '{path} finnes allerede; velg et annet filnavn (ingenting er overskrevet).',
    en: '{path} already exists; choose another file name (nothing has been overwritten).',
  },
  'workbook.not_a_workbook': { nb: '{path} er ikke en Prosjektboka-arbeidsbok.', en: '{path} is not a Prosjektboka workbook.' },
  'workbook.corrupt': {
    nb: 'Arbeidsboka {path} er skadet ({detail}). Gjenopprett en sikkerhetskopi.',
    en: 'The workbook {path} is damaged ({detail}). Restore a backup.',
  },
  'workbook.newer_version': {
    nb: 'Arbeidsboka {path} er laget av en nyere versjon av Prosjektboka (skjemaversjon {found}; denne versjonen kan åpne til og med {supported}). Oppdater Prosjektboka for å åpne den.',
    en: 'The workbook {path} was made by a newer version of Prosjektboka (schema version {found}; this version opens up to {supported}). Update Prosjektboka to open it.',
  },
  'workbook.busy': {
    nb: 'Arbeidsboka {path} er opptatt: et annet program skriver til den (for eksempel en import) og ble ikke ferdig i tide. Prøv igjen om litt. Ingenting er endret.',
    en: 'The workbook {path} is busy: another program is writing to it (an import, for example) and did not finish in time. Try again in a moment. Nothing has been changed.',
  },
  'workbook.sync_key_missing': {
    nb: 'Denne installasjonen har ikke arbeidsbokas synknøkkel (arbeidsboka er flyttet eller kopiert fra en annen maskin). Les inn en full synkfil fra en av de andre installasjonene, så får den nøkkelen. Ingenting er endret.',
    en: "This installation does not have the workbook's sync key (the workbook was moved or copied from another machine). Import a full sync file from one of the other installations to get the key. Nothing has been changed.",
  },
  'workbook.keys_in_keychain': {
    nb: 'Nøklene til denne installasjonen ligger i operativsystemets nøkkelring, som bare skrivebordsappen Prosjektboka kan åpne. Synkroniser fra appen. Ingenting er endret.',
    en: "This installation's keys are in the operating system's keychain, which only the Prosjektboka desktop app can open. Sync from the app. Nothing has been changed.",
  },
  'workbook.no_workbook': {
    nb: 'Ingen arbeidsbok er åpen; åpne eller lag en arbeidsbok først.',
    en: 'No workbook is open; open or create a workbook first.',
  },

  // Records (electron/workbook/commands.ts, conflictResolution.ts)
  'record.cannot_delete': { nb: 'Et {kind} kan ikke slettes, bare endres.', en: 'A {kind} cannot be deleted, only changed.' },
  'record.singleton': {
    nb: 'Arbeidsboka har allerede et {kind}; endre det i stedet.',
    en: 'The workbook already has a {kind}; change that one instead.',
  },
  'record.not_an_object': { nb: 'Ugyldig {kind}: feltene må være et objekt.', en: 'Invalid {kind}: the fields must be an object.' },
  'record.invalid': { nb: 'Ugyldig {kind}: {issues}.', en: 'Invalid {kind}: {issues}.' },
  'record.not_found': { nb: 'Finner ingen {kind} med id {id}.', en: 'There is no {kind} with id {id}.' },
  'record.gone': { nb: 'Posten {id} finnes ikke lenger.', en: 'The record {id} no longer exists.' },
  'record.missing_reference': {
    nb: 'Finnes ingen {kind} med id {id} ({field}).',
    en: 'There is no {kind} with id {id} ({field}).',
  },
  'record.no_such_field': { nb: '{kind} har ikke feltet {field}.', en: '{kind} has no field {field}.' },
  // A text already worded elsewhere (a print page's own message), passed on as it is.
  'text.as_given': { nb: '{text}', en: '{text}' },
  'field.issue': { nb: '{field}: {message}', en: '{field}: {message}' },

  // Conflicts
  'conflict.not_found': {
    nb: 'Finner ingen åpen konflikt med id {id}; se prosjektboka conflicts.',
    en: 'There is no open conflict with id {id}; see prosjektboka conflicts.',
  },
  'conflict.delete_keep': {
    nb: 'En slettekonflikt løses ved å beholde posten (--keep current) eller slette den (--keep other).',
    en: 'A delete conflict is settled by keeping the record (--keep current) or deleting it (--keep other).',
  },
  'conflict.choose': {
    nb: 'Velg en av verdiene (keep) eller skriv en ny (value).',
    en: 'Choose one of the values (keep) or write a new one (value).',
  },

  // Backups (electron/workbook/backup.ts)
  'backup.not_found': {
    nb: 'Finner ingen sikkerhetskopi «{name}» for {path}; se prosjektboka backup list.',
    en: 'There is no backup “{name}” for {path}; see prosjektboka backup list.',
  },
  'backup.other_workbook': {
    nb: 'Sikkerhetskopien «{name}» hører til en annen arbeidsbok. Ingenting er endret.',
    en: 'The backup “{name}” belongs to another workbook. Nothing has been changed.',
  },
  'backup.damaged': {
    nb: 'Sikkerhetskopien «{name}» kan ikke leses helt: den er skadet, eller den fulle kopien den bygger på, mangler. Ingenting er endret.',
    en: 'The backup “{name}” cannot be read whole: it is damaged, or the full copy it builds on is missing. Nothing has been changed.',
  },
  'backup.locked': {
    nb: 'Arbeidsboka {path} er i bruk av et annet program; lukk det og prøv igjen. Ingenting er endret.',
    en: 'The workbook {path} is in use by another program; close it and try again. Nothing has been changed.',
  },

  // The API and its hosts (electron/api, electron/webhost, electron/main)
  'api.unknown_method': { nb: 'Ukjent API-kall: {method}.', en: 'Unknown API call: {method}.' },
  'api.invalid_arguments': { nb: 'Ugyldige argumenter til {method}: {issues}.', en: 'Invalid arguments to {method}: {issues}.' },
  'api.internal': { nb: 'Uventet feil i {method}: {detail}', en: 'Unexpected error in {method}: {detail}' },
  'api.unexpected': { nb: 'Uventet feil: {detail}', en: 'Unexpected error: {detail}' },
  'api.arguments_unsendable': { nb: 'Argumentene til {method} kan ikke sendes: {detail}', en: 'The arguments to {method} cannot be sent: {detail}' },
  'api.worker_stopped': {
    nb: 'Databasetråden har stoppet; start Prosjektboka på nytt. Endringer som ble lagret før dette, er i behold.',
    en: 'The database thread has stopped; restart Prosjektboka. Changes saved before this are kept.',
  },
  'api.worker_not_running': { nb: 'Databasedelen av Prosjektboka kjører ikke.', en: 'The database part of Prosjektboka is not running.' },
  'api.forbidden': {
    nb: 'Avvist: kallet kom ikke fra Prosjektboka sitt eget vindu.',
    en: "Refused: the call did not come from Prosjektboka's own window.",
  },
  'api.no_bridge': { nb: 'Prosjektboka er ikke koblet til en arbeidsbok.', en: 'Prosjektboka is not connected to a workbook.' },
  'api.no_pdf_here': {
    nb: 'Denne visningen lager ikke PDF; bruk utskriftsmenyen.',
    en: 'This view does not make PDFs; use the print menu.',
  },
  'api.one_workbook': {
    nb: 'Denne visningen viser én arbeidsbok; åpne andre fra skrivebordsappen.',
    en: 'This view shows one workbook; open others from the desktop app.',
  },
  'api.no_disk': {
    nb: 'Denne visningen kan ikke lese eller skrive filer på disken; bruk skrivebordsappen, eller send filinnholdet.',
    en: 'This view cannot read or write files on disk; use the desktop app, or send the file content.',
  },
  'api.sync_file_needed': {
    nb: 'Oppgi synkfila: innholdet (contentBase64) eller stien.',
    en: 'Give the sync file: its content (contentBase64) or its path.',
  },
  'api.preview_token_unknown': {
    nb: 'Forhåndsvisningen {token} er ikke kjent lenger (den er over {minutes} minutter gammel, arbeidsboka er byttet eller gjenopprettet siden, eller den er brukt). Forhåndsvis fila på nytt.',
    en: 'The preview {token} is no longer known (it is over {minutes} minutes old, the workbook was switched or restored since, or it was used). Preview the file again.',
  },
  'api.preview_token_and_file': {
    nb: 'Oppgi enten forhåndsvisningen (token) eller fila (contentBase64 eller stien), ikke begge.',
    en: 'Give either the preview (token) or the file (contentBase64 or its path), not both.',
  },
  'api.folder_not_found': { nb: 'Finner ikke mappa {path}.', en: 'Cannot find the folder {path}.' },
  'api.no_sync_folder': {
    nb: 'Ingen synkmappe er valgt for denne installasjonen.',
    en: 'No sync folder has been chosen for this installation.',
  },
  'web.not_built': {
    nb: 'Brukergrensesnittet er ikke bygget; kjør «npm run build» først.',
    en: 'The user interface has not been built; run “npm run build” first.',
  },
  'web.post_only': { nb: 'API-kall må sendes med POST.', en: 'API calls must be sent with POST.' },
  'web.json_only': { nb: 'API-kall må sendes som JSON.', en: 'API calls must be sent as JSON.' },
  'web.test_failure': { nb: 'Kallet feilet (en diskfeil simulert av testen).', en: 'The call failed (a disk error simulated by the test).' },
  'web.too_large': { nb: 'Forespørselen er for stor.', en: 'The request is too large.' },
  'web.bad_json': { nb: 'Forespørselen er ikke gyldig JSON.', en: 'The request is not valid JSON.' },

  // Printing and exports (electron/print, electron/export, the print views)
  'print.desktop_only': {
    nb: 'Skrivebordsappen lager PDF med sin egen utskrift, ikke via nettleseren.',
    en: 'The desktop app makes PDFs with its own printing, not through the browser.',
  },
  'print.timeout': {
    nb: 'Utskriften ble ikke ferdig innen {seconds} s: {reason}.',
    en: 'The printout did not finish within {seconds} s: {reason}.',
  },
  'print.page_showed': { nb: 'siden viste «{shown}»', en: 'the page showed “{shown}”' },
  'print.page_empty': { nb: 'siden var tom', en: 'the page was empty' },
  'print.chromium_not_at': {
    nb: 'Fant ikke Chromium på {path}; oppgi riktig sti med --chromium.',
    en: 'Chromium is not at {path}; give the right path with --chromium.',
  },
  'print.no_chromium': {
    nb: 'Fant ingen Chromium til å lage PDF: installer Chromium (Debian: apt-get install chromium), sett CHROME_PATH eller bruk --chromium STI.',
    en: 'No Chromium found to make the PDF: install Chromium (Debian: apt-get install chromium), set CHROME_PATH or use --chromium PATH.',
  },
  'print.chromium_failed': {
    nb: 'Klarte ikke å starte Chromium ({path}): {detail}',
    en: 'Could not start Chromium ({path}): {detail}',
  },
  'print.meeting_not_found': { nb: 'Finner ingen møte med id {id}.', en: 'There is no meeting with id {id}.' },
  'print.meeting_needs_id': { nb: 'Møtereferatet trenger møtets id.', en: "The minutes need the meeting's id." },
  'print.report_needs_id': { nb: 'Rapporten trenger rapportens id.', en: "The report needs the report's id." },
  'print.unknown_view': { nb: 'Utskriften «{view}» finnes ikke.', en: 'There is no printout “{view}”.' },
  'export.unknown_table': {
    nb: 'Ukjent tabell «{kind}»; bruk en av: {known}.',
    en: 'Unknown table “{kind}”; use one of: {known}.',
  },
  'workbook.no_order': { nb: '{kind} har ingen rekkefølge.', en: '{kind} has no order.' },
  'workbook.order_twice': { nb: 'Samme post står to ganger i rekkefølgen.', en: 'The same record is twice in the order.' },
  'workbook.erase_by_field': {
    nb: 'En person slettes med «Slett personopplysninger» (prosjektboka person erase), ikke ved å endre et felt.',
    en: 'A person is erased with “Erase personal data” (prosjektboka person erase), not by changing a field.',
  },
  'workbook.backup_before_erasure': {
    nb: 'Sikkerhetskopien «{name}» er eldre enn en sletting av personopplysninger, og ville hentet dem tilbake. Ingenting er endret.',
    en: 'The backup “{name}” is older than an erasure of personal data, and would bring it back. Nothing has been changed.',
  },
  'workbook.person_ambiguous': {
    nb: 'Flere personer heter «{name}»: {ids}. Bruk id-en.',
    en: 'Several people are called “{name}”: {ids}. Use the id.',
  },
  'workbook.person_not_found': {
    nb: 'Finner ingen person med id eller navn «{name}»; se prosjektboka list <fil> person.',
    en: 'No person has the id or name “{name}”; see prosjektboka list <file> person.',
  },
  'export.unknown_format': { nb: 'Ukjent format «{format}»; bruk csv eller xlsx.', en: 'Unknown format “{format}”; use csv or xlsx.' },
} as const;

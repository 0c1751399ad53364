/**
 * Sync's messages (electron/sync/errors.ts, electron/workbook/mergeErrors.ts
 * and the details they name), bokmål first. Every refusal ends by saying
 * nothing was imported ({nothing} is sync.nothing_imported).
 */
export const SYNC_MESSAGES = {
  'sync.nothing_imported': { nb: 'Ingenting er importert.', en: 'Nothing has been imported.' },
  'sync.the_file': { nb: 'Fila', en: 'The file' },
  'sync.named_file': { nb: '«{name}»', en: '“{name}”' },
  'sync.file_header': { nb: '{what} (hodet)', en: '{what} (its header)' },
  'sync.file_unpacked': { nb: '{what} (utpakket)', en: '{what} (unpacked)' },
  'sync.the_sync_file': { nb: 'Synkfila', en: 'The sync file' },

  'sync.not_a_sync_file': { nb: '{what} er ingen synkfil fra Prosjektboka. {nothing}', en: '{what} is not a Prosjektboka sync file. {nothing}' },
  'sync.truncated': {
    nb: '{what} er ufullstendig (avkortet, kanskje ikke ferdig kopiert eller lastet ned). Hent fila på nytt. {nothing}',
    en: '{what} is incomplete (cut short, perhaps not fully copied or downloaded). Fetch the file again. {nothing}',
  },
  'sync.truncated_or_damaged': {
    nb: '{what} er ufullstendig eller skadet (den krypterte fila er avkortet eller endret). Hent fila på nytt. {nothing}',
    en: '{what} is incomplete or damaged (the encrypted file is cut short or changed). Fetch the file again. {nothing}',
  },
  'sync.corrupt': { nb: '{what} er skadet ({detail}). Be om en ny fil. {nothing}', en: '{what} is damaged ({detail}). Ask for a new file. {nothing}' },
  'sync.too_large': { nb: '{what} er urimelig stor (over {limit}); den er avvist. {nothing}', en: '{what} is unreasonably large (over {limit}); it has been refused. {nothing}' },
  'sync.too_slow': {
    nb: '{what} ble ikke lest ferdig innen {seconds} sekunder (en nettverksdisk som henger, eller en urimelig fil); den er hoppet over. {nothing}',
    en: '{what} was not read within {seconds} seconds (a network drive that hangs, or an unreasonable file); it has been skipped. {nothing}',
  },
  'sync.newer_format': {
    nb: '{what} er laget av en nyere versjon av Prosjektboka (synkformat {version}, krever versjon {minApp} eller nyere). Oppdater Prosjektboka og prøv igjen. {nothing}',
    en: '{what} was made by a newer version of Prosjektboka (sync format {version}, needs version {minApp} or newer). Update Prosjektboka and try again. {nothing}',
  },
  'sync.other_workbook': {
    nb: '{what} hører til en annen arbeidsbok (id {theirs}), ikke denne. {nothing}',
    en: '{what} belongs to another workbook (id {theirs}), not this one. {nothing}',
  },
  'sync.tampered': {
    nb: '{what} er endret etter at den ble laget, eller laget med en annen nøkkel: autentiseringen (HMAC) stemmer ikke. {nothing}',
    en: '{what} was changed after it was made, or made with another key: its authentication (HMAC) does not match. {nothing}',
  },
  'sync.passphrase_missing': {
    nb: '{what} er kryptert med passordfrase; oppgi passordfrasen for å åpne den. {nothing}',
    en: '{what} is encrypted with a passphrase; give the passphrase to open it. {nothing}',
  },
  'sync.passphrase_wrong': { nb: 'Feil passordfrase for {what}. {nothing}', en: 'Wrong passphrase for {what}. {nothing}' },
  'sync.malformed': { nb: '{what} er ugyldig: {detail}. {nothing}', en: '{what} is invalid: {detail}. {nothing}' },
  'sync.gap': {
    nb: '{what} bygger på endringer som denne installasjonen ikke har (kanskje etter en gjenoppretting fra sikkerhetskopi). Be {sender} om en ny fil etter at de har fått en fil herfra, eller om en full fil. {nothing}',
    en: '{what} builds on changes this installation does not have (perhaps after a restore from a backup). Ask {sender} for a new file after they have had one from here, or for a full file. {nothing}',
  },
  'sync.not_full': {
    nb: '{what} er en delta-fil; for å bli med i en arbeidsbok trengs en full synkfil (sync export --full). Ingenting er laget.',
    en: '{what} is a delta file; joining a workbook needs a full sync file (sync export --full). Nothing has been made.',
  },
  'sync.key_mismatch': {
    nb: '{what} oppgir en annen signeringsnøkkel for {name} enn den denne arbeidsboka kjenner: fila er forfalsket, eller laget av en kopi som tok installasjonens navn. {nothing}',
    en: "{what} gives another signing key for {name} than the one this workbook knows: the file is forged, or made by a copy that took the installation's name. {nothing}",
  },
  'sync.unsigned': {
    nb: '{what} har {n} {n|endring|endringer} i navnet til {name} som {name} ikke har signert: {n|den er|de er} forfalsket, laget av noen andre med arbeidsbokas nøkkel. {nothing}',
    en: "{what} has {n} {n|change|changes} in the name of {name} that {name} has not signed: {n|it is|they are} forged, made by someone else with the workbook's key. {nothing}",
  },
  'sync.own_forged': {
    nb: '{what} har {n} {n|endring|endringer} i navnet til denne installasjonen som den aldri har laget, og som ikke er signert med dens nøkkel: {n|den er|de er} forfalsket. {nothing}',
    en: '{what} has {n} {n|change|changes} in the name of this installation that it never made, and that are not signed with its key: {n|it is|they are} forged. {nothing}',
  },
  'sync.bad_signature': {
    nb: '{what}: signaturen til {name} stemmer ikke, så fila er forfalsket eller skadet. {nothing}',
    en: '{what}: the signature of {name} does not match, so the file is forged or damaged. {nothing}',
  },
  'sync.altered': {
    nb: '{what} har {n} {n|endring|endringer} i navnet til {name} som ikke er slik {name} signerte {n|den|dem}: {n|den er|de er} endret etterpå eller forfalsket. {nothing}',
    en: '{what} has {n} {n|change|changes} in the name of {name} that are not as {name} signed {n|it|them}: {n|it was|they were} changed afterwards or forged. {nothing}',
  },
  'sync.own_file': {
    nb: '{what} er laget av denne installasjonen selv; det er ingenting å importere.',
    en: '{what} was made by this installation itself; there is nothing to import.',
  },
  'sync.unknown_replica': {
    nb: 'Kjenner ingen installasjon «{name}»; se prosjektboka sync status.',
    en: 'No installation “{name}” is known; see prosjektboka sync status.',
  },
  'sync.ambiguous_replica': {
    nb: 'Flere installasjoner heter «{name}»; bruk id-en fra prosjektboka sync status.',
    en: 'Several installations are called “{name}”; use the id from prosjektboka sync status.',
  },
  'sync.not_regular': {
    nb: '{what} er {type}, ikke en vanlig fil; den er ikke lest. {nothing}',
    en: '{what} is {type}, not a regular file; it has not been read. {nothing}',
  },
  'sync.type_symlink': { nb: 'en symbolsk lenke', en: 'a symbolic link' },
  'sync.type_fifo': { nb: 'en FIFO (et rør)', en: 'a FIFO (a pipe)' },
  'sync.type_directory': { nb: 'en mappe', en: 'a folder' },
  'sync.type_device': { nb: 'en enhet eller en socket', en: 'a device or a socket' },
  'sync.file_not_found': { nb: 'Finner ikke synkfila {path}.', en: 'Cannot find the sync file {path}.' },
  'sync.file_unopenable': { nb: 'Kan ikke åpne synkfila {path}: {detail}.', en: 'Cannot open the sync file {path}: {detail}.' },
  'sync.folder_not_found': { nb: 'Finner ikke synkmappa {path}.', en: 'Cannot find the sync folder {path}.' },

  // The apply path's refusals (electron/workbook/mergeErrors.ts)
  'sync.missing_field': {
    nb: 'Synkfila er ugyldig: {kind} {id} mangler feltet «{field}» (opprettelsen av posten er ikke med). {nothing}',
    en: 'The sync file is invalid: {kind} {id} lacks the field “{field}” (the record’s creation is not in it). {nothing}',
  },
  'sync.kind_mismatch': {
    nb: 'Synkfila er ugyldig: posten {id} er {local} her, men {incoming} i fila. {nothing}',
    en: 'The sync file is invalid: the record {id} is a {local} here, but a {incoming} in the file. {nothing}',
  },
  'sync.dangling_reference': {
    nb: 'Synkfila er ugyldig: {kind} {id} viser i feltet «{field}» til {target}, som verken fila eller arbeidsboka har. {nothing}',
    en: 'The sync file is invalid: {kind} {id} refers in the field “{field}” to {target}, which neither the file nor the workbook has. {nothing}',
  },
  'sync.erased_without_erasure': {
    nb: 'Synkfila er ugyldig: den har slettede verdier (personopplysninger som er fjernet), men ingen sletting av en person som forklarer dem. {nothing}',
    en: 'The sync file is invalid: it has erased values (personal data that was removed), but no erasure of a person that explains them. {nothing}',
  },

  // What is wrong inside a file ({detail} above)
  'sync.detail.decrypted_not_sync': { nb: 'det dekrypterte innholdet er ingen synkfil', en: 'the decrypted content is not a sync file' },
  'sync.detail.mac_missing': { nb: 'autentiseringskoden mangler', en: 'the authentication code is missing' },
  'sync.detail.compression': { nb: 'komprimeringen er ødelagt', en: 'the compression is broken' },
  'sync.detail.encryption': { nb: 'krypteringen kan ikke leses: {message}', en: 'the encryption cannot be read: {message}' },
  'sync.detail.scrypt_limit': { nb: 'scrypt-arbeidsfaktor 2^20', en: 'scrypt work factor 2^20' },
  'sync.detail.header_json': { nb: 'hodet er ikke gyldig JSON', en: 'the header is not valid JSON' },
  'sync.detail.content_json': { nb: 'innholdet er ikke gyldig JSON', en: 'the content is not valid JSON' },
  'sync.detail.header_forbidden_key': { nb: 'hodet har en ulovlig nøkkel «{key}»', en: 'the header has a forbidden key “{key}”' },
  'sync.detail.forbidden_key': { nb: 'den har en ulovlig nøkkel «{key}»', en: 'it has a forbidden key “{key}”' },
  'sync.detail.header_field': { nb: 'hodet: {field}: {message}', en: 'header: {field}: {message}' },
  'sync.detail.counts_in_v1': { nb: 'hodet har «counts», som synkformat 1 ikke har', en: 'the header has “counts”, which sync format 1 does not have' },
  'sync.detail.counts_missing': { nb: 'hodet mangler «counts»', en: 'the header lacks “counts”' },
  'sync.detail.counts_unknown': {
    nb: 'counts nevner en installasjon som versionVector ikke har ({id})',
    en: 'counts names an installation that versionVector does not have ({id})',
  },
  'sync.detail.bad_replica_id': { nb: '{name} har en ugyldig installasjons-id «{id}»', en: '{name} has an invalid installation id “{id}”' },
  'sync.detail.bad_stamp_for': { nb: '{name} har et ugyldig tidsstempel for {id}', en: '{name} has an invalid timestamp for {id}' },
  'sync.detail.changes_limit': { nb: '{n} endringer', en: '{n} changes' },
  'sync.detail.field': { nb: '{field}: {message}', en: '{field}: {message}' },
  'sync.detail.count_mismatch': { nb: 'hodet sier {said} endringer, fila har {has}', en: 'the header says {said} changes, the file has {has}' },
  'sync.detail.full_without_key': { nb: 'en full fil mangler arbeidsbokas nøkkel', en: "a full file lacks the workbook's key" },
  'sync.detail.v1_signatures': { nb: 'synkformat 1 har verken signaturer eller nøkler', en: 'sync format 1 has neither signatures nor keys' },
  'sync.detail.replica_twice': { nb: 'installasjonen {id} står to ganger i replicas', en: 'the installation {id} is listed twice in replicas' },
  'sync.detail.signature_unknown_replica': {
    nb: 'signatur nr. {n} viser til en installasjon som ikke finnes',
    en: 'signature no. {n} refers to an installation that does not exist',
  },
  'sync.detail.signature_bad_stamps': { nb: 'signatur nr. {n} har ugyldige stempellinjer', en: 'signature no. {n} has invalid stamp lines' },
  'sync.detail.change_unknown_replica': {
    nb: 'endring nr. {n} viser til en installasjon som ikke finnes',
    en: 'change no. {n} refers to an installation that does not exist',
  },
  'sync.detail.change_bad_stamp': { nb: 'endring nr. {n} har et ugyldig tidsstempel', en: 'change no. {n} has an invalid timestamp' },
  'sync.detail.erased_bad_hash': { nb: 'endring nr. {n} har en ugyldig hash for en slettet verdi', en: 'change no. {n} has an invalid hash for an erased value' },
  'sync.detail.erased_field': {
    nb: '{kind} {id}: {field} finnes bare for en person, med verdien sann',
    en: '{kind} {id}: {field} exists only for a person, with the value true',
  },
  // Version 3's columns (electron/sync/columnarRead.ts); {problem} names the column or part that is wrong.
  'sync.detail.columns': { nb: 'blokk nr. {block} av endringene er ødelagt ({problem})', en: 'block no. {block} of the changes is damaged ({problem})' },
  'sync.detail.change_shape': { nb: 'endring nr. {n} har feil form', en: 'change no. {n} has the wrong shape' },
  'sync.detail.change_unknown_kind': { nb: 'endring nr. {n} har en ukjent posttype «{kind}»', en: 'change no. {n} has an unknown record kind “{kind}”' },
  'sync.detail.change_bad_id': { nb: 'endring nr. {n} har en ugyldig post-id', en: 'change no. {n} has an invalid record id' },
  'sync.detail.change_no_field': { nb: 'endring nr. {n} mangler feltnavn', en: 'change no. {n} lacks a field name' },
  'sync.detail.deleted_boolean': { nb: '{kind} {id}: {field} må være sann eller usann', en: '{kind} {id}: {field} must be true or false' },
  'sync.detail.unknown_field': { nb: 'ukjent felt «{field}» for {kind} {id}', en: 'unknown field “{field}” for {kind} {id}' },
  'sync.detail.record_field': { nb: '{kind} {id}: {field}: {message}', en: '{kind} {id}: {field}: {message}' },
  'sync.detail.bad_prev': { nb: 'endring nr. {n} har en ugyldig prev', en: 'change no. {n} has an invalid prev' },
  'sync.detail.self_parent': { nb: 'endring nr. {n} bygger på seg selv', en: 'change no. {n} builds on itself' },
  'sync.detail.change_twice': {
    nb: 'endringen av «{field}» i {kind} {id} ({stamp}) står to ganger',
    en: 'the change of “{field}” in {kind} {id} ({stamp}) is there twice',
  },
  'sync.detail.id_two_kinds': {
    nb: 'post-id {id} er brukt både for {known} og {kind}',
    en: 'record id {id} is used both for {known} and {kind}',
  },
} as const;

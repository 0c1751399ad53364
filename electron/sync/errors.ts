import { WorkbookError } from '../../shared/errors.js';
import { mergeErrors, NOTHING_IMPORTED as NOTHING } from '../workbook/mergeErrors.js';

/**
 * Every way a sync file can be refused, in words a coordinator can act on.
 * Each refusal leaves the workbook as it was; the message says so.
 */
export const syncErrors = {
  notASyncFile: (what: string) =>
    new WorkbookError('sync_not_a_sync_file', `${what} er ingen synkfil fra Prosjektboka. ${NOTHING}`),
  truncated: (what: string) =>
    new WorkbookError(
      'sync_truncated',
      `${what} er ufullstendig (avkortet, kanskje ikke ferdig kopiert eller lastet ned). Hent fila på nytt. ${NOTHING}`,
    ),
  truncatedOrDamaged: (what: string) =>
    new WorkbookError(
      'sync_truncated',
      `${what} er ufullstendig eller skadet (den krypterte fila er avkortet eller endret). Hent fila på nytt. ${NOTHING}`,
    ),
  corrupt: (what: string, detail: string) =>
    new WorkbookError('sync_corrupt', `${what} er skadet (${detail}). Be om en ny fil. ${NOTHING}`),
  tooLarge: (what: string, limit: string) =>
    new WorkbookError('sync_too_large', `${what} er urimelig stor (over ${limit}); den er avvist. ${NOTHING}`),
  tooSlow: (what: string, seconds: number) =>
    new WorkbookError(
      'sync_too_slow',
      `${what} ble ikke lest ferdig innen ${seconds} sekunder (en nettverksdisk som henger, eller en urimelig fil); den er hoppet over. ${NOTHING}`,
      'failure',
    ),
  newerFormat: (what: string, version: number, minApp: string) =>
    new WorkbookError(
      'sync_newer_format',
      `${what} er laget av en nyere versjon av Prosjektboka (synkformat ${version}, krever versjon ${minApp} eller nyere). ` +
        `Oppdater Prosjektboka og prøv igjen. ${NOTHING}`,
    ),
  otherWorkbook: (what: string, theirs: string) =>
    new WorkbookError(
      'sync_other_workbook',
      `${what} hører til en annen arbeidsbok (id ${theirs}), ikke denne. ${NOTHING}`,
    ),
  tampered: (what: string) =>
    new WorkbookError(
      'sync_tampered',
      `${what} er endret etter at den ble laget, eller laget med en annen nøkkel: autentiseringen (HMAC) stemmer ikke. ${NOTHING}`,
    ),
  passphraseMissing: (what: string) =>
    new WorkbookError(
      'sync_passphrase_missing',
      `${what} er kryptert med passordfrase; oppgi passordfrasen for å åpne den. ${NOTHING}`,
    ),
  passphraseWrong: (what: string) =>
    new WorkbookError('sync_passphrase_wrong', `Feil passordfrase for ${what}. ${NOTHING}`),
  malformed: (what: string, detail: string) =>
    new WorkbookError('sync_malformed', `${what} er ugyldig: ${detail}. ${NOTHING}`),
  // The apply path's own refusals live with it (electron/workbook/mergeErrors.ts).
  ...mergeErrors,
  gap: (what: string, sender: string) =>
    new WorkbookError(
      'sync_gap',
      `${what} bygger på endringer som denne installasjonen ikke har (kanskje etter en gjenoppretting fra sikkerhetskopi). ` +
        `Be ${sender} om en ny fil etter at de har fått en fil herfra, eller om en full fil. ${NOTHING}`,
    ),
  notFull: (what: string) =>
    new WorkbookError(
      'sync_not_full',
      `${what} er en delta-fil; for å bli med i en arbeidsbok trengs en full synkfil (sync export --full). Ingenting er laget.`,
    ),
  keyMismatch: (what: string, name: string) =>
    new WorkbookError(
      'sync_forged',
      `${what} oppgir en annen signeringsnøkkel for ${name} enn den denne arbeidsboka kjenner: fila er forfalsket, ` +
        `eller laget av en kopi som tok installasjonens navn. ${NOTHING}`,
    ),
  unsigned: (what: string, name: string, n: number) =>
    new WorkbookError(
      'sync_forged',
      `${what} har ${n} ${n === 1 ? 'endring' : 'endringer'} i navnet til ${name} som ${name} ikke har signert: ` +
        `${n === 1 ? 'den er' : 'de er'} forfalsket, laget av noen andre med arbeidsbokas nøkkel. ${NOTHING}`,
    ),
  ownForged: (what: string, n: number) =>
    new WorkbookError(
      'sync_forged',
      `${what} har ${n} ${n === 1 ? 'endring' : 'endringer'} i navnet til denne installasjonen som den aldri har laget, ` +
        `og som ikke er signert med dens nøkkel: ${n === 1 ? 'den er' : 'de er'} forfalsket. ${NOTHING}`,
    ),
  badSignature: (what: string, name: string) =>
    new WorkbookError(
      'sync_forged',
      `${what}: signaturen til ${name} stemmer ikke, så fila er forfalsket eller skadet. ${NOTHING}`,
    ),
  altered: (what: string, name: string, n: number) =>
    new WorkbookError(
      'sync_forged',
      `${what} har ${n} ${n === 1 ? 'endring' : 'endringer'} i navnet til ${name} som ikke er slik ${name} signerte ` +
        `${n === 1 ? 'den' : 'dem'}: ${n === 1 ? 'den er' : 'de er'} endret etterpå eller forfalsket. ${NOTHING}`,
    ),
  ownFile: (what: string) =>
    new WorkbookError('sync_own_file', `${what} er laget av denne installasjonen selv; det er ingenting å importere.`),
  unknownReplica: (name: string) =>
    new WorkbookError('sync_unknown_replica', `Kjenner ingen installasjon «${name}»; se prosjektboka sync status.`),
  ambiguousReplica: (name: string) =>
    new WorkbookError('sync_ambiguous_replica', `Flere installasjoner heter «${name}»; bruk id-en fra prosjektboka sync status.`),
};

import { WorkbookError } from '../../shared/errors.js';

/** The ways a file can fail to be a usable workbook, each in words a user can act on. */
export const openErrors = {
  notFound: (path: string) => new WorkbookError('not_found', `Finner ikke arbeidsboka ${path}.`),
  exists: (path: string) =>
    new WorkbookError('exists', `${path} finnes allerede; velg et annet filnavn (ingenting er overskrevet).`),
  notAWorkbook: (path: string) =>
    new WorkbookError('not_a_workbook', `${path} er ikke en Prosjektboka-arbeidsbok.`),
  corrupt: (path: string, detail: string) =>
    new WorkbookError('corrupt', `Arbeidsboka ${path} er skadet (${detail}). Gjenopprett en sikkerhetskopi.`, 'failure'),
  newerVersion: (path: string, found: number, supported: number) =>
    new WorkbookError(
      'newer_version',
      `Arbeidsboka ${path} er laget av en nyere versjon av Prosjektboka (skjemaversjon ${found}; ` +
        `denne versjonen kan åpne til og med ${supported}). Oppdater Prosjektboka for å åpne den.`,
    ),
};

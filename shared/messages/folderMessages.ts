/**
 * The sync folder's report (electron/sync/syncFolder.ts) and the
 * mass-deletion guard: what an exchange left alone, and why, in words a
 * coordinator can act on. Bokmål first.
 */
export const FOLDER_MESSAGES = {
  'sync.mass_deletion': {
    nb: '{what} ville slette {deleted} av {live} poster i arbeidsboka ({percent} %). Så mange slettinger på én gang er oftest en feil et sted. Se gjennom forhåndsvisningen, og bekreft slettingen bare hvis den er meningen. {nothing}',
    en: '{what} would delete {deleted} of the {live} records in the workbook ({percent} %). That many deletions at once are most often a mistake somewhere. Look through the preview, and confirm the deletion only if it is meant. {nothing}',
  },
  'sync.mass_deletion_preview': {
    nb: 'Obs: denne fila sletter {deleted} av {live} poster ({percent} %). Den leses bare inn når du bekrefter slettingen.',
    en: 'Note: this file deletes {deleted} of the {live} records ({percent} %). It is imported only when you confirm the deletion.',
  },
  'cli.sync.mass_deletion_confirm': {
    nb: 'Er det meningen, les den inn med --allow-mass-deletion.',
    en: 'If that is meant, import it with --allow-mass-deletion.',
  },
  'cli.sync.mass_deletion_refused': {
    nb: '{refusal} Er det meningen, les den inn med --allow-mass-deletion (se først med --dry-run).',
    en: '{refusal} If that is meant, import it with --allow-mass-deletion (look first with --dry-run).',
  },
  'cli.sync.held_back': { nb: '{file}: {reason}', en: '{file}: {reason}' },
  'cli.sync.folder_note': { nb: '{file}: {note}', en: '{file}: {note}' },
  'sync.folder_held_back': {
    nb: 'holdt tilbake – den ville slette {deleted} av {live} poster ({percent} %). Synkmappa leser aldri inn så mange slettinger uten at noen har sett dem: les inn fila for hånd, se forhåndsvisningen og bekreft. Ingenting fra den er importert.',
    en: 'held back – it would delete {deleted} of the {live} records ({percent} %). The sync folder never imports that many deletions without someone having seen them: import the file by hand, look at the preview and confirm. Nothing from it has been imported.',
  },
  'sync.folder_in_transfer': {
    nb: 'synkprogrammet henter fortsatt «{target}» hit (en halvferdig fil); den leses når den er hel.',
    en: 'the sync program is still bringing “{target}” here (a partial file); it is read once it is whole.',
  },
  'sync.folder_own_copy': {
    nb: 'en kopi {engine} av denne installasjonens egen fil; den er ikke lest, siden alt i den kommer herfra. Den kan slettes.',
    en: 'a copy {engine} of this installation’s own file; it has not been read, since all it holds comes from here. It may be deleted.',
  },
  'sync.folder_peer_copy': {
    nb: 'en kopi {engine} av fila til en annen installasjon; lest som dens fil (det den også har i hovedfila, endrer ingenting).',
    en: 'a copy {engine} of another installation’s file; read as its file (what its main file also holds changes nothing).',
  },
  'sync.engine_syncthing': { nb: 'som Syncthing laget ved en konflikt', en: 'Syncthing made at a conflict' },
  'sync.engine_nextcloud': { nb: 'som Nextcloud laget ved en konflikt', en: 'Nextcloud made at a conflict' },
  'sync.engine_onedrive': { nb: 'med et maskinnavn bak (OneDrive ved en konflikt)', en: 'with a machine name added (OneDrive at a conflict)' },
  'sync.engine_numbered': { nb: 'med nummer bak («(1)»)', en: 'with a number added (“(1)”)' },
  'sync.engine_unknown': { nb: 'under et annet navn', en: 'under another name' },
} as const;

import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { WorkbookError } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import { KIND_LABELS_NB } from '../../shared/model/kindLabels.js';
import type { Kind } from '../../shared/model/kinds.js';
import { exportSyncFile } from '../sync/exportChanges.js';
import { formatBytes } from '../sync/fileFormat.js';
import { importSyncFile, type ImportReport } from '../sync/importFile.js';
import { joinWorkbook } from '../sync/join.js';
import { syncStatus } from '../sync/status.js';
import { exchangeWithFolder } from '../sync/syncFolder.js';
import { describeInstallationNotice } from '../workbook/installation.js';
import { registerBackup } from './backup.js';
import { registerConflicts } from './conflicts.js';
import type { CliIo } from './main.js';
import { readSyncInput } from '../sync/readSyncInput.js';
import { formatWhen, passphraseFrom, scryptLogNFromEnv, withOpenWorkbook, writeSyncOutput } from './syncIo.js';

/** `sync export|import|status|folder`, `conflicts`, `resolve` and `backup`: the CLI of docs/sync.md. */
export function registerSync(program: Command, io: CliIo): void {
  const sync = program.command('sync').description('utveksle endringer med andre installasjoner gjennom synkfiler');

  sync
    .command('export')
    .description('skriv en synkfil med endringene mottakeren kan mangle')
    .argument('<file>', 'arbeidsbokfil')
    .argument('<out>', 'synkfila som skal skrives (.pbsync)')
    .option('--full', 'alle endringer og arbeidsbokas nøkkel, så en ny installasjon kan bli med')
    .option('--for <replica>', 'en delta for én installasjon (id eller navn)')
    .option('--passphrase-env <var>', 'krypter med passordfrasen i denne miljøvariabelen')
    .action((file: string, out: string, opts: { full?: boolean; for?: string; passphraseEnv?: string }) => {
      if (opts.full && opts.for) throw new WorkbookError('usage', msg('cli.full_and_for'));
      const passphrase = passphraseFrom(opts.passphraseEnv);
      return withOpenWorkbook(file, async (wb) => {
        const exported = await exportSyncFile(wb, { full: opts.full, forReplica: opts.for, passphrase, scryptLogN: scryptLogNFromEnv() });
        writeSyncOutput(out, exported.bytes);
        const kind = exported.full ? 'full fil' : exported.recipient ? `delta for «${exported.recipient.name || exported.recipient.replicaId}»` : 'delta';
        io.out(`Skrev ${exported.changeCount} endringer til ${out} (${kind}, ${formatBytes(exported.bytes.length)}${exported.encrypted ? ', kryptert' : ''}).`);
        if (exported.full && !exported.encrypted) {
          io.out('Merk: en full fil inneholder arbeidsbokas nøkkel. Send den med passordfrase (--passphrase-env) på e-post eller minnepinne.');
        }
      }, io);
    });

  sync
    .command('import')
    .description('les inn en synkfil (sikkerhetskopierer arbeidsboka først)')
    .argument('<file>', 'arbeidsbokfil')
    .argument('<in>', 'synkfila')
    .option('--dry-run', 'vis hva som ville skjedd, uten å endre noe')
    .option('--passphrase-env <var>', 'miljøvariabelen som holder passordfrasen')
    .action((file: string, input: string, opts: { dryRun?: boolean; passphraseEnv?: string }) => {
      const passphrase = passphraseFrom(opts.passphraseEnv);
      return withOpenWorkbook(file, async (wb) => {
        const bytes = await readSyncInput(input);
        const report = await importSyncFile(wb, bytes, { passphrase, dryRun: opts.dryRun, what: basename(input) });
        io.out(describeImport(report));
      }, io);
    });

  sync
    .command('status')
    .description('hva denne installasjonen har, og hva de andre mangler')
    .argument('<file>', 'arbeidsbokfil')
    .option('--json', 'som JSON')
    .action((file: string, opts: { json?: boolean }) =>
      withOpenWorkbook(file, (wb) => {
        const s = syncStatus(wb);
        if (opts.json) {
          io.out(JSON.stringify(s, null, 2));
          return;
        }
        const lines = [
          `Arbeidsbok: ${s.workbookId}`,
          `Denne installasjonen: ${s.replicaName} (${s.replicaId})`,
          `Endringer: ${s.changeCount} fra ${Object.keys(s.versionVector).length} installasjon(er)`,
          `Åpne konflikter: ${s.openConflicts}`,
          `Sikkerhetskopier: ${s.backups}${s.lastBackupAt ? ` (siste ${formatWhen(s.lastBackupAt)})` : ''}`,
          `Sist eksportert: ${formatWhen(s.lastExportAt)}`,
        ];
        if (s.syncFolder) lines.push(`Synkmappe: ${s.syncFolder}`);
        if (s.installationNotice) lines.push(describeInstallationNotice(s.installationNotice));
        lines.push(s.peers.length === 0 ? 'Ingen andre installasjoner er hørt fra ennå.' : 'Andre installasjoner:');
        for (const p of s.peers) {
          const pending = p.pendingForThem === null ? 'ukjent hva de har' : `mangler ${p.pendingForThem} endringer herfra`;
          lines.push(`  ${p.name || '(uten navn)'} (${p.replicaId}): importert ${formatWhen(p.lastImportAt)}, eksportert ${formatWhen(p.lastExportAt)}, ${pending}`);
        }
        io.out(lines.join('\n'));
      }),
    );

  sync
    .command('folder')
    .description('én utveksling med en synkmappe: les de andres filer, skriv vår egen')
    .argument('<file>', 'arbeidsbokfil')
    .argument('<dir>', 'synkmappa')
    .option('--passphrase-env <var>', 'miljøvariabelen som holder passordfrasen')
    .action((file: string, dir: string, opts: { passphraseEnv?: string }) => {
      const passphrase = passphraseFrom(opts.passphraseEnv);
      return withOpenWorkbook(file, async (wb) => {
        const result = await exchangeWithFolder(wb, dir, { passphrase, scryptLogN: scryptLogNFromEnv() });
        wb.sync.setSetting('folder', resolve(dir));
        const lines: string[] = [];
        for (const i of result.imported) lines.push(`${i.file}: ${describeImport(i.report)}`);
        for (const s of result.skipped) lines.push(`${s.file}: hoppet over – ${s.reason}`);
        lines.push(result.written ? `Skrev ${result.written.changeCount} endringer til ${result.written.path}.` : 'Vår egen fil var allerede oppdatert.');
        io.out(lines.join('\n'));
      }, io);
    });

  registerConflicts(program, io);
  registerBackup(program, io);
}

/** `init <file> --from <full-sync-file>`: "Bli med i en arbeidsbok". */
export async function initFromSyncFile(
  file: string,
  from: string,
  opts: { replicaName?: string; passphraseEnv?: string },
  io: CliIo,
): Promise<void> {
  const dir = dirname(resolve(file));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new WorkbookError('not_found', msg('cli.folder_missing_not_made', { dir, file }));
  }
  const passphrase = passphraseFrom(opts.passphraseEnv);
  const bytes = await readSyncInput(from);
  const joined = await joinWorkbook(file, bytes, { passphrase, replicaName: opts.replicaName, what: basename(from) });
  joined.workbook.close();
  io.out(`Laget ${file} fra ${from}: ${joined.changes} endringer fra «${joined.sender.name}».`);
}

export function describeImport(r: ImportReport): string {
  const sender = `«${r.sender.name || r.sender.replicaId}»`;
  const notes: string[] = [];
  if (r.tookKey) notes.push('Denne installasjonen manglet arbeidsbokas synknøkkel; den er hentet fra den fulle fila.');
  if (r.recoveredOwn > 0) {
    notes.push(
      `${r.recoveredOwn} endringer i denne installasjonens eget navn manglet her (arbeidsboka er trolig lagt tilbake fra en eldre kopi); de er lest inn igjen.`,
    );
  }
  for (const c of r.clockAhead) {
    notes.push(
      `Klokka til «${c.name || c.replicaId}» går ${formatDuration(c.aheadMs)} foran klokka her (eller klokka her går for sakte); ` +
        'endringene er tatt med og flettet etter hva de bygger på, men klokka her er ikke stilt etter den.',
    );
  }
  for (const m of r.stillMissing) {
    notes.push(
      `Fila viser at det mangler ${m.missing} endringer fra «${m.name || m.replicaId}» her, som ikke var med i den; ` +
        `de kommer med neste fil fra ${sender} når den har fått en fil herfra.`,
    );
  }
  if (r.applied === 0) return [`Ingen nye endringer fra ${sender}; alt i fila var her fra før.`, ...notes].join('\n');
  const kinds = Object.entries(r.byKind)
    .map(([k, n]) => `${KIND_LABELS_NB[k as Kind]} ${n}`)
    .join(', ');
  const records = `${r.created} nye, ${r.updated} endret, ${r.deleted} slettet, ${r.restored} gjenopprettet`;
  const head = r.dryRun ? `Forhåndsvisning – ingenting er endret. Fila ville gitt` : 'Importerte';
  const lines = [
    `${head} ${r.applied} nye endringer fra ${sender} (poster: ${records}; ${kinds}).`,
    `Nye konflikter: ${r.newConflicts}${r.newConflicts > 0 ? ' (se prosjektboka conflicts)' : ''}.`,
  ];
  lines.push(...notes);
  if (r.backup) lines.push(`Sikkerhetskopi før importen: ${r.backup}`);
  return lines.join('\n');
}

/** "2 døgn", "3 timer", "12 minutter": how far a clock is off, as a person would say it. */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return `${minutes} ${minutes === 1 ? 'minutt' : 'minutter'}`;
  const hours = Math.round(ms / 3_600_000);
  if (hours < 48) return `${hours} timer`;
  return `${Math.round(ms / 86_400_000)} døgn`;
}

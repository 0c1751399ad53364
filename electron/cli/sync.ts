import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { WorkbookError, isWorkbookError } from '../../shared/errors.js';
import { msg, word } from '../../shared/messages/catalogue.js';
import { deletionPercent } from '../../shared/rules/massDeletion.js';
import { kindWord } from '../../shared/model/kindLabels.js';
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
import { cliRun, say } from './language.js';
import { readSyncInput } from '../sync/readSyncInput.js';
import { formatWhen, passphraseFrom, scryptLogNFromEnv, withOpenWorkbook, writeSyncOutput } from './syncIo.js';

/** `sync export|import|status|folder`, `conflicts`, `resolve` and `backup`: the CLI of docs/sync.md. */
export function registerSync(program: Command, io: CliIo): void {
  const sync = program.command('sync').description(say('cli.help.sync'));

  sync
    .command('export')
    .description(say('cli.help.sync_export'))
    .argument('<file>', say('cli.help.file'))
    .argument('<out>', say('cli.help.sync_out'))
    .option('--full', say('cli.help.sync_full'))
    .option('--for <replica>', say('cli.help.sync_for'))
    .option('--passphrase-env <var>', say('cli.help.sync_encrypt'))
    .action((file: string, out: string, opts: { full?: boolean; for?: string; passphraseEnv?: string }) => {
      if (opts.full && opts.for) throw new WorkbookError('usage', msg('cli.full_and_for'));
      const passphrase = passphraseFrom(opts.passphraseEnv);
      return withOpenWorkbook(file, async (wb) => {
        const exported = await exportSyncFile(wb, { full: opts.full, forReplica: opts.for, passphrase, scryptLogN: scryptLogNFromEnv() });
        writeSyncOutput(out, exported.bytes);
        const kind = exported.full
          ? say('cli.sync.full_file')
          : exported.recipient
            ? say('cli.sync.delta_for', { name: exported.recipient.name || exported.recipient.replicaId })
            : say('cli.sync.delta');
        const encrypted = exported.encrypted ? say('cli.sync.encrypted') : '';
        io.out(say('cli.sync.wrote', { count: exported.changeCount, out, kind, size: formatBytes(exported.bytes.length), encrypted }));
        if (exported.full && !exported.encrypted) {
          io.out(say('cli.sync.full_note'));
        }
      }, io);
    });

  sync
    .command('import')
    .description(say('cli.help.sync_import'))
    .argument('<file>', say('cli.help.file'))
    .argument('<in>', say('cli.help.sync_in'))
    .option('--dry-run', say('cli.help.sync_dry_run'))
    .option('--allow-mass-deletion', say('cli.help.sync_allow_mass_deletion'))
    .option('--passphrase-env <var>', say('cli.help.passphrase_env'))
    .action((file: string, input: string, opts: { dryRun?: boolean; allowMassDeletion?: boolean; passphraseEnv?: string }) => {
      const passphrase = passphraseFrom(opts.passphraseEnv);
      return withOpenWorkbook(file, async (wb) => {
        const bytes = await readSyncInput(input);
        const what = basename(input);
        const report = await importSyncFile(wb, bytes, { passphrase, dryRun: opts.dryRun, allowMassDeletion: opts.allowMassDeletion, what }).catch((e: unknown) => {
          // The guard's refusal says what to do about it here: the flag, once the person has looked.
          if (isWorkbookError(e) && e.code === 'sync_mass_deletion') {
            throw new WorkbookError(e.code, msg('cli.sync.mass_deletion_refused', { refusal: e.text }), e.category);
          }
          throw e;
        });
        io.out(describeImport(report));
      }, io);
    });

  sync
    .command('status')
    .description(say('cli.help.sync_status'))
    .argument('<file>', say('cli.help.file'))
    .option('--json', say('cli.help.json'))
    .action((file: string, opts: { json?: boolean }) =>
      withOpenWorkbook(file, (wb) => {
        const s = syncStatus(wb);
        if (opts.json) {
          io.out(JSON.stringify(s, null, 2));
          return;
        }
        const lines = [
          say('cli.sync.status_workbook', { id: s.workbookId }),
          say('cli.sync.status_this', { name: s.replicaName, id: s.replicaId }),
          say('cli.sync.status_changes', { count: s.changeCount, replicas: Object.keys(s.versionVector).length }),
          say('cli.sync.status_conflicts', { count: s.openConflicts }),
          s.lastBackupAt
            ? say('cli.sync.status_backups_last', { count: s.backups, when: formatWhen(s.lastBackupAt) })
            : say('cli.sync.status_backups', { count: s.backups }),
          say('cli.sync.status_exported', { when: formatWhen(s.lastExportAt) }),
        ];
        if (s.syncFolder) lines.push(say('cli.sync.status_folder', { folder: s.syncFolder }));
        if (s.installationNotice) lines.push(word(describeInstallationNotice(s.installationNotice), cliRun.words));
        lines.push(s.peers.length === 0 ? say('cli.sync.no_peers') : say('cli.sync.peers'));
        for (const p of s.peers) {
          const pending = p.pendingForThem === null ? say('cli.sync.peer_unknown') : say('cli.sync.peer_pending', { count: p.pendingForThem });
          const name = p.name || say('cli.sync.peer_unnamed');
          lines.push(say('cli.sync.peer', { name, id: p.replicaId, imported: formatWhen(p.lastImportAt), exported: formatWhen(p.lastExportAt), pending }));
        }
        io.out(lines.join('\n'));
      }),
    );

  sync
    .command('folder')
    .description(say('cli.help.sync_folder'))
    .argument('<file>', say('cli.help.file'))
    .argument('<dir>', say('cli.help.sync_dir'))
    .option('--passphrase-env <var>', say('cli.help.passphrase_env'))
    .action((file: string, dir: string, opts: { passphraseEnv?: string }) => {
      const passphrase = passphraseFrom(opts.passphraseEnv);
      return withOpenWorkbook(file, async (wb) => {
        const result = await exchangeWithFolder(wb, dir, { passphrase, scryptLogN: scryptLogNFromEnv() });
        wb.sync.setSetting('folder', resolve(dir));
        const lines: string[] = [];
        for (const i of result.imported) {
          if (i.note) lines.push(say('cli.sync.folder_note', { file: i.file, note: i.note.text }));
          lines.push(`${i.file}: ${describeImport(i.report)}`);
        }
        for (const s of result.skipped) lines.push(say('cli.sync.skipped', { file: s.file, reason: s.text }));
        for (const h of result.heldBack) lines.push(say('cli.sync.held_back', { file: h.file, reason: h.text }));
        lines.push(result.written ? say('cli.sync.wrote_folder', { count: result.written.changeCount, path: result.written.path }) : say('cli.sync.up_to_date'));
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
  io.out(say('cli.sync.joined', { file, from, changes: joined.changes, sender: joined.sender.name }));
}

export function describeImport(r: ImportReport): string {
  const sender = say('cli.sync.sender', { name: r.sender.name || r.sender.replicaId });
  const notes: string[] = [];
  if (r.tookKey) notes.push(say('cli.sync.took_key'));
  if (r.recoveredOwn > 0) {
    notes.push(say('cli.sync.recovered_own', { count: r.recoveredOwn }));
  }
  for (const c of r.clockAhead) {
    notes.push(say('cli.sync.clock_ahead', { name: c.name || c.replicaId, duration: formatDuration(c.aheadMs) }));
  }
  for (const m of r.stillMissing) {
    notes.push(say('cli.sync.still_missing', { count: m.missing, name: m.name || m.replicaId, sender }));
  }
  if (r.massDeletion && r.dryRun) {
    notes.push(say('sync.mass_deletion_preview', { deleted: r.massDeletion.deleted, live: r.massDeletion.live, percent: deletionPercent(r.massDeletion) }));
    notes.push(say('cli.sync.mass_deletion_confirm'));
  }
  if (r.applied === 0) return [say('cli.sync.nothing_new', { sender }), ...notes].join('\n');
  const kinds = Object.entries(r.byKind)
    .map(([k, n]) => `${word(kindWord(k as Kind), cliRun.words)} ${n}`)
    .join(', ');
  const records = say('cli.sync.records', { created: r.created, updated: r.updated, deleted: r.deleted, restored: r.restored });
  const lines = [
    say(r.dryRun ? 'cli.sync.dry_run' : 'cli.sync.imported', { count: r.applied, sender, records, kinds }),
    say(r.newConflicts > 0 ? 'cli.sync.new_conflicts_see' : 'cli.sync.new_conflicts', { count: r.newConflicts }),
  ];
  lines.push(...notes);
  if (r.backup) lines.push(say('cli.sync.backup_before', { backup: r.backup }));
  return lines.join('\n');
}

/** "2 døgn", "3 timer", "12 minutter": how far a clock is off, as a person would say it. */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return say('cli.sync.minutes', { n: minutes });
  const hours = Math.round(ms / 3_600_000);
  if (hours < 48) return say('cli.sync.hours', { n: hours });
  return say('cli.sync.days', { n: Math.round(ms / 86_400_000) });
}

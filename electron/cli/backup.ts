import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { openErrors } from '../workbook/errors.js';
import { listBackups, restoreBackup } from '../workbook/backup.js';
import { formatBytes } from '../sync/fileFormat.js';
import type { CliIo } from './main.js';
import { formatWhen } from './syncIo.js';

export function registerBackup(program: Command, io: CliIo): void {
  const backup = program.command('backup').description('sikkerhetskopiene som tas før hver synkimport');

  backup
    .command('list')
    .description('list sikkerhetskopiene, nyeste først')
    .argument('<file>', 'arbeidsbokfil')
    .action((file: string) => {
      if (!existsSync(file)) throw openErrors.notFound(file);
      const list = listBackups(file);
      io.out(
        list.length === 0
          ? '(ingen sikkerhetskopier)'
          : list.map((b) => `${b.name}  ${formatWhen(b.createdAt)}  ${formatBytes(b.bytes)}  ${b.reason}`).join('\n'),
      );
    });

  backup
    .command('restore')
    .description('sett en sikkerhetskopi tilbake (tilstanden før tas vare på som en ny kopi)')
    .argument('<file>', 'arbeidsbokfil')
    .argument('<backup>', 'navnet fra prosjektboka backup list')
    .action((file: string, name: string) => {
      if (!existsSync(file)) throw openErrors.notFound(file);
      const r = restoreBackup(file, name);
      io.out(`Gjenopprettet ${file} fra ${r.restored.name}. Tilstanden før er lagret som ${r.safety.name}.`);
    });
}

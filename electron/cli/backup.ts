import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { openErrors } from '../workbook/errors.js';
import { listBackups, restoreBackup } from '../workbook/backup.js';
import { formatBytes } from '../sync/fileFormat.js';
import type { CliIo } from './main.js';
import { formatWhen } from './syncIo.js';
import { say } from './language.js';

export function registerBackup(program: Command, io: CliIo): void {
  const backup = program.command('backup').description(say('cli.help.backup'));

  backup
    .command('list')
    .description(say('cli.help.backup_list'))
    .argument('<file>', say('cli.help.file'))
    .action((file: string) => {
      if (!existsSync(file)) throw openErrors.notFound(file);
      const list = listBackups(file);
      io.out(
        list.length === 0
          ? say('cli.out.no_backups')
          : list.map((b) => `${b.name}  ${formatWhen(b.createdAt)}  ${formatBytes(b.bytes)}  ${b.reason}`).join('\n'),
      );
    });

  backup
    .command('restore')
    .description(say('cli.help.backup_restore'))
    .argument('<file>', say('cli.help.file'))
    .argument('<backup>', say('cli.help.backup_name'))
    .action((file: string, name: string) => {
      if (!existsSync(file)) throw openErrors.notFound(file);
      const r = restoreBackup(file, name);
      io.out(say('cli.out.restored', { file, backup: r.restored.name, safety: r.safety.name }));
    });
}

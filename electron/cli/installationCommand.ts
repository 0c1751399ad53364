import type { Command } from 'commander';
import { openWorkbook } from '../workbook/open.js';
import { say } from './language.js';
import type { CliIo } from './main.js';

/** `installation name <file> [name]`: shows this installation's name, or sets it (as the first-start dialog does). */
export function registerInstallation(program: Command, io: CliIo): void {
  const installation = program.command('installation').description(say('cli.help.installation'));
  installation
    .command('name')
    .description(say('cli.help.installation_name'))
    .argument('<file>', say('cli.help.file'))
    .argument('[name]', say('cli.help.installation_new_name'))
    .action((file: string, name: string | undefined) => {
      const wb = openWorkbook(file);
      try {
        if (name === undefined) {
          io.out(say(wb.replicaNameChosen ? 'installation.current' : 'installation.current_placeholder', { name: wb.replicaName }));
          return;
        }
        wb.setReplicaName(name);
        io.out(say('installation.named', { name: wb.replicaName }));
      } finally {
        wb.close();
      }
    });
}

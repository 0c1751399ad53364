import type { Command } from 'commander';
import { msg, word } from '../../shared/messages/catalogue.js';
import { openWorkbook } from '../workbook/open.js';
import { cliRun } from './language.js';
import type { CliIo } from './main.js';

/** `installation name <file> [name]`: shows this installation's name, or sets it (as the first-start dialog does). */
export function registerInstallation(program: Command, io: CliIo): void {
  const installation = program.command('installation').description('denne installasjonen av arbeidsboka');
  installation
    .command('name')
    .description('vis navnet på denne installasjonen, eller gi den et, f.eks. «Indre Østfold – Mysen bibliotek»')
    .argument('<file>', 'arbeidsbokfil')
    .argument('[name]', 'det nye navnet')
    .action((file: string, name: string | undefined) => {
      const wb = openWorkbook(file);
      try {
        const lang = cliRun.lang ?? 'nb';
        if (name === undefined) {
          io.out(word(msg(wb.replicaNameChosen ? 'installation.current' : 'installation.current_placeholder', { name: wb.replicaName }), lang));
          return;
        }
        wb.setReplicaName(name);
        io.out(word(msg('installation.named', { name: wb.replicaName }), lang));
      } finally {
        wb.close();
      }
    });
}

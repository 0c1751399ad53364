import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { WorkbookError } from '../../shared/errors.js';
import { erasePerson } from '../workbook/erasure.js';
import { findPerson, personDossier, personExport } from '../workbook/personDossier.js';
import { openWorkbook } from '../workbook/open.js';
import type { CliIo } from './main.js';
import { checkOutputPath } from './outputPath.js';
import { msg } from '../../shared/messages/catalogue.js';
import { say } from './language.js';

/** `person export` and `person erase`: a person's right of access and erasure (docs/sync.md «Erasing a person»). */
export function registerPerson(program: Command, io: CliIo): void {
  const person = program.command('person').description(say('cli.help.person'));
  person
    .command('export')
    .description(say('cli.help.person_export'))
    .argument('<file>', say('cli.help.file'))
    .argument('<person>', say('cli.help.person_id'))
    .requiredOption('--out <path>', say('cli.help.out_json'))
    .action((file: string, who: string, opts: { out: string }) => {
      const wb = openWorkbook(file);
      try {
        const target = checkOutputPath(opts.out, file);
        writeFileSync(target, personExport(wb, findPerson(wb, who)).json);
        io.out(say('cli.out.wrote', { file: opts.out }));
      } finally {
        wb.close();
      }
    });
  person
    .command('erase')
    .description(say('cli.help.person_erase'))
    .argument('<file>', say('cli.help.file'))
    .argument('<person>', say('cli.help.person_id'))
    .option('--yes', say('cli.help.person_yes'))
    .option('--name <navn>', say('cli.help.person_name'), collect, [] as string[])
    .action((file: string, who: string, opts: { yes?: boolean; name: string[] }) => {
      const wb = openWorkbook(file);
      try {
        const id = findPerson(wb, who);
        const dossier = personDossier(wb, id);
        const name = dossier.person.name;
        if (!opts.yes) {
          throw new WorkbookError('usage', msg('cli.erase_needs_yes', { name, count: dossier.mentions.length }));
        }
        const outcome = erasePerson(wb, id, opts.name);
        io.out(
          say('cli.out.person_erased', { name, fields: outcome.fields, records: outcome.records, scrubbed: outcome.scrubbed }),
        );
      } finally {
        wb.close();
      }
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

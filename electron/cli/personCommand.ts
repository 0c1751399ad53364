import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { WorkbookError } from '../../shared/errors.js';
import { erasePerson } from '../workbook/erasure.js';
import { findPerson, personDossier, personExport } from '../workbook/personDossier.js';
import { openWorkbook } from '../workbook/open.js';
import type { CliIo } from './main.js';
import { checkOutputPath } from './outputPath.js';
import { msg } from '../../shared/messages/catalogue.js';

/** `person export` and `person erase`: a person's right of access and erasure (docs/sync.md «Erasing a person»). */
export function registerPerson(program: Command, io: CliIo): void {
  const person = program.command('person').description('personvern: alt om én person (export), eller slett personopplysningene (erase)');
  person
    .command('export')
    .description('skriv alt arbeidsboka har om én person som JSON')
    .argument('<file>', 'arbeidsbokfil')
    .argument('<person>', 'personens id eller fulle navn')
    .requiredOption('--out <path>', 'JSON-filen som skal skrives (en eldre fil med samme navn erstattes)')
    .action((file: string, who: string, opts: { out: string }) => {
      const wb = openWorkbook(file);
      try {
        const target = checkOutputPath(opts.out, file);
        writeFileSync(target, personExport(wb, findPerson(wb, who)).json);
        io.out(`Skrev ${opts.out}`);
      } finally {
        wb.close();
      }
    });
  person
    .command('erase')
    .description('bytt navnet ut med «Slettet person» overalt, på alle installasjoner, og fjern de gamle verdiene; kan ikke angres')
    .argument('<file>', 'arbeidsbokfil')
    .argument('<person>', 'personens id eller fulle navn')
    .option('--yes', 'slett uten å spørre (ellers skrives bare hva som vil skje)')
    .option('--name <navn>', 'et navn til å slette (en sen endring som kom etter slettingen); kan gis flere ganger', collect, [] as string[])
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
          `Slettet personopplysningene til «${name}»: ${outcome.fields} felt i ${outcome.records} poster endret, ` +
            `${outcome.scrubbed} gamle verdier fjernet fra endringsloggen.`,
        );
      } finally {
        wb.close();
      }
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

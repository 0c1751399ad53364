import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command, CommanderError } from 'commander';
import { WorkbookError, isWorkbookError } from '../../shared/errors.js';
import { msg, word } from '../../shared/messages/catalogue.js';
import type { MessageText } from '../../shared/messages/format.js';
import { cliLanguage, cliRun, say } from './language.js';
import { KIND_NAMES, isKind, type Kind } from '../../shared/model/kinds.js';
import { createWorkbook } from '../workbook/open.js';
import { dumpWorkbook } from '../workbook/dump.js';
import { workbookSummary } from '../workbook/summary.js';
import { registerGroupsFor } from './commandGroups.js';
import { commandPath, commanderMessage } from './commanderErrors.js';
import { parseFieldArgs } from './fieldArgs.js';
import { withWorkbook } from './withWorkbook.js';
import { formatHits, formatList, formatSummary } from './format.js';

/** Exit codes: 0 success, 1 a failure, 2 bad input (a usage error or a refused value). */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** What the CLI prints, a line at a time, to two writers (the process's streams, or a test's strings). */
export function lineIo(writeOut: (text: string) => void, writeErr: (text: string) => void): CliIo {
  const line = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  return { out: (text) => writeOut(line(text)), err: (text) => writeErr(line(text)) };
}

const processIo = lineIo((s) => process.stdout.write(s), (s) => process.stderr.write(s));

/** Runs the CLI on argv (without node and script) and returns the exit code; never throws. */
export async function runCli(all: readonly string[], io: CliIo = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // --lang nb|en anywhere, else LANG: the language errors are written in (the bokmål text is the default).
  const { lang, argv, badLang, explicit } = cliLanguage(all, env);
  cliRun.lang = explicit;
  // The help texts are taken when the program is built, so the language is chosen first.
  cliRun.words = lang;
  let program: Command | undefined;
  try {
    if (badLang !== undefined) throw new WorkbookError('usage', msg('cli.bad_lang', { lang: badLang }));
    program = buildProgram(io);
    await registerGroupsFor(program, io, argv[0]);
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT_OK;
      if (e.code === 'commander.help') {
        // Commander shows the help as an error when no command, or an unknown one after `help`, is given.
        if (e.exitCode === 0) return EXIT_OK;
        io.err(`prosjektboka: ${word(missingCommandMessage(argv), lang)}`);
        return EXIT_BAD_INPUT;
      }
      // Commander words its refusals in English only: they are worded from the catalogue (commanderErrors.ts).
      const text = commanderMessage(e, program ? commandPath(program, argv) : ['prosjektboka']);
      io.err(`prosjektboka: ${oneLine(text ? word(text, lang) : e.message.replace(/^error: /, ''))}`);
      return EXIT_BAD_INPUT;
    }
    if (isWorkbookError(e)) {
      io.err(`prosjektboka: ${oneLine(word(e.text, lang))}`);
      return e.category === 'input' ? EXIT_BAD_INPUT : EXIT_FAILURE;
    }
    io.err(`prosjektboka: ${word(msg('cli.unexpected', { detail: oneLine(e instanceof Error ? e.message : String(e)) }), lang)}`);
    return EXIT_FAILURE;
  }
}

/** An error is one line on stderr, even when its text (a suggestion, SQLite's check report) has several. */
function oneLine(text: string): string {
  return text.trim().replace(/\s*[\r\n]+\s*/g, ' ');
}

function missingCommandMessage(argv: readonly string[]): MessageText {
  const named = argv[0] === 'help' ? argv[1] : undefined;
  return named === undefined ? msg('cli.no_command') : msg('cli.unknown_command', { name: named });
}

function buildProgram(io: CliIo): Command {
  const program = new Command('prosjektboka')
    .description(say('cli.help.program'))
    .helpOption('-h, --help', say('cli.help.help'))
    .helpCommand('help [command]', say('cli.help.help_command'))
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: () => undefined })
    .showSuggestionAfterError(true);

  program
    .command('init')
    .description(say('cli.help.init'))
    .argument('<file>', say('cli.help.file_ext'))
    .option('--empty', say('cli.help.init_empty'))
    .option('--replica-name <name>', say('cli.help.init_replica_name'))
    .option('--from <sync-file>', say('cli.help.init_from'))
    .option('--passphrase-env <var>', say('cli.help.init_passphrase_env'))
    .action(async (file: string, opts: { empty?: boolean; replicaName?: string; from?: string; passphraseEnv?: string }) => {
      if (opts.from !== undefined) {
        if (opts.empty) throw new WorkbookError('usage', msg('cli.empty_and_from'));
        const { initFromSyncFile } = await import('./sync.js');
        return initFromSyncFile(file, opts.from, opts, io);
      }
      const dir = dirname(resolve(file));
      if (!existsSync(dir) || !statSync(dir).isDirectory()) {
        throw new WorkbookError('not_found', msg('cli.folder_missing_not_made', { dir, file }));
      }
      createWorkbook(file, { empty: opts.empty, replicaName: opts.replicaName }).close();
      io.out(say('cli.out.made', { file }));
    });

  program
    .command('info')
    .description(say('cli.help.info'))
    .argument('<file>', say('cli.help.file'))
    .option('--json', say('cli.help.json'))
    .action((file: string, opts: { json?: boolean }) =>
      withWorkbook(file, (wb) => {
        const summary = workbookSummary(wb);
        io.out(opts.json ? JSON.stringify(summary, null, 2) : formatSummary(summary));
      }),
    );

  program
    .command('list')
    .description(say('cli.help.list'))
    .argument('<file>', say('cli.help.file'))
    .addArgument(kindArgument())
    .option('--json', say('cli.help.json'))
    .action((file: string, kind: Kind, opts: { json?: boolean }) =>
      withWorkbook(file, (wb) => {
        const records = wb.records.list(kind);
        io.out(opts.json ? JSON.stringify(records.map((r) => ({ id: r.id, ...r.fields })), null, 2) : formatList(kind, records));
      }),
    );

  program
    .command('add')
    .description(say('cli.help.add'))
    .argument('<file>', say('cli.help.file'))
    .addArgument(kindArgument())
    .argument('[fields...]', say('cli.help.field_value'))
    .action((file: string, kind: Kind, fields: string[]) =>
      withWorkbook(file, (wb) => io.out(wb.commands.create(kind, parseFieldArgs(kind, fields)))),
    );

  program
    .command('update')
    .description(say('cli.help.update'))
    .argument('<file>', say('cli.help.file'))
    .addArgument(kindArgument())
    .argument('<id>')
    .argument('<fields...>', say('cli.help.field_value'))
    .action((file: string, kind: Kind, id: string, fields: string[]) =>
      withWorkbook(file, (wb) => {
        const changed = wb.commands.update(kind, id, parseFieldArgs(kind, fields));
        io.out(changed.length > 0 ? say('cli.out.changed', { fields: changed.join(', ') }) : say('cli.out.no_change'));
      }),
    );

  program
    .command('delete')
    .description(say('cli.help.delete'))
    .argument('<file>', say('cli.help.file'))
    .addArgument(kindArgument())
    .argument('<id>')
    .action((file: string, kind: Kind, id: string) =>
      withWorkbook(file, (wb) => {
        wb.commands.delete(kind, id);
        io.out(say('cli.out.deleted', { id }));
      }),
    );

  program
    .command('search')
    .description(say('cli.help.search'))
    .argument('<file>', say('cli.help.file'))
    .argument('<query>')
    .option('--json', say('cli.help.json'))
    .action((file: string, query: string, opts: { json?: boolean }) =>
      withWorkbook(file, (wb) => {
        const hits = wb.search.search(query);
        // The JSON keeps its four keys: the runs are for screens that mark the matched words themselves.
        const json = () => JSON.stringify(hits.map(({ kind, id, title, snippet }) => ({ kind, id, title, snippet })), null, 2);
        io.out(opts.json ? json() : formatHits(hits));
      }),
    );

  program
    .command('dump')
    .description(say('cli.help.dump'))
    .argument('<file>', say('cli.help.file'))
    .action((file: string) => withWorkbook(file, (wb) => io.out(dumpWorkbook(wb))));

  // serve, sync, conflicts, resolve, backup, export and print: see commandGroups.ts.
  return program;
}

/** The <kind> argument, checked the same way by every command. */
function kindArgument() {
  const arg = new Command().createArgument('<kind>', say('cli.help.kind', { kinds: KIND_NAMES.join(' ') }));
  arg.argParser((value: string) => {
    if (!isKind(value)) throw new WorkbookError('usage', msg('cli.unknown_kind', { kind: value, known: KIND_NAMES.join(', ') }));
    return value;
  });
  return arg;
}


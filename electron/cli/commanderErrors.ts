import type { Command, CommanderError } from 'commander';
import { msg } from '../../shared/messages/catalogue.js';
import type { MessageText } from '../../shared/messages/format.js';

/**
 * Commander's refusals of a command line (an unknown option, a missing
 * argument …) as catalogue messages, so they come in the run's language like
 * every other message. Commander words them in English only and gives no
 * parameters besides its error code, so the values (the flag, the name) are
 * read back out of its message; the patterns follow commander 14's texts
 * (lib/command.js), and tests/cli/parseErrors.test.ts fails when an upgrade
 * changes one. An error this does not know keeps commander's own text.
 */
export function commanderMessage(e: CommanderError, command: readonly string[]): MessageText | undefined {
  const [text = '', suggestionLine] = e.message.replace(/^error: /, '').split('\n');
  const suggestion = suggestionOf(suggestionLine);
  const help = `${command.join(' ')} --help`;
  let m: RegExpMatchArray | null;
  switch (e.code) {
    case 'commander.unknownOption':
      if ((m = text.match(/^unknown option '(.*)'$/))) return msg('cli.parse.unknown_option', { flag: m[1]!, suggestion, help });
      break;
    case 'commander.unknownCommand':
      if ((m = text.match(/^unknown command '(.*)'$/))) return msg('cli.parse.unknown_command', { name: m[1]!, suggestion, help });
      break;
    case 'commander.missingArgument':
      if ((m = text.match(/^missing required argument '(.*)'$/))) return msg('cli.parse.missing_argument', { name: m[1]!, help });
      break;
    case 'commander.optionMissingArgument':
      if ((m = text.match(/^option '(.*)' argument missing$/))) return msg('cli.parse.option_missing_argument', { flags: m[1]!, help });
      break;
    case 'commander.missingMandatoryOptionValue':
      if ((m = text.match(/^required option '(.*)' not specified$/))) return msg('cli.parse.missing_mandatory_option', { flags: m[1]!, help });
      break;
    case 'commander.excessArguments':
      if ((m = text.match(/^too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/))) {
        return msg('cli.parse.excess_arguments', { command: m[1]!, expected: Number(m[2]), got: Number(m[3]), help });
      }
      if ((m = text.match(/^too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/))) {
        return msg('cli.parse.excess_arguments_program', { expected: Number(m[1]), got: Number(m[2]), help });
      }
      break;
    case 'commander.invalidArgument':
      return invalidArgument(text);
    case 'commander.conflictingOption':
      if ((m = text.match(/^(.*) cannot be used with (.*)$/))) {
        const one = optionOrVariable(m[1]!);
        const other = optionOrVariable(m[2]!);
        if (one && other) return msg('cli.parse.conflicting_option', { one, other });
      }
      break;
  }
  return undefined;
}

/** «(Did you mean --json?)» on commander's second line, as a message (or nothing). */
function suggestionOf(line: string | undefined): MessageText | string {
  const m = line?.match(/^\(Did you mean (one of )?(.*)\?\)$/);
  if (!m) return '';
  return m[1] ? msg('cli.parse.did_you_mean_one_of', { names: m[2]! }) : msg('cli.parse.did_you_mean', { names: m[2]! });
}

function invalidArgument(text: string): MessageText | undefined {
  // What the argument's or option's parser said after commander's sentence: choices are worded here, our own parsers throw catalogue errors instead.
  const argument = text.match(/^command-argument value '(.*)' is invalid for argument '(.*)'\.(.*)$/);
  if (argument) {
    const detail = choicesOf(argument[3]!);
    if (detail !== undefined) return msg('cli.parse.invalid_argument', { value: argument[1]!, name: argument[2]!, detail });
  }
  const option = text.match(/^option '(.*)' argument '(.*)' is invalid\.(.*)$/);
  if (option) {
    const detail = choicesOf(option[3]!);
    if (detail !== undefined) return msg('cli.parse.invalid_option_value', { flags: option[1]!, value: option[2]!, detail });
  }
  return undefined;
}

function choicesOf(rest: string): MessageText | string | undefined {
  if (rest.trim() === '') return '';
  const m = rest.match(/^ Allowed choices are (.*)\.$/);
  return m ? msg('cli.parse.allowed_choices', { choices: m[1]! }) : undefined;
}

function optionOrVariable(text: string): MessageText | undefined {
  let m: RegExpMatchArray | null;
  if ((m = text.match(/^option '(.*)'$/))) return msg('cli.parse.option', { flags: m[1]! });
  if ((m = text.match(/^environment variable '(.*)'$/))) return msg('cli.parse.env_variable', { name: m[1]! });
  return undefined;
}

/**
 * The command a command line names, as words («prosjektboka sync export»):
 * the subcommands read from the front, options passed over, up to the first
 * word that is none (an argument, or an unknown command).
 */
export function commandPath(program: Command, argv: readonly string[]): string[] {
  const path = [program.name()];
  let current = program;
  for (const a of argv) {
    if (a === '--') break;
    if (a.startsWith('-')) continue;
    const sub = current.commands.find((c) => c.name() === a || c.aliases().includes(a));
    if (!sub) break;
    path.push(sub.name());
    current = sub;
  }
  return path;
}

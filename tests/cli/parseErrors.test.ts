import { Argument, Command, CommanderError, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { commanderMessage } from '../../electron/cli/commanderErrors.js';
import { lineIo, runCli } from '../../electron/cli/main.js';
import { word } from '../../shared/messages/catalogue.js';
import { expectOneLineError, run } from './run.js';

/**
 * Commander's own refusals of a command line (an unknown option, a missing
 * argument, an unknown command, too many arguments …) come in the run's
 * language: in bokmål by default, in English with --lang en or an English
 * LANG, never commander's English in a Norwegian run.
 */

/** Each command line, and what the one line on stderr says in bokmål and in English. */
const REFUSALS: [string, string[], string, string][] = [
  ['an unknown option, with its suggestion', ['info', 'x.prosjektboka', '--jsn'],
    'ukjent valg «--jsn» (mente du --json?); se prosjektboka info --help.',
    'unknown option “--jsn” (did you mean --json?); see prosjektboka info --help.'],
  ['an unknown short option', ['info', 'x.prosjektboka', '-x'],
    'ukjent valg «-x»; se prosjektboka info --help.', 'unknown option “-x”; see prosjektboka info --help.'],
  ['an unknown command', ['frobnicate', 'x.prosjektboka'],
    'ukjent kommando «frobnicate»; se prosjektboka --help.', 'unknown command “frobnicate”; see prosjektboka --help.'],
  ['a misspelt command', ['lsit', 'x.prosjektboka', 'risk'],
    'ukjent kommando «lsit» (mente du list?); se prosjektboka --help.', 'unknown command “lsit” (did you mean list?); see prosjektboka --help.'],
  ['a misspelt command of a group', ['sync', 'exprt'],
    'ukjent kommando «exprt» (mente du export?); se prosjektboka sync --help.', 'unknown command “exprt” (did you mean export?); see prosjektboka sync --help.'],
  ['a missing argument', ['list', 'x.prosjektboka'],
    'mangler argumentet «kind»; se prosjektboka list --help.', 'missing required argument “kind”; see prosjektboka list --help.'],
  ['a missing argument of a grouped command', ['sync', 'export'],
    'mangler argumentet «file»; se prosjektboka sync export --help.', 'missing required argument “file”; see prosjektboka sync export --help.'],
  ['too many arguments', ['dump', 'a.prosjektboka', 'b.prosjektboka'],
    'for mange argumenter til «dump»: den tar 1 argument, men fikk 2; se prosjektboka dump --help.',
    'too many arguments for “dump”: it takes 1 argument, but got 2; see prosjektboka dump --help.'],
  ['an option without its value', ['serve', '--port'],
    'valget «--port <n>» mangler verdi; se prosjektboka serve --help.', 'the option “--port <n>” needs a value; see prosjektboka serve --help.'],
  ['a required option left out', ['print', 'x.prosjektboka', 'risk-matrix'],
    'valget «--out <pdf>» må være med; se prosjektboka print --help.', 'the option “--out <pdf>” is required; see prosjektboka print --help.'],
  ['two options that exclude each other', ['resolve', 'x.prosjektboka', 'id', '--keep', 'current', '--value', 'y'],
    'valget «--keep <choice>» kan ikke brukes sammen med valget «--value <text>».',
    'the option “--keep <choice>” cannot be used together with the option “--value <text>”.'],
];

/** Commander's English, which must not show through in a bokmål run. */
const COMMANDER_ENGLISH = /unknown|missing|required|too many|argument missing|not specified|cannot be used|did you mean|expected/i;

describe('commander\'s refusals in the run\'s language', () => {
  it.each(REFUSALS)('%s: bokmål by default, English with --lang en', async (_what, args, nb, en) => {
    const norwegian = expectOneLineError(await run(...args), 2);
    expect(norwegian).toBe(`prosjektboka: ${nb}`);
    expect(norwegian).not.toMatch(COMMANDER_ENGLISH);
    expect(expectOneLineError(await run('--lang', 'en', ...args), 2)).toBe(`prosjektboka: ${en}`);
  });

  it('follows LANG as the rest of the CLI does, and --lang nb over an English LANG', async () => {
    const withEnv = async (env: NodeJS.ProcessEnv, ...args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(args, lineIo((s) => (stdout += s), (s) => (stderr += s)), env);
      return { code, stdout, stderr };
    };
    const english = { LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
    expect(expectOneLineError(await withEnv(english, 'info', 'x.prosjektboka', '--jsn'), 2))
      .toBe('prosjektboka: unknown option “--jsn” (did you mean --json?); see prosjektboka info --help.');
    expect(expectOneLineError(await withEnv(english, 'info', '--lang', 'nb'), 2))
      .toBe('prosjektboka: mangler argumentet «file»; se prosjektboka info --help.');
    expect(expectOneLineError(await withEnv({ LANG: 'nb_NO.UTF-8', LC_ALL: 'en_US.UTF-8' }, 'info'), 2))
      .toBe('prosjektboka: missing required argument “file”; see prosjektboka info --help.');
  });
});

/** The CommanderError a small program of commander's own throws for `args`. */
function refusal(program: Command, args: string[]): CommanderError {
  program.exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined }).showSuggestionAfterError(true);
  try {
    program.parse(args, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e;
    throw e;
  }
  throw new Error(`commander took ${args.join(' ')}`);
}

describe('commander\'s texts as this commander words them (an upgrade that changes one fails here)', () => {
  const both = (e: CommanderError, path: string[]) => {
    const text = commanderMessage(e, path);
    expect(text, `${e.code}: ${e.message}`).toBeDefined();
    return [word(text!, 'nb'), word(text!, 'en')];
  };

  it('words choices refused for an argument and for an option', () => {
    const argument = new Command('prosjektboka').addArgument(new Argument('<view>').choices(['plan', 'status'])).action(() => undefined);
    expect(both(refusal(argument, ['gantt']), ['prosjektboka'])).toEqual([
      'ugyldig verdi «gantt» for argumentet «view». Tillatt: plan, status.',
      'invalid value “gantt” for the argument “view”. Allowed: plan, status.',
    ]);
    const option = new Command('prosjektboka').addOption(new Option('--format <f>').choices(['csv', 'xlsx'])).action(() => undefined);
    expect(both(refusal(option, ['--format', 'pdf']), ['prosjektboka'])).toEqual([
      'ugyldig verdi «pdf» for valget «--format <f>». Tillatt: csv, xlsx.',
      'invalid value “pdf” for the option “--format <f>”. Allowed: csv, xlsx.',
    ]);
  });

  it('words too many arguments for the program itself, several suggestions, and an environment variable in a conflict', () => {
    const program = new Command('prosjektboka').argument('<file>').action(() => undefined);
    expect(both(refusal(program, ['a', 'b', 'c']), ['prosjektboka'])).toEqual([
      'for mange argumenter: prosjektboka tar 1 argument, men fikk 3; se prosjektboka --help.',
      'too many arguments: prosjektboka takes 1 argument, but got 3; see prosjektboka --help.',
    ]);
    const two = new Command('prosjektboka').option('--json').option('--jsop').action(() => undefined);
    expect(both(refusal(two, ['--jsom']), ['prosjektboka'])).toEqual([
      'ukjent valg «--jsom» (mente du en av --json, --jsop?); se prosjektboka --help.',
      'unknown option “--jsom” (did you mean one of --json, --jsop?); see prosjektboka --help.',
    ]);
    const conflict = new Command('prosjektboka')
      .addOption(new Option('--keep <choice>').env('PB_KEEP').conflicts('value')).option('--value <text>').action(() => undefined);
    const previous = process.env.PB_KEEP;
    process.env.PB_KEEP = 'current';
    try {
      expect(both(refusal(conflict, ['--value', 'x']), ['prosjektboka'])).toEqual([
        'miljøvariabelen «PB_KEEP» kan ikke brukes sammen med valget «--value <text>».',
        'the environment variable “PB_KEEP” cannot be used together with the option “--value <text>”.',
      ]);
    } finally {
      if (previous === undefined) delete process.env.PB_KEEP;
      else process.env.PB_KEEP = previous;
    }
  });

  it('keeps commander\'s own text for a refusal it does not know', () => {
    expect(commanderMessage(new CommanderError(2, 'commander.somethingNew', 'error: something new'), ['prosjektboka'])).toBeUndefined();
  });
});

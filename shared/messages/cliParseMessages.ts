/**
 * Commander's own refusals of a command line (electron/cli/commanderErrors.ts
 * maps its error codes to these), bokmål first. Option flags and argument
 * names stay as the help writes them («--port <n>», «file»); {help} is the
 * help to read, «prosjektboka info --help».
 */
export const CLI_PARSE_MESSAGES = {
  'cli.parse.unknown_option': { nb: 'ukjent valg «{flag}»{suggestion}; se {help}.', en: 'unknown option “{flag}”{suggestion}; see {help}.' },
  'cli.parse.unknown_command': {
    nb: 'ukjent kommando «{name}»{suggestion}; se {help}.',
    en: 'unknown command “{name}”{suggestion}; see {help}.',
  },
  'cli.parse.did_you_mean': { nb: ' (mente du {names}?)', en: ' (did you mean {names}?)' },
  'cli.parse.did_you_mean_one_of': { nb: ' (mente du en av {names}?)', en: ' (did you mean one of {names}?)' },
  'cli.parse.missing_argument': { nb: 'mangler argumentet «{name}»; se {help}.', en: 'missing required argument “{name}”; see {help}.' },
  'cli.parse.option_missing_argument': { nb: 'valget «{flags}» mangler verdi; se {help}.', en: 'the option “{flags}” needs a value; see {help}.' },
  'cli.parse.missing_mandatory_option': { nb: 'valget «{flags}» må være med; se {help}.', en: 'the option “{flags}” is required; see {help}.' },
  'cli.parse.excess_arguments': {
    nb: 'for mange argumenter til «{command}»: den tar {expected} {expected|argument|argumenter}, men fikk {got}; se {help}.',
    en: 'too many arguments for “{command}”: it takes {expected} {expected|argument|arguments}, but got {got}; see {help}.',
  },
  'cli.parse.excess_arguments_program': {
    nb: 'for mange argumenter: prosjektboka tar {expected} {expected|argument|argumenter}, men fikk {got}; se {help}.',
    en: 'too many arguments: prosjektboka takes {expected} {expected|argument|arguments}, but got {got}; see {help}.',
  },
  'cli.parse.invalid_argument': { nb: 'ugyldig verdi «{value}» for argumentet «{name}».{detail}', en: 'invalid value “{value}” for the argument “{name}”.{detail}' },
  'cli.parse.invalid_option_value': { nb: 'ugyldig verdi «{value}» for valget «{flags}».{detail}', en: 'invalid value “{value}” for the option “{flags}”.{detail}' },
  'cli.parse.allowed_choices': { nb: ' Tillatt: {choices}.', en: ' Allowed: {choices}.' },
  'cli.parse.conflicting_option': { nb: '{one} kan ikke brukes sammen med {other}.', en: '{one} cannot be used together with {other}.' },
  'cli.parse.option': { nb: 'valget «{flags}»', en: 'the option “{flags}”' },
  'cli.parse.env_variable': { nb: 'miljøvariabelen «{name}»', en: 'the environment variable “{name}”' },
} as const;

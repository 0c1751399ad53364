import { MAX_KRONER } from '../model/enums.js';

/**
 * Money in the workbook is whole kroner held as an integer: the plan's budget
 * is written in whole kroner, and integers add up exactly where øre in
 * floating point would not.
 *
 * Formatting is done by hand rather than with Intl.NumberFormat('nb-NO'),
 * whose separators and minus sign have changed between ICU versions; Electron,
 * Node and the tests must all print the same string.
 */

/**
 * U+00A0 NO-BREAK SPACE between digit groups and before "kr", so an amount is
 * never split across lines in a table cell or a printed report. Norwegian
 * typography groups thousands with a space; the no-break variant is that space.
 */
const GROUP_SEPARATOR = '\u00a0';
/** U+2212 MINUS SIGN, the typographic minus, as wide as a digit so columns line up. */
const MINUS = '\u2212';

/** "1 170 000" (groups joined by U+00A0), "−1 000" for negatives. */
export function formatAmount(n: number): string {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`not a whole number of kroner: ${n}`);
  }
  const digits = String(Math.abs(n));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) {
    groups.unshift(digits.slice(Math.max(0, end - 3), end));
  }
  // `n < 0` is false for -0, so a zero never shows a minus.
  return (n < 0 ? MINUS : '') + groups.join(GROUP_SEPARATOR);
}

/** "1 170 000 kr", with U+00A0 both between groups and before "kr". */
export function formatKroner(n: number): string {
  return `${formatAmount(n)}${GROUP_SEPARATOR}kr`;
}

export type ParseKronerError = 'empty' | 'not_a_number' | 'fraction' | 'negative' | 'too_large';
export type ParseKronerResult = { ok: true; value: number } | { ok: false; error: ParseKronerError };

// Any of the spaces a keyboard, a word processor or Intl output may put between groups.
const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;
const MINUS_SIGNS = /^[-\u2212\u2013]\s*/;
const CURRENCY_BEFORE = /^(?:kr\.?|nok)\s*/i;
const CURRENCY_AFTER = /\s*(?:kr\.?|nok)$/i;
// Group separators must separate groups of exactly three digits. This is what
// lets "1.170.000" be read as a million (the dot is the Norwegian thousands
// separator, the comma the decimal mark) and keeps a slip like "1 70 000"
// from silently becoming 170 000.
const INTEGER_PART = /^(?:\d+|\d{1,3}(?: \d{3})+|\d{1,3}(?:\.\d{3})+)$/;
// ",00" and the shop-window ",-" both mean "and no øre".
const OERE_PART = /^,(?:(\d+)|[-\u2013])$/;

/**
 * Reads an amount of whole kroner as people type or paste it: "1 170 000",
 * "1170000", "1.170.000", "1 170 000,00", "1 170 000,-", "1 170 000 kr",
 * "kr 1 170 000". Problems are reported in this order: not an amount at all,
 * negative, øre other than zero, above MAX_KRONER. Intl is not used, for the
 * reason given at the top of this file.
 */
export function parseKroner(input: string): ParseKronerResult {
  let s = input.replace(SPACES, ' ').trim();
  if (s === '') return fail('empty');

  let negative = false;
  const stripSign = (): void => {
    const m = MINUS_SIGNS.exec(s);
    if (m) {
      negative = true;
      s = s.slice(m[0].length);
    }
  };
  // The sign may stand on either side of a leading "kr": "-kr 5", "kr -5".
  stripSign();
  if (CURRENCY_BEFORE.test(s)) s = s.replace(CURRENCY_BEFORE, '');
  else s = s.replace(CURRENCY_AFTER, '');
  if (!negative) stripSign();

  const comma = s.indexOf(',');
  const integerPart = (comma < 0 ? s : s.slice(0, comma)).trim();
  const oerePart = comma < 0 ? undefined : s.slice(comma).replace(/ /g, '');
  if (!INTEGER_PART.test(integerPart)) return fail('not_a_number');
  let hasOere = false;
  if (oerePart !== undefined) {
    const m = OERE_PART.exec(oerePart);
    if (!m) return fail('not_a_number');
    hasOere = m[1] !== undefined && /[1-9]/.test(m[1]);
  }

  // Past MAX_KRONER a digit string may round as a Number; it is still far
  // enough above the limit for the comparison below to be right.
  const value = Number(integerPart.replace(/[ .]/g, ''));
  if (negative && (value !== 0 || hasOere)) return fail('negative');
  if (hasOere) return fail('fraction');
  if (value > MAX_KRONER) return fail('too_large');
  return { ok: true, value };
}

function fail(error: ParseKronerError): ParseKronerResult {
  return { ok: false, error };
}

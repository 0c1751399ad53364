/**
 * Finding a person's full name in free text, for their page («nevnt i») and
 * for erasing them (electron/workbook/erasure.ts). A name matches in any
 * case, with any run of white space between its words, but only whole: «Ola
 * Nordmann» is not found in «Ola Nordmannsen».
 */
export const ERASED_NAME = 'Slettet person';

const LETTER_OR_DIGIT = '\\p{L}\\p{N}';

function namePattern(name: string): RegExp | undefined {
  const words = name.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return undefined;
  const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  return new RegExp(`(?<![${LETTER_OR_DIGIT}])${body}(?![${LETTER_OR_DIGIT}])`, 'giu');
}

export function mentionsName(text: string, name: string): boolean {
  const re = namePattern(name);
  return re !== undefined && re.test(text.normalize('NFC'));
}

/** The text with every whole occurrence of the name replaced. */
export function replaceName(text: string, name: string, replacement = ERASED_NAME): string {
  const re = namePattern(name);
  return re ? text.normalize('NFC').replace(re, replacement) : text;
}

/** A field value (text, or a list of texts) with each of the names replaced; the same value when none occurs. */
export function eraseNames<T>(value: T, names: readonly string[], replacement = ERASED_NAME): T {
  if (typeof value === 'string') {
    let out: string = value;
    for (const n of names) if (mentionsName(out, n)) out = replaceName(out, n, replacement);
    return out as T;
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    const out = value.map((v: string) => eraseNames(v, names, replacement));
    return (out.some((v, i) => v !== value[i]) ? out : value) as T;
  }
  return value;
}

/** Whether a field value (text, or a list of texts) names any of them. */
export function valueMentions(value: unknown, names: readonly string[]): boolean {
  if (typeof value === 'string') return names.some((n) => mentionsName(value, n));
  if (Array.isArray(value)) return value.some((v) => typeof v === 'string' && names.some((n) => mentionsName(v, n)));
  return false;
}

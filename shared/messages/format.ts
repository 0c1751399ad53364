/**
 * Messages as data: a key into the catalogue (catalogue.ts) and the values to
 * put in it. The workbook, sync and the API make these; whoever shows one (the
 * CLI, the renderer) words it in its user's language. A value may itself be a
 * message («Fila», a kind's name), so a sentence built of parts is still data.
 *
 * Templates: "{name}" puts in a value; "{n|endring|endringer}" chooses the first
 * word when n is 1 and the second otherwise. A list value is joined with "; ".
 */
export const MESSAGE_LANGUAGES = ['nb', 'en'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

export type MessageParam = string | number | MessageText | readonly MessageParam[];
export type MessageParams = Readonly<Record<string, MessageParam>>;

export interface MessageText {
  readonly key: string;
  readonly params?: MessageParams;
}

export type Catalogue = Readonly<Record<string, Readonly<Record<MessageLanguage, string>>>>;

export function isMessageText(value: unknown): value is MessageText {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as MessageText).key === 'string';
}

export function isMessageLanguage(value: unknown): value is MessageLanguage {
  return (MESSAGE_LANGUAGES as readonly unknown[]).includes(value);
}

const PLACEHOLDER = /\{(\w+)(?:\|([^|}]*)\|([^|}]*))?\}/g;

/**
 * Words a message from a catalogue. An unknown key (a message from a newer
 * installation) falls back to the text the sender gave, else to the key.
 */
export function wordMessage(catalogue: Catalogue, text: MessageText, lang: MessageLanguage, fallback?: string): string {
  const entry = catalogue[text.key];
  if (!entry) return fallback ?? text.key;
  const params = text.params ?? {};
  return entry[lang].replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    if (one !== undefined) return Number(value) === 1 ? one : (other ?? '');
    return wordParam(catalogue, value, lang);
  });
}

function wordParam(catalogue: Catalogue, value: MessageParam, lang: MessageLanguage): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v: MessageParam) => wordParam(catalogue, v, lang)).join('; ');
  return wordMessage(catalogue, value as MessageText, lang);
}

/** The placeholders a template uses, for the catalogue's own test. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}

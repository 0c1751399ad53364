import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES, msg, word } from '../../shared/messages/catalogue.js';
import { MESSAGE_LANGUAGES, placeholdersOf } from '../../shared/messages/format.js';
import { KIND_NAMES } from '../../shared/model/kinds.js';
import { WorkbookError } from '../../shared/errors.js';

const REPO = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the message catalogue', () => {
  it('words every message in bokmål and English, with the same placeholders', () => {
    for (const [key, texts] of Object.entries(MESSAGES)) {
      for (const lang of MESSAGE_LANGUAGES) expect(texts[lang].trim(), `${key} (${lang})`).not.toBe('');
      expect(placeholdersOf(texts.en), `${key}: the English uses the bokmål's placeholders`).toEqual(placeholdersOf(texts.nb));
    }
  });

  it('has no Norwegian letters in the English wording (names of files and commands aside)', () => {
    const norwegian = Object.entries(MESSAGES).filter(([, t]) => /[æøåÆØÅ]/.test(t.en)).map(([k]) => k);
    expect(norwegian).toEqual([]);
  });

  it('has a word for every kind of record', () => {
    for (const kind of KIND_NAMES) expect(Object.keys(MESSAGES)).toContain(`kind.${kind}`);
  });

  it('knows every key the workbook, sync, the CLI and the UI ask for', () => {
    const used = new Set<string>();
    for (const file of [...sources(join(REPO, 'electron')), ...sources(join(REPO, 'shared')), ...sources(join(REPO, 'renderer'))]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bmsg\(\s*'([\w.-]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !(k in MESSAGES))).toEqual([]);
  });

  it('words nested messages, lists and plurals in the reader\'s language', () => {
    const e = new WorkbookError('sync_forged', msg('sync.unsigned', { what: msg('sync.the_file'), name: '«Mysen»', n: 2, nothing: msg('sync.nothing_imported') }));
    expect(e.message).toBe('Fila har 2 endringer i navnet til «Mysen» som «Mysen» ikke har signert: de er forfalsket, laget av noen andre med arbeidsbokas nøkkel. Ingenting er importert.');
    expect(word(e.text, 'en')).toBe("The file has 2 changes in the name of «Mysen» that «Mysen» has not signed: they are forged, made by someone else with the workbook's key. Nothing has been imported.");
    const one = msg('sync.own_forged', { what: 'x', n: 1, nothing: '' });
    expect(word(one, 'en')).toContain('1 change in the name');
    const invalid = msg('record.invalid', { kind: { key: 'kind.risk' }, issues: [msg('field.issue', { field: 'probability', message: msg('field.max', { max: '5' }) }), msg('field.issue', { field: 'title', message: msg('field.empty') })] });
    expect(word(invalid, 'nb')).toBe('Ugyldig risiko: probability: kan være høyst 5; title: kan ikke være tom.');
    expect(word(invalid, 'en')).toBe('Invalid risk: probability: can be at most 5; title: cannot be empty.');
  });

  it('shows the sender\'s text for a key it does not know (a message from a newer installation)', () => {
    expect(word({ key: 'future.thing', params: {} }, 'en', 'Noe nytt.')).toBe('Noe nytt.');
  });
});

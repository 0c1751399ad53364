import { describe, expect, it } from 'vitest';
import { FIELD_WORDS, fieldWord } from '../../shared/report/fieldWords.js';
import { fieldSpecs, KIND_NAMES } from '../../shared/model/kinds.js';

/**
 * A sync conflict names its field, on the sync screen and in a status report's conflicts part
 * (screen, PDF, Word): every field of every kind has a name in both languages, so nobody reads
 * «deviationComment».
 */
describe('the fields\' names', () => {
  const fields = [...new Set(KIND_NAMES.flatMap((kind) => Object.keys(fieldSpecs(kind))))].sort();

  it.each(['nb', 'en'] as const)('every field has a name in %s', (lang) => {
    expect(fields.filter((f) => !FIELD_WORDS[lang][f])).toEqual([]);
  });

  it('names a field in the language asked, and shows an unknown one as its code', () => {
    expect(fieldWord('nb', 'summary')).toBe('Sammendrag');
    expect(fieldWord('en', 'summary')).toBe('Summary');
    expect(fieldWord('en', 'noSuchField')).toBe('noSuchField');
  });
});

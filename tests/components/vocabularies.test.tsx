import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KIND_NAMES, fieldSpecs } from '../../shared/model/kinds.js';
import { VOCABULARIES, fieldShape, type Vocabulary } from '../../shared/report/fieldValue.js';
import { reportValueWords } from '../../shared/report/valueWords.js';
import { nb } from '../../renderer/i18n/nb.js';
import { en } from '../../renderer/i18n/en.js';

/** Every closed set of values the registry declares, by kind and field. */
function enumFields(): { kind: string; field: string }[] {
  const out: { kind: string; field: string }[] = [];
  for (const kind of KIND_NAMES) {
    for (const [field, spec] of Object.entries(fieldSpecs(kind))) {
      const schema = spec.schema instanceof z.ZodNullable ? spec.schema.unwrap() : spec.schema;
      if (schema instanceof z.ZodEnum) out.push({ kind, field });
    }
  }
  return out;
}

describe('the closed vocabularies', () => {
  // A conflict or an import preview shows an enum's value by its word; an enum
  // the registry gains without a vocabulary would show its code instead.
  it('cover every enum field of every kind', () => {
    const fields = enumFields();
    expect(fields.length).toBeGreaterThan(5);
    for (const { kind, field } of fields) {
      expect(fieldShape(kind, field), `${kind}.${field}`).toMatchObject({ type: 'enum' });
    }
    expect(fieldShape('lesson', 'outcome')).toEqual({ type: 'enum', vocabulary: 'lessonOutcome' });
    expect(fieldShape('change-entry', 'type')).toEqual({ type: 'enum', vocabulary: 'changeEntryType' });
  });

  it('have a word for every value in both languages, on the screens and on the command line', () => {
    for (const vocabulary of Object.keys(VOCABULARIES) as Vocabulary[]) {
      for (const code of VOCABULARIES[vocabulary]) {
        for (const [lang, catalogue] of [['nb', nb], ['en', en]] as const) {
          const words = (catalogue.enums as Record<string, Record<string, string>>)[vocabulary];
          expect(words?.[code], `${lang} enums.${vocabulary}.${code}`).toMatch(/\S/);
          expect(reportValueWords(lang).enumLabel(vocabulary, code), `${lang} CLI ${vocabulary}.${code}`).not.toBe(code);
        }
      }
    }
  });
});

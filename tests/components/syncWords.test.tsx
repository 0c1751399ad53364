import { describe, expect, it } from 'vitest';
import i18n from '../../renderer/i18n';
import '../../renderer/screens/sync/i18n';
import { KINDS, fieldSpecs, type Kind } from '../../shared/model/kinds';

/**
 * A conflict or an import preview names the record's kind and the field in words: every kind and
 * every field of the registry has them, in bokmål and English, so a new kind never shows its code.
 */
describe('the sync screen names every kind and field in words', () => {
  for (const lng of ['nb', 'en'] as const) {
    it(`in ${lng}`, () => {
      const t = i18n.getFixedT(lng, 'sync');
      const missing: string[] = [];
      for (const kind of Object.keys(KINDS) as Kind[]) {
        for (const key of [`kinds.${kind}`, `kindsPlural.${kind}`]) if (!i18n.exists(key, { lng, ns: 'sync' })) missing.push(key);
        for (const field of Object.keys(fieldSpecs(kind))) {
          if (!i18n.exists(`fields.${field}`, { lng, ns: 'sync' })) missing.push(`fields.${field} (${kind})`);
        }
      }
      expect(missing).toEqual([]);
      expect(t('kinds.lesson')).toBe(lng === 'nb' ? 'Erfaring' : 'Lesson');
    });
  }
});

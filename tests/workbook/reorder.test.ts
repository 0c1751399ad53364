import { describe, expect, it } from 'vitest';
import { isWorkbookError } from '../../shared/errors.js';
import { newWorkbook, useTempDir } from '../helpers/tempWorkbook.js';

/** Reordering the records of a kind with an order: one transaction, one undo step, the values handed out again. */
describe('reorder', () => {
  const tmp = useTempDir();
  const book = () => tmp.track(newWorkbook(tmp.dir(), 'a.prosjektboka', { empty: true }));

  it('hands the goal numbers out again in the new order, changing only what moved', () => {
    const wb = book();
    const [a, b, c] = ['Første', 'Andre', 'Tredje'].map((text) => wb.commands.create('goal', { text }));
    const changed = wb.commands.reorder('goal', [c!, a!, b!]);
    expect(changed.sort()).toEqual([a!, b!, c!].sort());
    const numbers = wb.records.list('goal').map((g) => [g.fields.text, g.fields.number]);
    expect(numbers).toEqual([['Tredje', 1], ['Første', 2], ['Andre', 3]]);
    expect(wb.commands.reorder('goal', [c!, a!, b!])).toEqual([]);
  });

  it('is one undo step', () => {
    const wb = book();
    const s1 = wb.commands.create('section', { title: 'En', body: '' });
    const s2 = wb.commands.create('section', { title: 'To', body: '' });
    const tag = { session: 'session-reorder', label: 'Flyttet «To»' };
    wb.history.run(tag, () => wb.commands.reorder('section', [s2, s1]));
    expect(wb.records.list('section').map((s) => s.fields.title)).toEqual(['To', 'En']);
    expect(wb.history.undo('session-reorder').done).toBe('all');
    expect(wb.records.list('section').map((s) => s.fields.title)).toEqual(['En', 'To']);
  });

  it('refuses a kind without an order, and the same record twice, writing nothing', () => {
    const wb = book();
    const p = wb.commands.create('person', { name: 'Kari' });
    const g = wb.commands.create('goal', { text: 'Mål' });
    for (const fn of [() => wb.commands.reorder('person', [p]), () => wb.commands.reorder('goal', [g, g])]) {
      let error: unknown;
      try {
        fn();
      } catch (e) {
        error = e;
      }
      expect(isWorkbookError(error) && error.issues[0]?.field).toBe('ids');
    }
    expect(wb.records.get('goal', g)!.fields.number).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { isSearchable, searchTerms } from '../../shared/rules/searchQuery.js';
import { excerpt, toMatchExpression } from '../../electron/workbook/searchIndex.js';
import { markTerms } from '../../electron/workbook/searchMarks.js';

describe('a typed query as search terms', () => {
  it.each([
    ['gruppe B', ['gruppe B']],
    ['«Prosjektgruppe B»', ['Prosjektgruppe B']],
    ['B gruppe', ['B gruppe']],
    ['møte anbud', ['møte', 'anbud']],
    ['IT-avdelingen', ['IT-avdelingen']],
    ['anbudet.', ['anbudet']],
    ['kl 13 møte', ['kl 13', 'møte']],
    ['  ', []],
    ['B', []],
    ['"*', []],
    ['NEAR(', ['NEAR']],
  ])('%j → %j', (query, terms) => {
    expect(searchTerms(query)).toEqual(terms);
    expect(isSearchable(query)).toBe(terms.length > 0);
  });

  it('quotes every term for FTS5, doubling quotes inside', () => {
    expect(toMatchExpression('gruppe B mål')).toBe('"gruppe B" "mål"');
    expect(toMatchExpression('a"bc')).toBe('"a""bc"');
  });
});

describe('an excerpt around the first match', () => {
  const O = '\uE000';
  const C = '\uE001';
  it('starts at a line of the document before the match and ends at a word, never inside a match', () => {
    const marked = `Bibliotekkonsulent\nDrammensbibliotekene / Svelvik bibliotek\nKoordinator, Prosjekt${O}gruppe B${C}\nDrammen kommune og noen flere ord som ikke får plass i utdraget uansett hvor mye`;
    const text = excerpt(marked, 30, 20);
    expect(text.startsWith(`…Koordinator, Prosjekt${O}gruppe B${C}`)).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(excerpt(`Kort tekst om ${O}anbudet${C}.`)).toBe(`Kort tekst om ${O}anbudet${C}.`);
    // A long match is kept whole even past the window.
    expect(excerpt(`${O}${'a'.repeat(50)}${C} b`, 5, 5)).toBe(`${O}${'a'.repeat(50)}${C} b`);
  });
});

describe('marking the terms in a text as the index matches them', () => {
  const mark = (text: string, ...terms: string[]) => markTerms(text, terms, '[', ']');
  it.each([
    ['Koordinator Prosjektgruppe B', ['gruppe B'], 'Koordinator Prosjekt[gruppe B]'],
    ['Ha tydelige mål og rammer', ['mal'], 'Ha tydelige [mål] og rammer'],
    ['Øystein og øvrige', ['øy'], '[Øy]stein og øvrige'],
    ['INNBYGGERTORG og innbyggere', ['innbygger'], '[INNBYGGER]TORG og [innbygger]e'],
    ['anbud anbudet', ['anbud', 'anbudet'], '[anbud] [anbudet]'],
    ['ingen treff her', ['xyz'], 'ingen treff her'],
    ['Emoji 🙂 før café', ['cafe'], 'Emoji 🙂 før [café]'],
  ])('%j with %j → %j', (text, terms, marked) => {
    expect(mark(text, ...terms)).toBe(marked);
  });
});

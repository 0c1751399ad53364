import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_KRONER } from '../../shared/model/enums.js';
import { formatAmount, formatKroner, parseKroner } from '../../shared/rules/money.js';

// Spelled as escapes so the expected strings show which space is meant.
const NBSP = '\u00a0';
const NNBSP = '\u202f';
const MINUS = '\u2212';

describe('formatKroner', () => {
  it.each<[number, string]>([
    [0, `0${NBSP}kr`],
    [7, `7${NBSP}kr`],
    [999, `999${NBSP}kr`],
    [1000, `1${NBSP}000${NBSP}kr`],
    [12_345, `12${NBSP}345${NBSP}kr`],
    [123_456, `123${NBSP}456${NBSP}kr`],
    [1_170_000, `1${NBSP}170${NBSP}000${NBSP}kr`],
    [MAX_KRONER, `1${NBSP}000${NBSP}000${NBSP}000${NBSP}000${NBSP}kr`],
    [-1000, `${MINUS}1${NBSP}000${NBSP}kr`],
    [-5, `${MINUS}5${NBSP}kr`],
    [-0, `0${NBSP}kr`],
  ])('%d → %j', (n, expected) => {
    expect(formatKroner(n)).toBe(expected);
  });

  it('is exactly "1 170 000 kr" with no-break spaces', () => {
    expect(formatKroner(1_170_000)).toBe('1\u00a0170\u00a0000\u00a0kr');
    expect(formatKroner(-1000)).toBe('\u22121\u00a0000\u00a0kr');
  });

  it.each([1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53])(
    'refuses %d, which is not a whole number of kroner',
    (n) => {
      expect(() => formatKroner(n)).toThrow(RangeError);
      expect(() => formatAmount(n)).toThrow(RangeError);
    },
  );
});

describe('formatAmount', () => {
  it.each<[number, string]>([
    [0, '0'],
    [999, '999'],
    [1000, `1${NBSP}000`],
    [1_170_000, `1${NBSP}170${NBSP}000`],
    [-1000, `${MINUS}1${NBSP}000`],
    [-999_999, `${MINUS}999${NBSP}999`],
  ])('%d → %j', (n, expected) => {
    expect(formatAmount(n)).toBe(expected);
  });
});

describe('parseKroner accepts', () => {
  it.each<[string, number]>([
    ['1 170 000', 1_170_000],
    ['1170000', 1_170_000],
    ['1 170 000,00', 1_170_000],
    ['1 170 000,0', 1_170_000],
    ['1 170 000,-', 1_170_000],
    ['1 170 000,–', 1_170_000],
    ['1.170.000', 1_170_000],
    ['1.170.000,00', 1_170_000],
    ['1.170.000,-', 1_170_000],
    ['1 170 000 kr', 1_170_000],
    ['1 170 000kr', 1_170_000],
    ['1 170 000 KR', 1_170_000],
    ['1 170 000 kr.', 1_170_000],
    ['1 170 000,- kr', 1_170_000],
    ['1 170 000,00 kr', 1_170_000],
    ['kr 1 170 000', 1_170_000],
    ['kr1170000', 1_170_000],
    ['kr. 1 170 000', 1_170_000],
    ['Kr 1 170 000,-', 1_170_000],
    ['NOK 1 170 000', 1_170_000],
    ['1 170 000 NOK', 1_170_000],
    [`1${NBSP}170${NBSP}000`, 1_170_000],
    [`1${NNBSP}170${NNBSP}000`, 1_170_000],
    [`1${NBSP}170${NBSP}000${NBSP}kr`, 1_170_000],
    ['  1 170 000  ', 1_170_000],
    ['1  170   000', 1_170_000],
    ['0', 0],
    ['0,00', 0],
    ['-0', 0],
    ['007', 7],
    ['999', 999],
    ['1 000', 1000],
    ['1.000', 1000],
    ['1000', 1000],
    ['1.170,000', 1170], // the dot groups, the comma is the decimal mark
    ['1 000 000 000 000', MAX_KRONER],
  ])('%j → %d', (input, value) => {
    expect(parseKroner(input)).toEqual({ ok: true, value });
  });

  it('reads back everything formatKroner and formatAmount print', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_KRONER }), (n) => {
        expect(parseKroner(formatKroner(n))).toEqual({ ok: true, value: n });
        expect(parseKroner(formatAmount(n))).toEqual({ ok: true, value: n });
        expect(parseKroner(String(n))).toEqual({ ok: true, value: n });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses every negative amount formatKroner prints', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_KRONER }), (n) => {
        expect(parseKroner(formatKroner(-n))).toEqual({ ok: false, error: 'negative' });
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseKroner refuses', () => {
  it.each<[string, string]>([
    ['', 'empty'],
    ['   ', 'empty'],
    [NBSP, 'empty'],

    ['abc', 'not_a_number'],
    ['kr', 'not_a_number'],
    ['-', 'not_a_number'],
    ['12abc', 'not_a_number'],
    ['1e6', 'not_a_number'],
    ['0x10', 'not_a_number'],
    ['Infinity', 'not_a_number'],
    ['NaN', 'not_a_number'],
    ['+5', 'not_a_number'],
    ['5-', 'not_a_number'],
    ['-abc', 'not_a_number'],
    [',50', 'not_a_number'],
    ['1000,', 'not_a_number'],
    ['1000,5a', 'not_a_number'],
    ['1,000,000', 'not_a_number'],
    ['1 70 000', 'not_a_number'], // a slipped group is not silently 170 000
    ['1 1700 00', 'not_a_number'],
    ['1170.50', 'not_a_number'], // a dot is only ever a thousands separator
    ['1.17', 'not_a_number'],
    ['1 170.000', 'not_a_number'],
    ['5 kr kr', 'not_a_number'],
    ['kr 5 kr', 'not_a_number'],
    ['fem', 'not_a_number'],

    ['1 170 000,50', 'fraction'],
    ['1 170 000,05', 'fraction'],
    ['12,5', 'fraction'],
    ['0,01', 'fraction'],
    ['1.170.000,50 kr', 'fraction'],

    ['-5', 'negative'],
    [`${MINUS}5`, 'negative'],
    ['–5', 'negative'],
    ['- 5', 'negative'],
    ['-1 000 kr', 'negative'],
    ['kr -5', 'negative'],
    ['-kr 5', 'negative'],
    [`${MINUS}1${NBSP}000${NBSP}kr`, 'negative'],
    ['-5,50', 'negative'],
    ['-0,50', 'negative'],

    ['1 000 000 000 001', 'too_large'],
    ['1000000000001', 'too_large'],
    ['99999999999999999999999999', 'too_large'],
  ])('%j: %s', (input, error) => {
    expect(parseKroner(input)).toEqual({ ok: false, error });
  });
});

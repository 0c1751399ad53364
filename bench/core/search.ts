import { openWorkbook } from '../../electron/workbook/open.js';
import { toMatchExpression } from '../../electron/workbook/searchIndex.js';
import { progress } from '../lib/log.js';
import { Rng } from '../lib/prng.js';
import { median, nowMs, quantile, round } from '../lib/stats.js';
import type { BenchResult, BenchSection } from '../lib/types.js';
import { largeWorkbookPath } from './fixture.js';

/**
 * What people type into the search box: one or two words, whole or the start
 * of a word (every word is matched as a prefix), common and rare terms, a
 * place name, a person's name, a word with æøå.
 */
export const QUERIES: readonly string[] = [
  'bibliotek',
  'innbygg',
  'meråpent',
  'arrangement',
  'digit',
  'styringsgruppen',
  'budsjett',
  'risiko tiltak',
  'meråpent bibliotek',
  'Mysen',
  'Askim filial',
  'kompetanse',
  'frivillige',
  'åpningstider helg',
  'brukerundersøkelse',
  'samlokal',
  'økonomi',
  'sluttrapport',
  'Borsheim',
  'lånekort skolen',
];

const WARMUP = 3;
const ITERATIONS = Math.max(1, Number(process.env.BENCH_SEARCH_ITERATIONS ?? 40));

/**
 * Full-text search over the large workbook through `wb.search.search(q)`
 * (default limit, 50 hits with snippets). Each iteration runs every query
 * once, in a shuffled order, so no query always runs on a cache its
 * predecessor warmed.
 */
const section: BenchSection = {
  name: 'search',
  description: `wb.search.search(q) on the large workbook, ${QUERIES.length} queries × ${ITERATIONS} runs`,
  async run() {
    const wb = openWorkbook(largeWorkbookPath());
    try {
      const countMatches = wb.sqliteForTests.prepare('SELECT COUNT(*) FROM search_index WHERE search_index MATCH ?').pluck();
      const perQuery = new Map<string, number[]>();
      const hits = new Map<string, number>();
      const matches = new Map<string, number>();
      for (const q of QUERIES) {
        perQuery.set(q, []);
        for (let i = 0; i < WARMUP; i++) hits.set(q, wb.search.search(q).length);
        matches.set(q, countMatches.get(toMatchExpression(q)) as number);
      }
      const rng = new Rng('search-order');
      const all: number[] = [];
      for (let it = 0; it < ITERATIONS; it++) {
        const order = [...QUERIES];
        for (let i = order.length - 1; i > 0; i--) {
          const j = rng.int(0, i);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        for (const q of order) {
          const start = nowMs();
          wb.search.search(q);
          const ms = nowMs() - start;
          perQuery.get(q)!.push(ms);
          all.push(ms);
        }
      }
      const queries = QUERIES.map((q) => {
        const samples = perQuery.get(q)!;
        return {
          query: q,
          hits: hits.get(q)!,
          matchingRecords: matches.get(q)!,
          medianMs: round(median(samples), 3),
          p95Ms: round(quantile(samples, 0.95), 3),
        };
      });
      const slowest = queries.reduce((a, b) => (b.p95Ms > a.p95Ms ? b : a));
      progress(`search: slowest query "${slowest.query}" (${slowest.matchingRecords} matching records), p95 ${slowest.p95Ms} ms`);
      const results: BenchResult[] = [
        { name: 'queries', label: 'queries × runs', value: all.length, unit: 'searches', detail: { queries: QUERIES.length, iterations: ITERATIONS, warmup: WARMUP } },
        { name: 'median_ms', label: 'query time, median', value: round(median(all), 3), unit: 'ms', target: { op: '<=', value: 20 } },
        { name: 'p95_ms', label: 'query time, p95', value: round(quantile(all, 0.95), 3), unit: 'ms', target: { op: '<=', value: 20 } },
        { name: 'max_ms', label: 'query time, max', value: round(Math.max(...all), 3), unit: 'ms' },
        {
          name: 'slowest_query_p95_ms',
          label: `slowest query ("${slowest.query}"), p95`,
          value: slowest.p95Ms,
          unit: 'ms',
          detail: { perQuery: queries },
        },
      ];
      return results;
    } finally {
      wb.close();
    }
  },
};
export default section;

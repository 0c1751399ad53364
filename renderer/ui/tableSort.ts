/** Sorting a Table's rows: words in Norwegian order with numbers inside them read as numbers («Mål 2» before «Mål 10»). */
export type SortDirection = 'ascending' | 'descending';
export type SortValue = string | number | null | undefined;

export interface TableSort {
  column: string;
  direction: SortDirection;
}

const collator = new Intl.Collator('nb', { numeric: true, sensitivity: 'base' });

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

const isBlank = (v: SortValue) => v === null || v === undefined || v === '';

/**
 * The rows in the order asked for. Stable (equal rows keep the order they came in), and a row without a
 * value comes last either way: an action item with no due date is not «the earliest».
 */
export function sortRows<R>(rows: readonly R[], value: (row: R) => SortValue, direction: SortDirection): R[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      const blankA = isBlank(a.key);
      const blankB = isBlank(b.key);
      if (blankA || blankB) return blankA === blankB ? a.index - b.index : blankA ? 1 : -1;
      return sign * compareValues(a.key, b.key) || a.index - b.index;
    })
    .map((entry) => entry.row);
}

/** The next sort after a click on a column's header: ascending first, then the other way. */
export function nextSort(current: TableSort | null | undefined, column: string): TableSort {
  if (current?.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: 'ascending' };
}

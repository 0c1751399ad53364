import { Fragment, useState, type HTMLAttributes, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowDown, ArrowUp, ChevronsUpDown } from 'lucide-react';
import './i18n';
import './data.css';
import { nextSort, sortRows, type SortDirection, type SortValue, type TableSort } from './tableSort';

/**
 * What a column holds. `text` wraps between words (never inside one); `number` and `date` stand
 * right-aligned in tabular figures, so amounts and dates line up; a number never breaks, a date
 * written in words may wrap between them.
 */
export type ColumnType = 'text' | 'number' | 'date';

export interface TableColumn<R> {
  id: string;
  header: ReactNode;
  cell: (row: R) => ReactNode;
  type?: ColumnType;
  /** Makes the column sortable: the value its rows are ordered by. */
  sortValue?: (row: R) => SortValue;
  /** The cell names its row (a th scope="row"), e.g. the record's title. */
  rowHeader?: boolean;
  /** As narrow as its content (a row's buttons, a status): the other columns take the width. */
  shrink?: boolean;
  className?: string;
}

export interface TableProps<R> {
  columns: readonly TableColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** The table's name: one of the two, or a caption. */
  'aria-label'?: string;
  'aria-labelledby'?: string;
  caption?: ReactNode;
  /** Controlled sort (with onSortChange); without it the table keeps its own, starting at defaultSort. */
  sort?: TableSort | null;
  defaultSort?: TableSort | null;
  onSortChange?: (sort: TableSort) => void;
  /** Attributes of a row's <tr>: a className, data-record-id (search finds its place by it). */
  rowProps?: (row: R) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string | undefined>;
  /**
   * Draw a row yourself, given the one the table would draw: add an editor row after it, or put a
   * deleted record's «Angre» row in its place (the records pattern).
   */
  renderRow?: (row: R, tr: ReactElement) => ReactNode;
  /** Shown in the body when there are no rows (an EmptyState, usually). */
  empty?: ReactNode;
  /**
   * For a table whose longest words together may be wider than an 800 px window: it scrolls sideways
   * inside its frame rather than widen the page (its header then sticks only within that frame).
   */
  scrollable?: boolean;
  className?: string;
}

/** Number and date cells stand right-aligned; a date written in words («September/oktober 2022») may still wrap between them. */
function typeClass(type: ColumnType | undefined): string {
  return type === 'number' ? 'ui-td-num' : type === 'date' ? 'ui-td-num ui-td-date' : '';
}

function cellClass(column: TableColumn<unknown>): string {
  return ['ui-td', typeClass(column.type), column.shrink ? 'ui-td-shrink' : '', column.className ?? ''].filter(Boolean).join(' ');
}

/**
 * A sortable column's header: its words and an arrow that says the order, with the order said aloud
 * too. The th around it carries aria-sort. Table draws it; a table of its own (a virtualised register)
 * uses it in its header so its sorting looks and reads the same.
 */
export function TableSortButton({ sorted, onClick, children }: { sorted?: SortDirection | undefined; onClick: () => void; children: ReactNode }) {
  const { t } = useTranslation('ui');
  const Icon = sorted === 'ascending' ? ArrowUp : sorted === 'descending' ? ArrowDown : ChevronsUpDown;
  return (
    <button type="button" className="ui-table-sort" onClick={onClick}>
      <span>{children}</span>
      <Icon aria-hidden="true" size={14} className={sorted ? 'ui-table-sort-icon is-sorted' : 'ui-table-sort-icon'} />
      {sorted ? <span className="sr-only">{t(sorted === 'ascending' ? 'table.sortedAscending' : 'table.sortedDescending')}</span> : null}
    </button>
  );
}

/**
 * The kit's table: a sticky header, columns as wide as their content in the width there is, words
 * wrapped only between words, numbers and dates right-aligned, and sorting from a header's button
 * (aria-sort on the sorted column, so a screen reader says how the rows are ordered).
 */
export function Table<R>({
  columns, rows, rowKey, caption, sort: controlled, defaultSort = null, onSortChange, rowProps, renderRow, empty, scrollable, className, ...names
}: TableProps<R>) {
  const { t } = useTranslation('ui');
  const [own, setOwn] = useState<TableSort | null>(defaultSort);
  const sort = controlled === undefined ? own : controlled;
  const sortColumn = sort ? columns.find((c) => c.id === sort.column && c.sortValue) : undefined;
  const shown = sortColumn && sort ? sortRows(rows, sortColumn.sortValue!, sort.direction) : rows;

  const choose = (column: string) => {
    const next = nextSort(sort, column);
    if (controlled === undefined) setOwn(next);
    onSortChange?.(next);
  };

  return (
    <div className={['ui-table-wrap', scrollable ? 'ui-table-scroll' : '', className ?? ''].filter(Boolean).join(' ')}>
      <table className="ui-table" aria-label={names['aria-label']} aria-labelledby={names['aria-labelledby']}>
        {caption ? <caption className="ui-table-caption">{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((c) => {
              const sorted = sortColumn?.id === c.id ? sort!.direction : undefined;
              return (
                <th key={c.id} scope="col" aria-sort={sorted}
                  className={['ui-th', typeClass(c.type), c.shrink ? 'ui-td-shrink' : ''].filter(Boolean).join(' ')}>
                  {c.sortValue ? <TableSortButton sorted={sorted} onClick={() => choose(c.id)}>{c.header}</TableSortButton> : c.header}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="ui-td ui-table-empty">{empty ?? t('table.empty')}</td>
            </tr>
          ) : shown.map((row) => {
            const key = rowKey(row);
            const tr = (
              <tr key={key} {...rowProps?.(row)}>
                {columns.map((c) => {
                  const Cell = c.rowHeader ? 'th' : 'td';
                  return <Cell key={c.id} scope={c.rowHeader ? 'row' : undefined} className={cellClass(c as TableColumn<unknown>)}>{c.cell(row)}</Cell>;
                })}
              </tr>
            );
            return renderRow ? <Fragment key={key}>{renderRow(row, tr)}</Fragment> : tr;
          })}
        </tbody>
      </table>
    </div>
  );
}

export type { TableSort, SortDirection, SortValue } from './tableSort';
export { sortRows } from './tableSort';

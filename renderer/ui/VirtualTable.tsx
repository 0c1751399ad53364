import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import './i18n';
import './data.css';
import type { ColumnType } from './Table';

export interface VirtualColumn {
  readonly id: string;
  readonly header: ReactNode;
  /** As in Table: `number` and `date` right-aligned in tabular figures on one line; `text` wraps between words. */
  readonly type?: ColumnType;
  /**
   * How many lines a text cell may take before it is cut (between words); give the rows the height for
   * them. Default 2; 0 leaves the cell to its content (a control, or words the screen clamps itself).
   */
  readonly lines?: number;
}

export interface VirtualRow {
  /** One node per column, in column order. */
  readonly cells: readonly ReactNode[];
  /** Instead of cells: one cell across the row (a deleted meeting's «Angre» row). */
  readonly whole?: ReactNode;
  readonly className?: string;
}

export interface VirtualTableProps {
  /** The table's accessible name. */
  label: string;
  /** Name of the scrolling body, which takes keyboard focus so arrow keys and Page Down scroll it. */
  bodyLabel: string;
  columns: readonly VirtualColumn[];
  /** CSS grid-template-columns shared by the header and every row, so they line up. */
  template: string;
  count: number;
  /** Fixed row height in pixels: rows of one size keep scrolling through 10 000 of them smooth. */
  rowHeight: number;
  /** The row's cells, or undefined while it is still loading. */
  renderRow(index: number): VirtualRow | undefined;
  rowKey?(index: number): string | number;
  /** Shown in a row still loading; the kit's «Laster …» unless given. */
  loadingText?: string;
  /**
   * The narrowest the columns may be together (the sum of the template's minimums, e.g. '44rem'): in a
   * narrower window the table scrolls sideways as a whole instead of squeezing its words.
   */
  minWidth?: string;
  /** Told which rows are on screen (with some to spare), to fetch them. */
  onRangeChange?(start: number, end: number): void;
  className?: string;
}

/**
 * A table whose rows are rendered only while on screen (@tanstack/react-virtual),
 * written with ARIA table roles and aria-rowindex so screen readers still hear
 * "row 5 012 of 10 001". It looks like the kit's Table; its rows have one fixed height, so a text
 * cell shows at most `lines` lines of its words.
 */
export function VirtualTable({
  label, bodyLabel, columns, template, count, rowHeight, renderRow, rowKey, loadingText, minWidth, onRangeChange, className,
}: VirtualTableProps) {
  const { t } = useTranslation('ui');
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    getItemKey: rowKey,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index;
  const last = items[items.length - 1]?.index;
  useEffect(() => {
    if (first !== undefined && last !== undefined) onRangeChange?.(first, last);
  }, [first, last, onRangeChange]);

  return (
    <div role="table" aria-label={label} aria-rowcount={count + 1} className={`vt${className ? ` ${className}` : ''}`}>
      <div className="vt-inner" style={minWidth ? ({ '--vt-min-width': minWidth } as CSSProperties) : undefined}>
      <div role="rowgroup" className="vt-head">
        <div role="row" aria-rowindex={1} className="vt-row" style={{ gridTemplateColumns: template }}>
          {columns.map((c) => <div role="columnheader" key={c.id} className={`${cellClass(c)} vt-${c.id}`}>{c.header}</div>)}
        </div>
      </div>
      <div role="rowgroup" aria-label={bodyLabel} tabIndex={0} className="vt-body" ref={scrollRef} style={{ height: count * rowHeight + 1 }}>
        <div className="vt-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = renderRow(item.index);
            return (
              <div role="row" aria-rowindex={item.index + 2} key={item.key}
                className={`vt-row${row?.className ? ` ${row.className}` : ''}${item.index % 2 === 1 ? ' vt-odd' : ''}`}
                style={{ gridTemplateColumns: template, height: rowHeight, transform: `translateY(${item.start}px)` }}>
                {row?.whole !== undefined
                  ? <div role="cell" aria-colspan={columns.length} className="vt-cell vt-whole" style={{ gridColumn: '1 / -1' }}>{row.whole}</div>
                  : row
                  ? row.cells.map((cell, i) => {
                    const column = columns[i];
                    return (
                      <div role="cell" key={column?.id ?? i} className={`${cellClass(column)} vt-${column?.id ?? i}${clamps(column) ? ' vt-cell-text' : ''}`}
                        style={clamps(column) && column?.lines ? ({ '--vt-lines': column.lines } as CSSProperties) : undefined}>
                        {cell}
                      </div>
                    );
                  })
                  : <div role="cell" className="vt-cell vt-loading">{loadingText ?? t('loading')}</div>}
              </div>
            );
          })}
        </div>
      </div>
      </div>
    </div>
  );
}

const isText = (column: VirtualColumn | undefined) => !column?.type || column.type === 'text';
const clamps = (column: VirtualColumn | undefined) => isText(column) && column?.lines !== 0;
const cellClass = (column: VirtualColumn | undefined) => (isText(column) ? 'vt-cell' : 'vt-cell vt-cell-num');

import { useEffect, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

export interface VirtualColumn {
  readonly id: string;
  readonly header: ReactNode;
}

export interface VirtualRow {
  /** One node per column, in column order. */
  readonly cells: readonly ReactNode[];
  /** Instead of cells: one cell across the row (a deleted meeting's «Angre» row). */
  readonly whole?: ReactNode;
  readonly className?: string;
}

interface VirtualTableProps {
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
  loadingText: string;
  /** Told which rows are on screen (with some to spare), to fetch them. */
  onRangeChange?(start: number, end: number): void;
  className?: string;
}

/**
 * A table whose rows are rendered only while on screen (@tanstack/react-virtual),
 * written with ARIA table roles and aria-rowindex so screen readers still hear
 * "row 5 012 of 10 001".
 */
export function VirtualTable({
  label, bodyLabel, columns, template, count, rowHeight, renderRow, rowKey, loadingText, onRangeChange, className,
}: VirtualTableProps) {
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
      <div role="rowgroup" className="vt-head">
        <div role="row" aria-rowindex={1} className="vt-row" style={{ gridTemplateColumns: template }}>
          {columns.map((c) => <div role="columnheader" key={c.id} className={`vt-cell vt-${c.id}`}>{c.header}</div>)}
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
                  ? row.cells.map((cell, i) => <div role="cell" key={columns[i]?.id ?? i} className={`vt-cell vt-${columns[i]?.id ?? i}`}>{cell}</div>)
                  : <div role="cell" className="vt-cell vt-loading">{loadingText}</div>}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TablePages } from '../../db/hooks/use-table-pages';
import type { SortColumn, TableRow } from '../../db/queries/complaint-table';

export interface Column {
  key: SortColumn | 'symptom' | 'channel' | 'returns';
  title: string;
  width: string;
  render: (row: TableRow) => React.ReactNode;
  sortable: boolean;
}

const ROW_HEIGHT = 36;

interface Props {
  columns: Column[];
  pages: TablePages;
  sort: SortColumn;
  descending: boolean;
  onSort(column: SortColumn): void;
  onOpen(row: TableRow): void;
  height: number;
  label: string;
}

/** A grid that renders only the rows in view; rows load by page as they appear. */
export function VirtualTable({ columns, pages, sort, descending, onSort, onOpen, height, label }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = pages.count ?? 0;
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensureRange } = pages;
  useEffect(() => {
    if (count > 0) ensureRange(first, Math.min(last, count - 1));
  }, [first, last, count, ensureRange]);
  const template = columns.map((c) => c.width).join(' ');
  // The columns' minimum widths: below them the grid scrolls sideways instead of clipping the last columns.
  const minWidth = columns.reduce((sum, c) => sum + Number(/(\d+)px/.exec(c.width)?.[1] ?? 0), 0);
  return (
    <div className="vt" role="grid" aria-label={label} aria-rowcount={count} style={{ overflowX: 'auto' }}>
      <div className="vt-head" role="row" style={{ gridTemplateColumns: template, minWidth }}>
        {columns.map((c) => (
          <div
            key={c.key}
            role="columnheader"
            aria-sort={c.key === sort ? (descending ? 'descending' : 'ascending') : 'none'}
            onClick={() => c.sortable && onSort(c.key as SortColumn)}
          >
            {c.title}
            {c.key === sort ? (descending ? ' ▼' : ' ▲') : ''}
          </div>
        ))}
      </div>
      <div ref={scrollRef} className="vt-body" style={{ height, minWidth }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = pages.rowAt(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 1}
                className="vt-row"
                tabIndex={0}
                data-number={row?.number}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)`, gridTemplateColumns: template }}
                onClick={() => row && onOpen(row)}
                onKeyDown={(e) => e.key === 'Enter' && row && onOpen(row)}
              >
                {row ? columns.map((c) => <div key={c.key} role="gridcell">{c.render(row)}</div>) : <div role="gridcell">…</div>}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

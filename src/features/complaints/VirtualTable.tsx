import { useEffect, useLayoutEffect, useRef, useState } from 'react';
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
const HEAD_HEIGHT = 37;
const MIN_HEIGHT = 220;

interface Props {
  columns: Column[];
  pages: TablePages;
  sort: SortColumn;
  descending: boolean;
  onSort(column: SortColumn): void;
  onOpen(row: TableRow): void;
  label: string;
  /** Changes when the rows are a different list (another sort, filter or view): the grid returns to its top. */
  resetKey: string;
}

/** The grid takes the window's height below its top edge, so the page itself never scrolls. */
function useFillHeight(ref: React.RefObject<HTMLDivElement | null>): number {
  const [height, setHeight] = useState(400);
  useLayoutEffect(() => {
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 0;
      setHeight(Math.max(MIN_HEIGHT, Math.floor(window.innerHeight - top - 16)));
    };
    measure();
    window.addEventListener('resize', measure);
    const observer = new ResizeObserver(measure);
    if (ref.current?.parentElement) observer.observe(ref.current.parentElement);
    return () => {
      window.removeEventListener('resize', measure);
      observer.disconnect();
    };
  }, [ref]);
  return height;
}

/**
 * A grid that renders only the rows in view; rows load by page as they appear.
 * One scroll box holds the header (sticky) and the rows, so its scrollbars,
 * vertical and horizontal, are always on screen: below the columns' minimum
 * widths the grid scrolls sideways instead of clipping the last columns.
 */
export function VirtualTable({ columns, pages, sort, descending, onSort, onOpen, label, resetKey }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const height = useFillHeight(scrollRef);
  const count = pages.count ?? 0;
  const virtualizer = useVirtualizer({
    count, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12, paddingStart: HEAD_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensureRange } = pages;
  useEffect(() => {
    if (count > 0) ensureRange(first, Math.min(last, count - 1));
  }, [first, last, count, ensureRange]);
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0, left: 0 });
  }, [resetKey]);
  const template = columns.map((c) => c.width).join(' ');
  const minWidth = columns.reduce((sum, c) => sum + Number(/(\d+)px/.exec(c.width)?.[1] ?? 0), 0);
  return (
    <div className="vt" role="grid" aria-label={label} aria-rowcount={count}>
      <div ref={scrollRef} className="vt-body" data-testid="vt-scroll" style={{ height, overflow: 'auto' }}>
        <div style={{ height: virtualizer.getTotalSize(), minWidth, position: 'relative' }}>
          <div className="vt-head" role="row" style={{ gridTemplateColumns: template, height: HEAD_HEIGHT, position: 'sticky', top: 0, zIndex: 2 }}>
            {columns.map((c) => (
              <div
                key={c.key}
                role="columnheader"
                title={c.title}
                aria-sort={c.key === sort ? (descending ? 'descending' : 'ascending') : 'none'}
                onClick={() => c.sortable && onSort(c.key as SortColumn)}
              >
                {c.title}
                {c.key === sort ? (descending ? ' ▼' : ' ▲') : ''}
              </div>
            ))}
          </div>
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

/**
 * Page cache for the virtualised tracking table: the total count is a live
 * query; rows are read a page at a time when they scroll into view. The cache
 * is dropped when the query or the data changes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db';
import { countRows, loadPage, loadPageWithVersion, type TableQuery, type TableRow } from '../queries/complaint-table';
import { useDataVersion } from './use-db';
import { markStart } from './start-marks';
import { useFirstScreenDone } from './first-screen';
import { PAGE_SIZE, takeReadAhead, type FirstRead } from './first-page-ahead';

export { PAGE_SIZE };

export interface TablePages {
  /** Rows the grid can lay out: the exact count once known, the first page's size until then. */
  count: number | undefined;
  /** The exact number of matching rows (counting 100,000 rows takes a while in IndexedDB). */
  exactCount: number | undefined;
  rowAt(index: number): TableRow | undefined;
  ensureRange(start: number, end: number): void;
}

export function useTablePages(query: TableQuery): TablePages {
  const live = useDataVersion();
  // Until the live data version answers, the version the first page was read at (below) stands in for it.
  const [readAt, setReadAt] = useState<number | undefined>(undefined);
  const version = live ?? readAt;
  const queryKey = JSON.stringify(query);
  const cacheKey = `${queryKey}#${version}`;
  const [pages, setPages] = useState<{ key: string; map: Map<number, TableRow[]> }>({ key: cacheKey, map: new Map() });
  const firstPage = pages.key === cacheKey ? pages.map.get(0) : undefined;
  // The first count waits for the first screen (first-screen.ts): IndexedDB runs the long count walk
  // ahead of a read queued behind it, which kept rows off the screen at start.
  const countStarted = useFirstScreenDone();
  const counted = useLiveQuery(
    async () => (countStarted ? countRows(getDb(), JSON.parse(queryKey) as TableQuery) : undefined),
    [queryKey, version, countStarted],
  );
  // A first page shorter than a page already is the count.
  const count = counted ?? (firstPage && firstPage.length < PAGE_SIZE ? firstPage.length : undefined);
  const inflight = useRef(new Set<string>());
  // The newest key, read by page loads that resolve after the query or the data changed.
  const latestKey = useRef(cacheKey);
  useEffect(() => {
    latestKey.current = cacheKey;
  }, [cacheKey]);

  const current = pages.key === cacheKey ? pages.map : null;

  // Until the data version is known, the first page is read with the version it was read at (one transaction),
  // and shown under that version: the rows need not wait for the version's own read and a render (#18). When the
  // live version answers with another number (a write in between), the key changes and the page is read again.
  const early = useRef<FirstRead | null>(null);
  useEffect(() => {
    markStart('cd:table-mounted');
    if (version !== undefined || early.current?.queryKey === queryKey) return;
    markStart('cd:first-query-start');
    const read = takeReadAhead(queryKey)?.read ?? loadPageWithVersion(getDb(), JSON.parse(queryKey) as TableQuery, 0, PAGE_SIZE);
    early.current = { queryKey, read };
    read.then(
      ({ version: at, page }) => {
        markStart('cd:first-query-end');
        const key = `${queryKey}#${at}`;
        // Rows another read already put on screen stay.
        setPages((prev) => (prev.map.size > 0 && prev.key !== key ? prev : { key, map: new Map(prev.map).set(0, page.rows) }));
        setReadAt(at);
      },
      () => undefined,
    );
  }, [version, queryKey]);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      // Until the data version is known a page would be read under a key about to change, and read again
      // behind the count it let start: at 100,000 rows that second read waited seconds (#18).
      if (version === undefined) return;
      const q = JSON.parse(queryKey) as TableQuery;
      for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor(end / PAGE_SIZE); p++) {
        const flightKey = `${cacheKey}:${p}`;
        if (current?.has(p) || inflight.current.has(flightKey)) continue;
        inflight.current.add(flightKey);
        if (p === 0) markStart('cd:first-query-start');
        const ahead = p === 0 && early.current?.queryKey === queryKey ? early.current.read : null;
        if (ahead) early.current = null;
        const read = ahead ? ahead.then((r) => (r.version === version ? r.page : loadPage(getDb(), q, 0, PAGE_SIZE))) : loadPage(getDb(), q, p * PAGE_SIZE, PAGE_SIZE);
        void read
          .then((page) => {
            if (p === 0) markStart('cd:first-query-end');
            if (latestKey.current !== cacheKey) return;
            setPages((prev) => ({ key: cacheKey, map: new Map(prev.key === cacheKey ? prev.map : []).set(p, page.rows) }));
          })
          .finally(() => inflight.current.delete(flightKey));
      }
    },
    [queryKey, cacheKey, current, version],
  );

  // The first page does not wait for the count: rows show while IndexedDB counts.
  useEffect(() => ensureRange(0, 0), [ensureRange]);

  const rowAt = useCallback((i: number) => current?.get(Math.floor(i / PAGE_SIZE))?.[i % PAGE_SIZE], [current]);
  return { count: count ?? current?.get(0)?.length, exactCount: count, rowAt, ensureRange };
}

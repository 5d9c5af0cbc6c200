import { useCallback, useEffect, useRef, useState } from 'react';

export interface Page<T> {
  total: number;
  rows: T[];
}

/**
 * Rows of a long server-side list, fetched page by page as the visible window
 * needs them, so 100,000 log entries never cross from the main process at once. Changing
 * `queryKey` (a filter) starts over.
 */
export function usePagedRows<T>(
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
  queryKey: string,
  pageSize = 200,
) {
  const [total, setTotal] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<Error>();
  const pages = useRef(new Map<number, T[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const loadPage = useCallback(
    (page: number) => {
      if (pages.current.has(page) || pending.current.has(page)) return;
      const mine = generation.current;
      pending.current.add(page);
      fetchRef.current(page * pageSize, pageSize).then(
        (result) => {
          if (mine !== generation.current) return;
          pending.current.delete(page);
          pages.current.set(page, result.rows);
          setTotal(result.total);
          setVersion((v) => v + 1);
        },
        (err: unknown) => {
          if (mine !== generation.current) return;
          pending.current.delete(page);
          setError(err instanceof Error ? err : new Error(String(err)));
        },
      );
    },
    [pageSize],
  );

  const reset = useCallback(() => {
    generation.current++;
    pages.current = new Map();
    pending.current = new Set();
    setTotal(null);
    setError(undefined);
    setVersion((v) => v + 1);
    loadPage(0);
  }, [loadPage]);

  useEffect(reset, [queryKey, reset]);

  /** Row at `index`, or undefined while its page is on the way (the page is requested). */
  const rowAt = useCallback(
    (index: number): T | undefined => {
      const page = Math.floor(index / pageSize);
      const rows = pages.current.get(page);
      if (!rows) {
        loadPage(page);
        return undefined;
      }
      return rows[index - page * pageSize];
    },
    // `version` is a dependency on purpose: a new rowAt makes the list re-render when a page arrives.
    [loadPage, pageSize, version],
  );

  return { total, rowAt, error, reload: reset, version };
}

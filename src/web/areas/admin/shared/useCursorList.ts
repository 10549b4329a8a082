import { useCallback, useEffect, useRef, useState } from 'react';

export interface CursorPage<T, C> {
  items: T[];
  next: C | null;
}

interface ListState<T, C> {
  key: string;
  status: 'loading' | 'ready' | 'error';
  items: T[];
  next: C | null;
  error?: unknown;
  loadingMore: boolean;
  loadMoreError?: unknown;
}

/**
 * A keyset-paged list ("加载更多"): a new `key` (new filters) starts over from the first page and
 * aborts whatever was loading, so a late answer cannot join another search's list.
 */
export function useCursorList<T, C>(key: string, load: (cursor: C | null, signal: AbortSignal) => Promise<CursorPage<T, C>>) {
  const [state, setState] = useState<ListState<T, C>>({ key, status: 'loading', items: [], next: null, loadingMore: false });
  const [attempt, setAttempt] = useState(0);
  const controllerRef = useRef<AbortController | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    controllerRef.current = controller;
    setState({ key, status: 'loading', items: [], next: null, loadingMore: false });
    loadRef.current(null, controller.signal).then(
      (page) => setState({ key, status: 'ready', items: page.items, next: page.next, loadingMore: false }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ key, status: 'error', items: [], next: null, error, loadingMore: false });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const loadMore = useCallback(() => {
    const controller = controllerRef.current;
    if (!controller || state.next === null || state.loadingMore) return;
    const cursor = state.next;
    setState((previous) => ({ ...previous, loadingMore: true, loadMoreError: undefined }));
    loadRef.current(cursor, controller.signal).then(
      (page) => setState((previous) => ({ ...previous, items: [...previous.items, ...page.items], next: page.next, loadingMore: false })),
      (error: unknown) => {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, loadingMore: false, loadMoreError: error }));
      },
    );
  }, [state.next, state.loadingMore]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const current: ListState<T, C> = state.key === key ? state : { key, status: 'loading', items: [], next: null, loadingMore: false };
  return { ...current, loadMore, reload };
}

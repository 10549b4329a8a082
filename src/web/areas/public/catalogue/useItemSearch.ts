import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchItems, type ItemFilters, type ItemSummary } from '../../../api/catalogue.js';
import { paramsFromFilters } from './itemFilterParams.js';

export interface ItemSearchState {
  status: 'loading' | 'ready' | 'error';
  items: ItemSummary[];
  total: number;
  nextCursor: string | null;
  /** "Did you mean" for the first page's query, if nothing matched it literally. */
  suggestion: string | null;
  /** Why the first page failed (status 'error'). */
  error?: unknown;
  loadingMore: boolean;
  /** Why "load more" failed; the results already shown stay. */
  loadMoreError?: unknown;
}

const LOADING: ItemSearchState = { status: 'loading', items: [], total: 0, nextCursor: null, suggestion: null, loadingMore: false };

/**
 * The results of one search, page by page (keyset pagination: each page hands back the cursor of
 * the next). New filters start over from the first page and abort whatever was still loading.
 */
export function useItemSearch(filters: ItemFilters) {
  const searchKey = paramsFromFilters(filters).toString();
  const [state, setState] = useState<ItemSearchState & { searchKey: string }>({ ...LOADING, searchKey });
  const [attempt, setAttempt] = useState(0);
  // Aborted when the search changes, so a late "load more" answer cannot join another search's list.
  const searchController = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    searchController.current = controller;
    setState({ ...LOADING, searchKey });
    fetchItems(filters, null, { signal: controller.signal }).then(
      (page) => setState({ status: 'ready', ...page, loadingMore: false, searchKey }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ ...LOADING, status: 'error', error, searchKey });
      },
    );
    return () => controller.abort();
    // `searchKey` stands for `filters`: equal filters, equal key.
  }, [searchKey, attempt]);

  const loadMore = useCallback(() => {
    const controller = searchController.current;
    if (!controller || !state.nextCursor || state.loadingMore) return;
    setState((previous) => ({ ...previous, loadingMore: true, loadMoreError: undefined }));
    fetchItems(filters, state.nextCursor, { signal: controller.signal }).then(
      (page) =>
        setState((previous) => ({
          ...previous,
          items: [...previous.items, ...page.items],
          total: page.total,
          nextCursor: page.nextCursor,
          loadingMore: false,
        })),
      (error: unknown) => {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, loadingMore: false, loadMoreError: error }));
      },
    );
  }, [filters, state.nextCursor, state.loadingMore]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // Until the effect has run for new filters, the stored results belong to the old ones.
  const current: ItemSearchState = state.searchKey === searchKey ? state : LOADING;
  return { ...current, loadMore, retry };
}

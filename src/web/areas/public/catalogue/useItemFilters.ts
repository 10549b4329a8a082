import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ItemFilters } from '../../../api/catalogue.js';
import { filtersFromParams, paramsFromFilters } from './itemFilterParams.js';

/** The item list's filters, read from and written to the page URL (one history entry per change). */
export function useItemFilters(): [ItemFilters, (next: ItemFilters) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  // Memoised on the query string, so an unchanged URL keeps the same object and no refetch happens.
  const filters = useMemo(() => filtersFromParams(searchParams), [search]);
  const setFilters = useCallback((next: ItemFilters) => setSearchParams(paramsFromFilters(next)), [setSearchParams]);
  return [filters, setFilters];
}

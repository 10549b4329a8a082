import { fetchItem } from '../../../api/catalogue.js';
import { useApiResource } from '../../../hooks/useApiResource.js';

/** One item with every element of its one-time notice. */
export function useItem(code: string) {
  return useApiResource(`item:${code}`, (signal) => fetchItem(code, { signal }));
}

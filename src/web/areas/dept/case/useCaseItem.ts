import type { ItemDetail } from '../../../api/catalogue.js';
import { useApiResource, type Resource } from '../../../hooks/useApiResource.js';
import { loadItem } from '../shared/lookups.js';

/** The case's item (name, materials) from the public catalogue; idle until the case is known. */
export function useCaseItem(code: string | null): Resource<ItemDetail> & { retry(): void } {
  return useApiResource(`item:${code ?? ''}`, () => (code ? loadItem(code) : new Promise<never>(() => undefined)));
}

import { useParams } from 'react-router';
import { ApiError } from '../../../api/client.js';
import { useCaseView, type CaseResource } from './useCaseView.js';

/**
 * The case named by the route's `:id`, as the caller sees it. `missing` is true for an id that is
 * not a case number or a case the caller may not see (404): pages show one "not found" for both.
 */
export function useRoutedCase(): CaseResource & { id: number; missing: boolean } {
  const id = Number(useParams().id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const resource = useCaseView(valid ? id : 0);
  return { ...resource, id, missing: !valid || (resource.error instanceof ApiError && resource.error.status === 404) };
}

import { fetchDepartments, type Department } from '../../../api/catalogue.js';
import { useApiResource } from '../../../hooks/useApiResource.js';

/**
 * The departments change only when an administrator edits them, so one request serves the whole
 * visit: the home grid, the list's filter and its filter tags all reuse it.
 */
let cached: Promise<Department[]> | undefined;

function loadDepartmentsOnce(): Promise<Department[]> {
  cached ??= fetchDepartments().catch((error: unknown) => {
    // A failure must not stick: the next component to ask tries again.
    cached = undefined;
    throw error;
  });
  return cached;
}

/** After an administrator changes a department, the next component to ask loads the list afresh. */
export function forgetDepartments(): void {
  cached = undefined;
}

export function useDepartments() {
  return useApiResource('departments', () => loadDepartmentsOnce());
}

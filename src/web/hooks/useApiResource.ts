import { useEffect, useState } from 'react';

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: unknown };

/**
 * Loads one thing from the API for a component and tracks loading/ready/error.
 * A change of `key` (or `retry()`) loads again; the previous request is aborted, so a slow old
 * answer can never overwrite a newer one.
 */
export function useApiResource<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Resource<T> & { retry(): void } {
  const [state, setState] = useState<{ key: string; attempt: number; resource: Resource<T> }>({
    key,
    attempt: 0,
    resource: { status: 'loading' },
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ key, attempt, resource: { status: 'loading' } });
    load(controller.signal).then(
      (data) => setState({ key, attempt, resource: { status: 'ready', data } }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ key, attempt, resource: { status: 'error', error } });
      },
    );
    return () => controller.abort();
    // `load` is a new closure on every render; `key` stands for everything it depends on.
  }, [key, attempt]);

  // Until the effect has run for a new key, the stored result belongs to the old one.
  const current: Resource<T> = state.key === key && state.attempt === attempt ? state.resource : { status: 'loading' };
  return { ...current, retry: () => setAttempt((n) => n + 1) };
}

import { useEffect, useState } from 'react';
import { fetchCase, type CaseView } from '../../../api/workflow.js';

export interface CaseResource {
  view: CaseView | null;
  error: unknown;
  loading: boolean;
  /** Loads the case again, keeping the current one on screen meanwhile (no flash after an action). */
  reload(): void;
}

/** The case as the caller sees it now; a new id starts afresh, a reload of the same id does not blank it. */
export function useCaseView(id: number): CaseResource {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ id: number; view: CaseView | null; error: unknown; loading: boolean }>({ id, view: null, error: null, loading: true });

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => (previous.id === id ? { ...previous, loading: true } : { id, view: null, error: null, loading: true }));
    fetchCase(id, { signal: controller.signal }).then(
      (view) => setState({ id, view, error: null, loading: false }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ id, view: null, error, loading: false });
      },
    );
    return () => controller.abort();
  }, [id, attempt]);

  const current = state.id === id ? state : { view: null, error: null, loading: true };
  return { view: current.view, error: current.error, loading: current.loading, reload: () => setAttempt((n) => n + 1) };
}

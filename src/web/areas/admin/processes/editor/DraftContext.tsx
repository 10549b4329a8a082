import { createContext, useContext } from 'react';
import type { ProcessDefinition } from '../../../../api/adminWorkflow.js';
import type { DraftErrors, DraftPath } from '../definitionDraft.js';

export interface DraftApi {
  definition: ProcessDefinition;
  /** Sets one value of the draft (`undefined` removes an optional property). */
  update: (path: DraftPath, value: unknown) => void;
  /** The server's validation messages of the last refused save, by path. */
  errors: DraftErrors | null;
  readOnly: boolean;
}

const DraftContext = createContext<DraftApi | null>(null);

export const DraftProvider = DraftContext.Provider;

/** The definition being edited, for the editor's fields however deep they sit. */
export function useDraft(): DraftApi {
  const api = useContext(DraftContext);
  if (!api) throw new Error('useDraft outside DraftProvider');
  return api;
}

/**
 * The process-definition administration API: the latest version of every definition, all versions
 * of one, and saving a new version (validated by the server; running cases keep their version).
 * Types come from the engine (type-only imports, erased from the bundle).
 */
import type { Branch, ParallelStage, ProcessDefinition, Stage, StageRole, TaskStage } from '../../server/modules/workflow/engine/definition.js';
import { apiGet, apiPost, type RequestOptions } from './client.js';

export type { Branch, ParallelStage, ProcessDefinition, Stage, StageRole, TaskStage };

export interface DefinitionVersion {
  key: string;
  version: number;
  name: string;
  definition: ProcessDefinition;
  createdBy: string;
  createdAt: string;
}

export interface DefinitionSummary extends DefinitionVersion {
  /** How many versions the key has. */
  versions: number;
}

/** The problem code of a definition the server's schema or rules refused. */
export const INVALID_DEFINITION = 'invalid_definition';

const definitionPath = (key: string) => `/api/v1/admin/process-definitions/${encodeURIComponent(key)}`;

export async function fetchDefinitions(q: string | undefined, options?: RequestOptions): Promise<DefinitionSummary[]> {
  const query = q ? `?${new URLSearchParams({ q })}` : '';
  return (await apiGet<{ definitions: DefinitionSummary[] }>(`/api/v1/admin/process-definitions${query}`, options)).definitions;
}

/** Every version of one definition, newest first. */
export async function fetchDefinitionVersions(key: string, options?: RequestOptions): Promise<DefinitionVersion[]> {
  return (await apiGet<{ versions: DefinitionVersion[] }>(definitionPath(key), options)).versions;
}

export function saveDefinitionVersion(key: string, definition: unknown): Promise<DefinitionVersion> {
  return apiPost<DefinitionVersion>(`${definitionPath(key)}/versions`, { definition });
}

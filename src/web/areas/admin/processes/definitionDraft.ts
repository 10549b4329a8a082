/**
 * The definition being edited, as plain data: immutable updates by path, new stages and branches
 * with keys not yet taken, and the server's validation errors by path.
 */
import type { TFunction } from 'i18next';
import type { Branch, ParallelStage, ProcessDefinition, Stage, TaskStage } from '../../../api/adminWorkflow.js';
import { ApiError } from '../../../api/client.js';
import { localiseFieldMessage } from '../../../components/serverFieldErrors.js';

export type DraftPath = readonly (string | number)[];

/** `['stages', 1, 'days']` → `stages.1.days`, the same spelling as the server's field names. */
export const pathKey = (path: DraftPath): string => path.join('.');

/** A copy of `value` with `path` set; `undefined` removes an object property. */
export function setIn<T>(value: T, path: DraftPath, next: unknown): T {
  if (path.length === 0) return next as T;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = setIn(copy[head as number], rest, next);
    return copy as T;
  }
  const record = { ...(value as Record<string, unknown>) };
  const child = setIn(record[head as string], rest, next);
  if (child === undefined) delete record[head as string];
  else record[head as string] = child;
  return record as T;
}

/** The list with the entry at `from` moved to `to`. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [entry] = copy.splice(from, 1);
  if (entry !== undefined) copy.splice(to, 0, entry);
  return copy;
}

/** `base`, or `base_2`, `base_3`… — the first not in `taken`. */
export function freeKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** Keys in use in a list that raw JSON may have filled with anything. */
const keysOf = (list: unknown): string[] =>
  Array.isArray(list) ? list.flatMap((entry: unknown) => (typeof entry === 'object' && entry !== null && 'key' in entry && typeof entry.key === 'string' ? [entry.key] : [])) : [];

export function newTaskStage(definition: ProcessDefinition, name: string): TaskStage {
  const key = freeKey('stage', keysOf(definition.stages));
  return { kind: 'task', key, name, role: 'reviewer', department: 'item', days: 1 };
}

export function newBranch(taken: readonly Branch[], name: string): Branch {
  return { key: freeKey('branch', keysOf(taken)), name, role: 'reviewer', department: 'item', days: 1 };
}

export function newParallelStage(definition: ProcessDefinition, branchName: string, name: string): ParallelStage {
  const key = freeKey('joint', keysOf(definition.stages));
  const first = newBranch([], branchName);
  return { kind: 'parallel', key, name, branches: [first, newBranch([first], branchName)], rejectEndsCase: true };
}

/**
 * The same stage as the other kind, keeping what both kinds have: a task becomes a parallel
 * stage whose first branch is that task; a parallel stage becomes its first branch.
 */
export function switchKind(stage: Stage, branchName: string): Stage {
  if (stage.kind === 'task') {
    const { key, name, role, department, days } = stage;
    const first: Branch = { key: 'lead', name, role, department, days };
    return { kind: 'parallel', key, name, branches: [first, newBranch([first], branchName)], rejectEndsCase: true };
  }
  const first = stage.branches[0];
  return { kind: 'task', key: stage.key, name: stage.name, role: first?.role ?? 'reviewer', department: first?.department ?? 'item', days: first?.days ?? 1 };
}

/** Server validation messages by draft path (`stages.0.branches`); the root is `''`. */
export type DraftErrors = ReadonlyMap<string, string[]>;

const PREFIX = 'body.definition';

/**
 * The schema's English messages in the interface language. TypeBox words some of them a little
 * differently from Ajv ("must not have fewer…", "required properties name").
 */
export function localiseDefinitionMessage(message: string, t: TFunction): string {
  const required = /^must have required propert(?:y|ies) (.+)$/.exec(message);
  if (required) return `${required[1]?.replace(/['"]/g, '')}: ${t('validation.required')}`;
  return localiseFieldMessage(message.replace(/^must not /, 'must NOT '), t);
}

/** The field errors of a refused save, keyed by draft path; null when the failure is not about fields. */
export function draftErrorsOf(error: unknown, t: TFunction): DraftErrors | null {
  if (!(error instanceof ApiError) || !error.errors?.length) return null;
  const errors = new Map<string, string[]>();
  for (const { field, message } of error.errors) {
    if (field !== PREFIX && !field.startsWith(`${PREFIX}.`)) continue;
    const key = field.slice(PREFIX.length + 1);
    errors.set(key, [...(errors.get(key) ?? []), localiseDefinitionMessage(message, t)]);
  }
  return errors.size > 0 ? errors : null;
}

/** Errors at this path exactly. */
export const errorsAt = (errors: DraftErrors | null, path: DraftPath): string[] => errors?.get(pathKey(path)) ?? [];

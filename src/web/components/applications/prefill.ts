import type { UiSchema } from '@rjsf/utils';

type Json = Record<string, unknown>;

function valueAt(data: Json, path: readonly string[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Json)[key] : undefined), data);
}

function mergeAt(ui: Json, path: readonly string[], options: Json): Json {
  const [head, ...rest] = path;
  if (head === undefined) return { ...ui, ...options };
  const child = (ui[head] !== null && typeof ui[head] === 'object' ? ui[head] : {}) as Json;
  return { ...ui, [head]: mergeAt(child, rest, options) };
}

/**
 * The UI schema with each of `paths` shown read-only where `formData` already holds a value for it:
 * what was typed on an earlier screen (the walk-in registration) is shown, not asked again.
 * @example readonlyWhereFilled({}, { applicant: { contactName: '王秀英' } }, [['applicant', 'contactName']])
 *   // { applicant: { contactName: { 'ui:readonly': true } } }
 */
export function readonlyWhereFilled(uiSchema: UiSchema, formData: Json, paths: readonly (readonly string[])[]): UiSchema {
  let ui = uiSchema as Json;
  for (const path of paths) {
    const value = valueAt(formData, path);
    if (value === undefined || value === null || value === '') continue;
    ui = mergeAt(ui, path, { 'ui:readonly': true });
  }
  return ui as UiSchema;
}

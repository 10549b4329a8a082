import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client.js';

export type FieldPath = (string | number)[];

/**
 * `body.materials.0.name` → ['materials', 0, 'name'] once one of the prefixes is taken off
 * (e.g. `body.content.` for a form that edits only `content`). Null when no prefix matches.
 */
export function fieldPathOf(field: string, prefixes: readonly string[]): FieldPath | null {
  const prefix = prefixes.find((candidate) => field === candidate.replace(/\.$/, '') || field.startsWith(candidate));
  if (prefix === undefined) return null;
  const rest = field.slice(prefix.length);
  if (!rest) return null;
  return rest.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** Ajv's English schema messages, said in the interface language; anything else passes through. */
export function localiseFieldMessage(message: string, t: TFunction): string {
  const rules: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/^must NOT have fewer than (\d+) characters$/, (m) => (m[1] === '1' ? t('validation.required') : t('validation.minLength', { n: m[1] }))],
    [/^must NOT have more than (\d+) characters$/, (m) => t('validation.maxLength', { n: m[1] })],
    [/^must NOT have fewer than (\d+) items$/, (m) => t('validation.minItems', { n: m[1] })],
    [/^must NOT have more than (\d+) items$/, (m) => t('validation.maxItems', { n: m[1] })],
    [/^must be <= (\d+)$/, (m) => t('validation.max', { n: m[1] })],
    [/^must be >= (\d+)$/, (m) => t('validation.min', { n: m[1] })],
    [/^must match pattern/, () => t('validation.pattern')],
    [/^must have required property/, () => t('validation.required')],
    [/^must be integer$/, () => t('validation.integer')],
    [/^must be equal to one of the allowed values$/, () => t('validation.oneOf')],
  ];
  for (const [pattern, say] of rules) {
    const match = message.match(pattern);
    if (match) return say(match);
  }
  return message;
}

/**
 * Puts the server's field errors (problem `errors[]`) on the form's own fields and returns what
 * could not be placed (no such field in this form, or no field named at all), for an alert.
 */
export function applyServerErrors(form: FormInstance, error: unknown, t: TFunction, prefixes: readonly string[] = ['body.']): string[] {
  if (!(error instanceof ApiError)) return [];
  const fieldErrors = error.errors ?? (error.field && error.detail ? [{ field: error.field, message: error.detail }] : []);
  const registered = new Set(form.getFieldsError().map((entry) => JSON.stringify(entry.name)));
  const placed = new Map<string, { name: FieldPath; errors: string[] }>();
  const unplaced: string[] = [];
  for (const fieldError of fieldErrors) {
    const path = fieldPathOf(fieldError.field, prefixes);
    const message = localiseFieldMessage(fieldError.message, t);
    const key = path && JSON.stringify(path);
    if (path && key && registered.has(key)) {
      const entry = placed.get(key) ?? { name: path, errors: [] };
      entry.errors.push(message);
      placed.set(key, entry);
    } else {
      unplaced.push(path ? `${path.join('.')}: ${message}` : message);
    }
  }
  if (placed.size > 0) {
    form.setFields([...placed.values()]);
    void form.scrollToField([...placed.values()][0]!.name, { block: 'center' });
  }
  return unplaced;
}

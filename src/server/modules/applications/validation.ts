/**
 * Server-side validation of application form data against the item's JSON Schema (Ajv, draft-07,
 * the dialect the web form renders), with Chinese messages. A draft is saved as the applicant
 * types, so only the shape is checked then; submission checks everything.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import localizeZhModule from 'ajv-i18n/localize/zh/index.js';
import type { FieldError } from '../../platform/errors.js';
import type { JsonSchema } from './forms.js';

// Both packages are CommonJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;
const localizeZh = ((localizeZhModule as unknown as { default?: unknown }).default ?? localizeZhModule) as (errors?: ErrorObject[] | null) => void;

const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
const compiled = new Map<string, ValidateFunction>();

function validatorFor(schema: JsonSchema): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(key, validate);
  }
  return validate;
}

/** Throws if `schema` is not a JSON Schema Ajv can compile (an administrator's form). */
export function assertCompilable(schema: JsonSchema): void {
  ajv.compile(schema);
}

/** Keywords a half-filled draft may still break: they are checked at submission only. */
const COMPLETENESS = new Set(['required', 'minLength', 'minItems', 'minimum', 'exclusiveMinimum', 'pattern', 'format', 'enum']);

function fieldOf(error: ErrorObject, prefix: string): string {
  const path = error.instancePath.split('/').filter(Boolean);
  if (error.keyword === 'required') path.push(String((error.params as { missingProperty: string }).missingProperty));
  return [prefix, ...path].join('.');
}

/**
 * The problems of `data` under `schema`, each naming its field (`formData.details.companyName`).
 * @example formErrors(schema, {}, 'submit') // [{ field: 'formData.applicant', message: '应当有必需属性 applicant' }]
 */
export function formErrors(schema: JsonSchema, data: unknown, mode: 'draft' | 'submit', prefix = 'formData'): FieldError[] {
  const validate = validatorFor(schema);
  if (validate(data)) return [];
  const errors = (validate.errors ?? []).filter((e) => mode === 'submit' || !COMPLETENESS.has(e.keyword));
  localizeZh(errors);
  return errors.map((e) => ({ field: fieldOf(e, prefix), message: e.message ?? '格式不正确' }));
}

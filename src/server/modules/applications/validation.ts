/**
 * Server-side validation of application form data against the item's JSON Schema (Ajv, draft-07,
 * the dialect the web form renders), worded by the message builder the browser uses too (field
 * titles and what to do, not Ajv's text). A draft is saved as the applicant types, so only the
 * shape is checked then; submission checks everything.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { formProblems } from '../../../shared/form-messages.js';
import type { FieldError } from '../../platform/errors.js';
import type { JsonSchema } from './forms.js';

// The package is CommonJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

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

/**
 * The problems of `data` under `schema`, each naming its field (`formData.details.companyName`).
 * @example formErrors(schema, {}, 'submit') // [{ field: 'formData.applicant', message: '请填写申请人信息' }]
 */
export function formErrors(schema: JsonSchema, data: unknown, mode: 'draft' | 'submit', prefix = 'formData'): FieldError[] {
  const validate = validatorFor(schema);
  if (validate(data)) return [];
  const errors = (validate.errors ?? []).filter((e: ErrorObject) => mode === 'submit' || !COMPLETENESS.has(e.keyword));
  return formProblems(schema, errors, 'zh').map((p) => ({ field: [prefix, ...p.path].join('.'), message: p.message }));
}

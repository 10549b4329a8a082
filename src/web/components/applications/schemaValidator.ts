/**
 * A JSON Schema validator for @rjsf that interprets the schema instead of compiling it.
 * Ajv compiles schemas into functions with `new Function`, which the platform's Content Security
 * Policy (script-src 'self', no 'unsafe-eval') rightly forbids. This covers the keywords the item
 * forms use; errors have Ajv's shape, so rjsf places them, and the message builder shared with the
 * server words them (field title and what to do). The server validates the same schema with Ajv
 * on submission and has the last word.
 */
import type { ErrorObject } from 'ajv';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { NOISE, errorPath, fieldMessage, fieldSchemaAt, formProblems, type FieldProblem, type MessageLanguage } from '../../../shared/form-messages.js';

type Schema = Record<string, unknown> | boolean;
type Errors = ErrorObject[];

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function resolve(schema: Schema, root: Schema): Schema {
  if (typeof schema !== 'object' || typeof schema.$ref !== 'string' || typeof root !== 'object') return schema;
  const target = schema.$ref
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], root);
  return target === undefined ? schema : resolve(target as Schema, root);
}

/** Every error of `data` against `schema`, as Ajv would report them (allErrors). */
export function interpret(schemaIn: Schema, data: unknown, root: Schema = schemaIn, path = '', schemaPath = '#'): Errors {
  const schema = resolve(schemaIn, root);
  if (schema === true) return [];
  if (schema === false) return [{ instancePath: path, schemaPath, keyword: 'false schema', params: {}, message: 'boolean schema is false' }];
  const errors: Errors = [];
  const fail = (keyword: string, params: Record<string, unknown>, message: string, at = path) =>
    errors.push({ instancePath: at, schemaPath: `${schemaPath}/${keyword}`, keyword, params, message });

  if (schema.type !== undefined) {
    const types = (Array.isArray(schema.type) ? schema.type : [schema.type]) as string[];
    // Like Ajv with allErrors, the other keywords are still checked (each applies to its own kind of value).
    if (!types.some((type) => matchesType(data, type))) fail('type', { type: types.join(',') }, `must be ${types.join(',')}`);
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((option) => JSON.stringify(option) === JSON.stringify(data))) {
    fail('enum', { allowedValues: schema.enum }, 'must be equal to one of the allowed values');
  }
  if ('const' in schema && JSON.stringify(schema.const) !== JSON.stringify(data)) fail('const', { allowedValue: schema.const }, 'must be equal to constant');

  if (typeof data === 'string') {
    const length = [...data].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) fail('minLength', { limit: schema.minLength }, `must NOT have fewer than ${schema.minLength} characters`);
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) fail('maxLength', { limit: schema.maxLength }, `must NOT have more than ${schema.maxLength} characters`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(data)) fail('pattern', { pattern: schema.pattern }, `must match pattern "${schema.pattern}"`);
  }
  if (typeof data === 'number') {
    const limit = (keyword: string, comparison: string, ok: (n: number) => boolean) => {
      const value = schema[keyword];
      if (typeof value === 'number' && !ok(value)) fail(keyword, { comparison, limit: value }, `must be ${comparison} ${value}`);
    };
    limit('minimum', '>=', (n) => data >= n);
    limit('maximum', '<=', (n) => data <= n);
    limit('exclusiveMinimum', '>', (n) => data > n);
    limit('exclusiveMaximum', '<', (n) => data < n);
    if (typeof schema.multipleOf === 'number' && Math.abs(data / schema.multipleOf - Math.round(data / schema.multipleOf)) > 1e-9) {
      fail('multipleOf', { multipleOf: schema.multipleOf }, `must be multiple of ${schema.multipleOf}`);
    }
  }
  if (Array.isArray(data)) {
    if (typeof schema.minItems === 'number' && data.length < schema.minItems) fail('minItems', { limit: schema.minItems }, `must NOT have fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && data.length > schema.maxItems) fail('maxItems', { limit: schema.maxItems }, `must NOT have more than ${schema.maxItems} items`);
    if (schema.uniqueItems === true) {
      const seen = data.map((entry) => JSON.stringify(entry));
      const j = seen.findIndex((entry, i) => seen.indexOf(entry) !== i);
      if (j >= 0) fail('uniqueItems', { i: seen.indexOf(seen[j]!), j }, `must NOT have duplicate items (items ## ${seen.indexOf(seen[j]!)} and ${j} are identical)`);
    }
    if (schema.items && typeof schema.items === 'object' && !Array.isArray(schema.items)) {
      data.forEach((entry, i) => errors.push(...interpret(schema.items as Schema, entry, root, `${path}/${i}`, `${schemaPath}/items`)));
    }
  }
  if (typeOf(data) === 'object') {
    const object = data as Record<string, unknown>;
    for (const name of (schema.required as string[] | undefined) ?? []) {
      if (object[name] === undefined) fail('required', { missingProperty: name }, `must have required property '${name}'`);
    }
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const [name, sub] of Object.entries(properties)) {
      if (object[name] !== undefined) errors.push(...interpret(sub, object[name], root, `${path}/${name}`, `${schemaPath}/properties/${name}`));
    }
    if (schema.additionalProperties === false) {
      for (const name of Object.keys(object)) {
        if (!(name in properties)) fail('additionalProperties', { additionalProperty: name }, 'must NOT have additional properties');
      }
    }
  }
  for (const [i, sub] of ((schema.allOf as Schema[] | undefined) ?? []).entries()) errors.push(...interpret(sub, data, root, path, `${schemaPath}/allOf/${i}`));
  // A failed anyOf/oneOf reports every branch's errors too, as Ajv does.
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    const results = branches.map((sub, i) => interpret(sub as Schema, data, root, path, `${schemaPath}/${keyword}/${i}`));
    const passing = results.filter((r) => r.length === 0).length;
    if (passing === 0) {
      errors.push(...results.flat());
      fail(keyword, keyword === 'oneOf' ? { passingSchemas: null } : {}, `must match ${keyword === 'oneOf' ? 'exactly one schema' : 'a schema'} in ${keyword}`);
    } else if (keyword === 'oneOf' && passing > 1) {
      fail('oneOf', { passingSchemas: results.flatMap((r, i) => (r.length === 0 ? [i] : [])) }, 'must match exactly one schema in oneOf');
    }
  }
  if (schema.if !== undefined) {
    const failing = interpret(schema.if as Schema, data, root).length === 0 ? 'then' : 'else';
    const branch = schema[failing];
    if (branch !== undefined) {
      const branchErrors = interpret(branch as Schema, data, root, path, `${schemaPath}/${failing}`);
      errors.push(...branchErrors);
      if (branchErrors.length > 0) fail('if', { failingKeyword: failing }, `must match "${failing}" schema`);
    }
  }
  return errors;
}

/** The form's problems in plain words, one per field: what the error summary lists. */
export function problemsOf(schema: Record<string, unknown>, data: unknown, lang: MessageLanguage): FieldProblem[] {
  return formProblems(schema, interpret(schema, data), lang);
}

/** An rjsf validator on the interpreter, each field's first problem worded by the shared message builder. */
export function createFormValidator(lang: MessageLanguage) {
  const validator = customizeValidator<Record<string, unknown>>({});
  validator.rawValidation = <Result = unknown>(schema: object, formData?: unknown) => {
    const root = schema as Record<string, unknown>;
    // One error per field, worded as the summary words it (rjsf would show every failed keyword).
    const seen = new Set<string>();
    const errors = interpret(root, formData).filter((e) => {
      const path = errorPath(e);
      const key = path.join('/');
      if (NOISE.has(e.keyword) || seen.has(key)) return false;
      seen.add(key);
      e.message = fieldMessage(e, fieldSchemaAt(root, path), lang);
      return true;
    });
    return { errors: errors.length > 0 ? (errors as Result[]) : undefined, validationError: undefined };
  };
  validator.isValid = (schema: object, formData: unknown, rootSchema: object) => interpret(schema as Schema, formData, rootSchema as Schema).length === 0;
  return validator;
}

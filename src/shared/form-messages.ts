/**
 * Plain-language messages for application-form problems, shared by the server (Ajv's errors on
 * submission) and the browser (the form's own validator): each names the field by its title and
 * says what to do ("请填写联系人"), never a keyword, a property name or a regular expression.
 *
 * A pattern or format cannot be explained from the regex, so a form field says it itself with
 * `x-errorMessage: { zh: '请填写 11 位手机号码或带区号的座机号码', en: '…' }` (any keyword's failure
 * on that field uses it; without it a general "格式不正确" is given).
 */

export type MessageLanguage = 'zh' | 'en';

/** A schema problem as Ajv (and the browser's interpreter) report it. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

export interface FieldProblem {
  /** Property names from the form's root, e.g. `['applicant', 'contactPhone']`. */
  path: string[];
  message: string;
}

type Node = Record<string, unknown>;

/** A field's own message for its format, in both languages. */
export interface FieldErrorMessage {
  zh: string;
  en: string;
}

/** Composite keywords whose branches report the real problem themselves. */
export const NOISE: ReadonlySet<string> = new Set(['if', 'then', 'else', 'not', 'false schema']);

function resolve(node: unknown, root: Node): Node | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const schema = node as Node;
  if (typeof schema.$ref !== 'string') return schema;
  const target = schema.$ref
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .reduce<unknown>((at, key) => (at as Node | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], root);
  return resolve(target, root);
}

/** The schema of the field at `path` (through properties, items and $ref), if the form has one. */
export function fieldSchemaAt(root: Node, path: string[]): Node | undefined {
  let node = resolve(root, root);
  for (const key of path) {
    if (!node) return undefined;
    const properties = node.properties as Node | undefined;
    if (properties && key in properties) node = resolve(properties[key], root);
    else if (/^\d+$/.test(key) && node.items && typeof node.items === 'object' && !Array.isArray(node.items)) node = resolve(node.items, root);
    else return undefined;
  }
  return node;
}

/** The path of the field an error is about: for a missing property, that property. */
export function errorPath(error: SchemaError): string[] {
  const path = error.instancePath
    .split('/')
    .filter(Boolean)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'required' && typeof error.params.missingProperty === 'string') path.push(error.params.missingProperty.replace(/^'|'$/g, ''));
  return path;
}

/** Fields answered by choosing (a list, yes/no, several boxes) are "选择", not "填写". */
function isChoice(field: Node | undefined): boolean {
  if (!field) return false;
  if (Array.isArray(field.enum) || field.type === 'boolean' || 'const' in field) return true;
  const items = field.items as Node | undefined;
  return field.type === 'array' && !!items && Array.isArray(items.enum);
}

function ownMessage(field: Node | undefined, lang: MessageLanguage): string | undefined {
  const own = field?.['x-errorMessage'];
  if (typeof own === 'string') return own;
  if (own && typeof own === 'object') {
    const text = (own as Record<string, unknown>)[lang] ?? (own as Record<string, unknown>).zh;
    return typeof text === 'string' ? text : undefined;
  }
  return undefined;
}

const FORMAT_ZH: Record<string, string> = {
  email: '请填写正确的电子邮箱地址，如 name@example.com',
  date: '请按 年-月-日 填写日期，如 2025-01-31',
  'date-time': '请填写正确的日期和时间',
  time: '请按 时:分 填写时间，如 09:30',
  uri: '请填写完整的网址，如 https://example.com',
  url: '请填写完整的网址，如 https://example.com',
};
const FORMAT_EN: Record<string, string> = {
  email: 'Enter an email address such as name@example.com',
  date: 'Enter a date as year-month-day, e.g. 2025-01-31',
  'date-time': 'Enter a valid date and time',
  time: 'Enter a time as hours:minutes, e.g. 09:30',
  uri: 'Enter a full web address such as https://example.com',
  url: 'Enter a full web address such as https://example.com',
};

const num = (value: unknown) => (typeof value === 'number' ? String(value) : String(value ?? ''));

/**
 * What to tell the applicant about one failed keyword on a field.
 * @example fieldMessage({ keyword: 'required', params: {} }, { title: '联系人', type: 'string' }, 'zh') // '请填写联系人'
 */
export function fieldMessage(error: Pick<SchemaError, 'keyword' | 'params'>, field: Node | undefined, lang: MessageLanguage): string {
  const own = ownMessage(field, lang);
  const title = typeof field?.title === 'string' && field.title.trim() ? field.title.trim() : lang === 'zh' ? '此项' : 'this field';
  const zh = lang === 'zh';
  const limit = num(error.params.limit);
  const choice = isChoice(field);
  const integer = field?.type === 'integer';
  switch (error.keyword) {
    case 'required':
      if (choice) return zh ? `请选择${title}` : `Choose ${title}`;
      return zh ? `请填写${title}` : `Fill in ${title}`;
    case 'minLength':
      if (Number(limit) <= 1) return zh ? `请填写${title}` : `Fill in ${title}`;
      return zh ? `${title}至少填写 ${limit} 个字` : `${title} needs at least ${limit} characters`;
    case 'maxLength':
      return zh ? `${title}最多 ${limit} 个字，请删减` : `${title} can have at most ${limit} characters; shorten it`;
    case 'minimum':
      return zh ? `${title}不能小于 ${limit}` : `${title} cannot be less than ${limit}`;
    case 'exclusiveMinimum':
      return zh ? `${title}须大于 ${limit}` : `${title} must be greater than ${limit}`;
    case 'maximum':
      return zh ? `${title}不能大于 ${limit}` : `${title} cannot be more than ${limit}`;
    case 'exclusiveMaximum':
      return zh ? `${title}须小于 ${limit}` : `${title} must be less than ${limit}`;
    case 'multipleOf':
      return zh ? `${title}须为 ${num(error.params.multipleOf)} 的整数倍` : `${title} must be a multiple of ${num(error.params.multipleOf)}`;
    case 'type': {
      const expected = String(error.params.type ?? '');
      if (own) return own;
      if (expected.includes('integer') || integer) return zh ? `${title}请填写整数` : `Enter a whole number for ${title}`;
      if (expected.includes('number')) return zh ? `${title}请填写数字` : `Enter a number for ${title}`;
      if (expected.includes('boolean')) return zh ? `请选择${title}` : `Choose ${title}`;
      if (expected.includes('string')) return zh ? `请填写${title}` : `Fill in ${title}`;
      return zh ? `${title}填写有误，请检查` : `Check ${title}`;
    }
    case 'pattern':
      return own ?? (zh ? `${title}格式不正确，请按提示填写` : `${title} is not in the expected form; follow the hint`);
    case 'format':
      return own ?? (zh ? (FORMAT_ZH[String(error.params.format)] ?? `${title}格式不正确，请检查`) : (FORMAT_EN[String(error.params.format)] ?? `${title} is not in the expected form`));
    case 'enum':
    case 'const':
      return zh ? `请从列表中选择${title}` : `Choose ${title} from the list`;
    case 'minItems':
      return Number(limit) <= 1 ? (zh ? `请至少选择一项${title}` : `Choose at least one ${title}`) : zh ? `${title}至少选择 ${limit} 项` : `Choose at least ${limit} for ${title}`;
    case 'maxItems':
      return zh ? `${title}最多选择 ${limit} 项` : `Choose at most ${limit} for ${title}`;
    case 'uniqueItems':
      return zh ? `${title}中有重复的项，请删去重复的` : `${title} lists the same entry twice; remove the repeat`;
    case 'additionalProperties':
      return zh ? `${title}中有表单不需要的内容，请刷新页面后重新填写` : `${title} has something the form does not ask for; reload the page and fill it in again`;
    default:
      return own ?? (zh ? `${title}填写有误，请检查` : `Check ${title}`);
  }
}

/**
 * Every problem of a form, once per field (the first keyword that failed there), in the validator's order.
 * @example formProblems(schema, [{ instancePath: '/applicant', keyword: 'required', params: { missingProperty: 'contactName' } }], 'zh')
 *   // [{ path: ['applicant', 'contactName'], message: '请填写联系人' }]
 */
export function formProblems(root: Node, errors: readonly SchemaError[], lang: MessageLanguage): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    if (NOISE.has(error.keyword)) continue;
    const path = errorPath(error);
    const key = path.join('/');
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ path, message: fieldMessage(error, fieldSchemaAt(root, path), lang) });
  }
  return problems;
}

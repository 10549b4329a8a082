/**
 * The application form of an item: a JSON Schema (draft-07, what @rjsf renders) and its UI
 * schema. Items get a generated form fitted to what they are (company set-up, food business,
 * construction project, vehicle, person) unless an administrator stored one of their own.
 * Pure: the same item always gives the same form.
 */
import type { ItemDetail } from '../catalogue/schemas.js';

export interface ItemForm {
  schema: JsonSchema;
  uiSchema: Record<string, unknown>;
}

export type JsonSchema = { [key: string]: unknown };

/** `x-errorMessage` says what a pattern wants in words (see src/shared/form-messages.ts). */
const hint = (zh: string, en: string) => ({ 'x-errorMessage': { zh, en } });

const PHONE = {
  type: 'string',
  title: '联系电话',
  pattern: '^1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$',
  description: '手机号或座机（区号-号码）',
  ...hint('请填写 11 位手机号码或带区号的座机号码', 'Enter an 11-digit mobile number or a landline number with its area code'),
};
/** GB 32100: 18 characters, no I, O, S, V or Z. */
const CREDIT_CODE = {
  type: 'string',
  title: '统一社会信用代码',
  pattern: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$',
  description: '18 位，见营业执照（个人申请可不填）',
  ...hint('请填写营业执照上 18 位的统一社会信用代码', 'Enter the 18-character unified social credit code shown on the business licence'),
};
const ADDRESS = (title: string) => ({ type: 'string', title, minLength: 4, maxLength: 200 });
const text = (title: string, maxLength = 100, minLength = 1) => ({ type: 'string', title, minLength, maxLength });
const area = (title: string) => ({ type: 'number', title, exclusiveMinimum: 0, maximum: 10_000_000 });

const contact = {
  contactName: text('联系人', 30),
  contactPhone: PHONE,
};

/** Fields every applicant gives, whoever they are. */
const applicantBlock = (applicantType: ItemDetail['applicantType']) => ({
  type: 'object',
  title: applicantType === 'person' ? '申请人信息' : '申请单位（人）信息',
  required: ['contactName', 'contactPhone', 'address'],
  properties: {
    ...(applicantType === 'person' ? {} : { organisation: text('单位名称（个人申请可不填）', 100, 0), creditCode: CREDIT_CODE }),
    ...contact,
    address: ADDRESS('通讯地址'),
  },
});

type Fields = { required: string[]; properties: Record<string, unknown>; ui?: Record<string, unknown> };

const companyFields: Fields = {
  required: ['companyName', 'companyType', 'registeredCapital', 'businessAddress', 'legalRepresentative', 'businessScope'],
  properties: {
    companyName: text('拟设立企业名称', 60, 4),
    companyType: { type: 'string', title: '企业类型', enum: ['有限责任公司', '股份有限公司', '个人独资企业', '合伙企业', '个体工商户'] },
    // Exclusive: a company cannot be registered with no capital (and the input must not clamp a typed -5 to 0).
    registeredCapital: { type: 'number', title: '注册资本（万元）', exclusiveMinimum: 0, maximum: 10_000_000 },
    businessAddress: ADDRESS('住所（经营场所）'),
    legalRepresentative: text('法定代表人（负责人）', 30),
    businessScope: text('经营范围', 1000, 2),
    needSeal: { type: 'boolean', title: '同时申请公章刻制备案', default: true },
    needInvoice: { type: 'boolean', title: '同时申领发票', default: true },
    employees: { type: 'integer', title: '拟招用员工人数', minimum: 0, maximum: 100_000, default: 0 },
  },
  ui: { businessScope: { 'ui:widget': 'textarea' }, 'ui:order': ['companyName', 'companyType', 'registeredCapital', 'legalRepresentative', 'businessAddress', 'businessScope', '*'] },
};

const foodFields: Fields = {
  required: ['storeName', 'businessAddress', 'businessArea', 'businessItems'],
  properties: {
    storeName: text('经营者名称（门店名称）', 60, 2),
    businessAddress: ADDRESS('经营场所'),
    businessArea: area('经营场所面积（平方米）'),
    businessItems: {
      type: 'array',
      title: '经营项目',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', enum: ['预包装食品销售', '散装食品销售', '热食类食品制售', '冷食类食品制售', '糕点类食品制售', '自制饮品制售'] },
    },
    employeesWithHealthCertificate: { type: 'integer', title: '持健康证明从业人员数', minimum: 0, maximum: 10_000 },
  },
  ui: { businessItems: { 'ui:widget': 'checkboxes' } },
};

const constructionFields: Fields = {
  required: ['projectName', 'projectCode', 'projectLocation', 'totalFloorArea', 'totalInvestment'],
  properties: {
    projectName: text('项目名称', 100, 4),
    projectCode: {
      type: 'string',
      title: '项目代码',
      pattern: '^\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}$',
      description: '投资项目在线审批监管平台赋码，如 2025-500102-47-01-123456',
      ...hint('请按 年份-区划-行业-类别-序号 填写项目代码，如 2025-500102-47-01-123456', 'Enter the project code as year-area-industry-type-number, e.g. 2025-500102-47-01-123456'),
    },
    projectLocation: ADDRESS('建设地点'),
    totalFloorArea: area('总建筑面积（平方米）'),
    totalInvestment: { type: 'number', title: '总投资（万元）', exclusiveMinimum: 0, maximum: 100_000_000 },
    buildingCount: { type: 'integer', title: '单体栋数', minimum: 1, maximum: 1000, default: 1 },
    designUnit: text('设计单位', 100, 0),
  },
};

const vehicleFields: Fields = {
  required: ['plateNumber', 'seats', 'route'],
  properties: {
    plateNumber: { type: 'string', title: '车牌号', pattern: '^渝[A-Z][A-Z0-9]{5,6}$', description: '如 渝G12345', ...hint('请填写重庆号牌（渝 + 字母 + 5 至 6 位字母或数字），如 渝G12345', 'Enter a Chongqing plate (渝, a letter, then 5 or 6 letters or digits), e.g. 渝G12345') },
    seats: { type: 'integer', title: '核定载人数', minimum: 1, maximum: 80 },
    route: text('行驶线路', 300, 2),
    driverName: text('驾驶人姓名', 30, 0),
  },
  ui: { route: { 'ui:widget': 'textarea' } },
};

const generalFields: Fields = {
  required: ['matter'],
  properties: {
    matter: text('申请事项及理由', 1000, 2),
    location: text('涉及地点（如有）', 200, 0),
  },
  ui: { matter: { 'ui:widget': 'textarea' } },
};

/** Which field set fits an item, from its name and keywords (seeded names are the official ones). */
export function fieldsFor(item: Pick<ItemDetail, 'name' | 'keywords'>): Fields {
  const words = `${item.name} ${item.keywords.join(' ')}`;
  if (/企业开办|设立登记|开办|个体工商户/.test(words)) return companyFields;
  if (/食品|餐饮/.test(words)) return foodFields;
  if (/施工|工程|建设|规划|竣工|消防设计|人防|防雷/.test(words)) return constructionFields;
  if (/校车|车辆|道路运输/.test(words)) return vehicleFields;
  return generalFields;
}

/**
 * The generated form of an item.
 * @example generatedForm(item).schema.properties.applicant.title // '申请单位（人）信息'
 */
export function generatedForm(item: Pick<ItemDetail, 'name' | 'keywords' | 'applicantType'>): ItemForm {
  const fields = fieldsFor(item);
  return {
    schema: {
      type: 'object',
      title: `${item.name}申请表`,
      required: ['applicant', 'details'],
      properties: {
        applicant: applicantBlock(item.applicantType),
        details: { type: 'object', title: '申请内容', required: fields.required, properties: fields.properties },
      },
    },
    uiSchema: { details: fields.ui ?? {}, applicant: { address: { 'ui:widget': 'textarea', 'ui:options': { rows: 2 } } } },
  };
}

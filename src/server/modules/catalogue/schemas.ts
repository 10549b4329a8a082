import { Type, type Static } from 'typebox';
import {
  EXERCISING_LEVELS,
  HANDLING_DEPTHS,
  ITEM_CATEGORIES,
  MATERIAL_FORMS,
  MATERIAL_SOURCES,
  PROCESS_KINDS,
  SPECIAL_PROCEDURES,
} from '../../../shared/catalogue.js';

/** JSON Schemas of the catalogue: request validation, the OpenAPI document and the exchange format. */

const literalUnion = <const T extends string[]>(values: readonly [...T], description: string) =>
  Type.Enum<T>(values, { description });

const Text = (maxLength: number, description: string) => Type.String({ minLength: 1, maxLength, description });

export const DepartmentCode = Type.String({ pattern: '^[a-z][a-z0-9]{1,15}$', description: '部门代码' });

export const Department = Type.Object(
  {
    code: DepartmentCode,
    name: Type.String({ description: '部门全称' }),
    shortName: Type.String({ description: '部门简称' }),
    regionCode: Type.String({ description: '行政区划代码' }),
    orgCode: Type.String({ description: '统一社会信用代码' }),
    window: Type.Object({
      place: Type.String({ description: '办理地点' }),
      hours: Type.String({ description: '办理时间' }),
      phone: Type.String({ description: '咨询电话' }),
    }),
    complaintPhone: Type.String({ description: '监督投诉电话' }),
    itemCount: Type.Integer({ description: '已发布事项数' }),
  },
  { title: '审批部门' },
);
export type Department = Static<typeof Department>;

export const DepartmentInput = Type.Object(
  {
    code: DepartmentCode,
    name: Text(100, '部门全称'),
    shortName: Text(50, '部门简称'),
    orgCode: Type.String({ pattern: '^[0-9A-Z]{18}$', description: '统一社会信用代码' }),
    window: Type.Object({ place: Text(200, '办理地点'), hours: Text(200, '办理时间'), phone: Text(50, '咨询电话') }, { additionalProperties: false }),
    complaintPhone: Text(50, '监督投诉电话'),
    sort: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000 })),
  },
  { additionalProperties: false },
);
export type DepartmentInput = Static<typeof DepartmentInput>;

/** A situational material's condition as data: the form answer (dot path) that makes it required. */
export const RequiredWhen = Type.Object(
  {
    field: Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$', description: '申请表字段路径，如 details.needInvoice' }),
    equals: Type.Union([Type.String({ maxLength: 200 }), Type.Number(), Type.Boolean()], { description: '该字段取此值时，本情形材料为必要材料' }),
  },
  { additionalProperties: false },
);

export const Material = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  required: Type.Boolean({ description: 'true 必要材料；false 情形材料（见 condition）' }),
  condition: Type.Union([Type.String(), Type.Null()]),
  requiredWhen: Type.Union([RequiredWhen, Type.Null()], { description: '情形材料的适用条件（申请表某项取某值时为必要材料）' }),
  form: literalUnion(MATERIAL_FORMS, '材料形式'),
  copies: Type.Integer({ description: '份数' }),
  source: literalUnion(MATERIAL_SOURCES, '材料来源：申请人提供或部门共享（免提交）'),
  sharedFrom: Type.Union([Type.String(), Type.Null()], { description: '共享来源部门代码' }),
  sharedFromName: Type.Union([Type.String(), Type.Null()], { description: '共享来源部门简称' }),
  note: Type.Union([Type.String(), Type.Null()]),
  templateUrl: Type.String({ description: '空白表格下载地址' }),
  sampleUrl: Type.String({ description: '示例样表下载地址' }),
});

export const Fee = Type.Object({ name: Type.String(), basis: Type.String(), standard: Type.String() });

const DepartmentRef = Type.Object({ code: Type.String(), name: Type.String(), shortName: Type.String() });

export const ItemSummary = Type.Object(
  {
    code: Type.String({ description: '实施编码' }),
    name: Type.String(),
    department: DepartmentRef,
    category: Type.String(),
    handlingDepth: literalUnion(HANDLING_DEPTHS, '办理深度'),
    visits: Type.Integer({ description: '到办事现场次数' }),
    statutoryDays: Type.Integer({ description: '法定办结时限（工作日）' }),
    promisedDays: Type.Integer({ description: '承诺办结时限（工作日）' }),
    processKind: literalUnion(PROCESS_KINDS, '办件类型'),
    joint: Type.Boolean({ description: '是否并联审批' }),
    version: Type.Integer(),
  },
  { title: '事项摘要' },
);
export type ItemSummary = Static<typeof ItemSummary>;

export const ItemDetail = Type.Object(
  {
    ...ItemSummary.properties,
    legalBasis: Type.String({ description: '设立依据' }),
    implementingBody: Type.String({ description: '实施主体' }),
    competentDepartment: Type.String({ description: '主管部门' }),
    exercisingLevel: Type.String({ description: '行使层级' }),
    specialProcedures: Type.Array(literalUnion(SPECIAL_PROCEDURES, '特别程序')),
    fees: Type.Array(Fee, { description: '收费项目；空表示不收费' }),
    processSummary: Type.String({ description: '办理流程' }),
    acceptanceConditions: Type.String({ description: '受理条件' }),
    materials: Type.Array(Material),
    resultType: Type.String({ description: '审批结果类型' }),
    certificateName: Type.String({ description: '审批结果名称' }),
    keywords: Type.Array(Type.String()),
    coDepartments: Type.Array(DepartmentRef, { description: '并联审批协办部门' }),
    applicantType: literalUnion(['person', 'enterprise', 'both'] as const, '服务对象'),
    consultationChannel: Type.String({ description: '咨询方式' }),
    complaintChannel: Type.String({ description: '监督投诉方式' }),
    window: Type.Object({ place: Type.String(), hours: Type.String(), phone: Type.String() }, { description: '办理地点、时间、电话' }),
    publishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    noticeUrl: Type.String({ description: '一次性告知单 PDF' }),
  },
  { title: '事项（一次性告知单全部要素）' },
);
export type ItemDetail = Static<typeof ItemDetail>;

export const ItemListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 50, description: '关键词：名称、编码、部门、关键字中的任意片段，或其拼音、首字母；同义词（如“营业执照”）一并查找' })),
    department: Type.Optional(DepartmentCode),
    category: Type.Optional(literalUnion(ITEM_CATEGORIES, '事项类型')),
    handlingDepth: Type.Optional(literalUnion(HANDLING_DEPTHS, '办理深度')),
    visits: Type.Optional(Type.Integer({ minimum: 0, maximum: 2 })),
    joint: Type.Optional(Type.Boolean()),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    cursor: Type.Optional(Type.String({ maxLength: 200, description: '上一页返回的 nextCursor' })),
  },
  { additionalProperties: false },
);
export type ItemListQuery = Static<typeof ItemListQuery>;

export const ItemList = Type.Object({
  items: Type.Array(ItemSummary),
  total: Type.Integer({ description: '符合条件的事项总数' }),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
  suggestion: Type.Union([Type.String(), Type.Null()], { description: '未直接找到时最接近的词（“您是不是要找”），否则为 null' }),
});
export type ItemList = Static<typeof ItemList>;

const MaterialInput = Type.Object(
  {
    name: Text(200, '材料名称'),
    required: Type.Boolean(),
    condition: Type.Optional(Type.Union([Text(500, '情形说明'), Type.Null()])),
    requiredWhen: Type.Optional(Type.Union([RequiredWhen, Type.Null()])),
    form: literalUnion(MATERIAL_FORMS, '材料形式'),
    copies: Type.Integer({ minimum: 0, maximum: 20 }),
    source: literalUnion(MATERIAL_SOURCES, '材料来源'),
    sharedFrom: Type.Optional(Type.Union([DepartmentCode, Type.Null()])),
    note: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
  },
  { additionalProperties: false },
);

/** Everything an administrator edits in a draft version. */
export const ItemContent = Type.Object(
  {
    name: Text(200, '事项名称'),
    category: literalUnion(ITEM_CATEGORIES, '事项类型'),
    legalBasis: Text(4000, '设立依据'),
    implementingBody: Text(200, '实施主体'),
    competentDepartment: Text(200, '主管部门'),
    exercisingLevel: literalUnion(EXERCISING_LEVELS, '行使层级'),
    handlingDepth: literalUnion(HANDLING_DEPTHS, '办理深度'),
    visits: Type.Integer({ minimum: 0, maximum: 2 }),
    statutoryDays: Type.Integer({ minimum: 0, maximum: 365 }),
    promisedDays: Type.Integer({ minimum: 0, maximum: 365 }),
    specialProcedures: Type.Array(literalUnion(SPECIAL_PROCEDURES, '特别程序'), { uniqueItems: true }),
    fees: Type.Array(Type.Object({ name: Text(200, '收费项目'), basis: Text(1000, '收费依据'), standard: Text(500, '收费标准') }, { additionalProperties: false })),
    processSummary: Text(2000, '办理流程'),
    acceptanceConditions: Text(4000, '受理条件'),
    materials: Type.Array(MaterialInput, { minItems: 1, maxItems: 50 }),
    resultType: Text(50, '审批结果类型'),
    certificateName: Text(200, '审批结果名称'),
    keywords: Type.Array(Type.String({ minLength: 1, maxLength: 20 }), { maxItems: 20 }),
    processKind: literalUnion(PROCESS_KINDS, '办件类型'),
    coDepartments: Type.Array(DepartmentCode, { uniqueItems: true }),
    applicantType: literalUnion(['person', 'enterprise', 'both'] as const, '服务对象'),
    consultationChannel: Text(500, '咨询方式'),
    complaintChannel: Text(500, '监督投诉方式'),
  },
  { additionalProperties: false, title: '事项要素（可编辑）' },
);
export type ItemContent = Static<typeof ItemContent>;

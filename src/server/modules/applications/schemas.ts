import { Type, type Static } from 'typebox';
import { RequiredWhen } from '../catalogue/schemas.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const ItemCodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 64 }) });
export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
export const MaterialParams = Type.Object({ id: Type.Integer({ minimum: 1 }), materialId: Type.Integer({ minimum: 1 }) });
export const FileParams = Type.Object({ id: Type.Integer({ minimum: 1 }), materialId: Type.Integer({ minimum: 1 }), fileId: Type.Integer({ minimum: 1 }) });
export const DownloadParams = Type.Object({ id: Type.Integer({ minimum: 1 }), fileId: Type.Integer({ minimum: 1 }) });

const Material = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  required: Type.Boolean(),
  condition: Nullable(Type.String()),
  requiredWhen: Nullable(RequiredWhen),
  form: Type.String(),
  copies: Type.Integer(),
  shared: Type.Boolean({ description: '部门共享材料，申请人免提交' }),
  note: Nullable(Type.String()),
});

export const ItemFormView = Type.Object({
  itemCode: Type.String(),
  itemName: Type.String(),
  handlingDepth: Type.String(),
  schema: Type.Record(Type.String(), Type.Unknown(), { description: 'JSON Schema（draft-07）' }),
  uiSchema: Type.Record(Type.String(), Type.Unknown()),
  materials: Type.Array(Material),
});

export const ItemFormBody = Type.Object(
  { schema: Type.Record(Type.String(), Type.Unknown()), uiSchema: Type.Record(Type.String(), Type.Unknown(), { default: {} }) },
  { additionalProperties: false },
);

const AttachedFile = Type.Object({
  id: Type.Integer(),
  filename: Type.String(),
  size: Type.Integer(),
  mediaType: Type.String(),
  sha256: Type.String(),
  phase: Type.Union([Type.Literal('initial'), Type.Literal('supplement')]),
  uploadedBy: Type.String(),
  uploadedAt: Type.String(),
  reusedFrom: Nullable(Type.Object({ receiptNo: Nullable(Type.String()) })),
  check: Type.Union([Type.Literal('pending'), Type.Literal('ok'), Type.Literal('missing'), Type.Literal('invalid')]),
  checkNote: Nullable(Type.String()),
});

export const Application = Type.Object({
  id: Type.Integer(),
  version: Type.Integer(),
  itemCode: Type.String(),
  itemName: Type.String(),
  departmentName: Type.String(),
  handlingDepth: Type.String(),
  channel: Type.String(),
  status: Type.Union([Type.Literal('draft'), Type.Literal('submitted')]),
  applicant: Type.Object({ username: Type.String(), displayName: Type.String() }),
  filedBy: Nullable(Type.String()),
  formData: Type.Record(Type.String(), Type.Unknown()),
  caseId: Nullable(Type.Integer()),
  receiptNo: Nullable(Type.String()),
  originalsVerifiedAt: Nullable(Type.String()),
  originalsVerifiedBy: Nullable(Type.String()),
  materials: Type.Array(
    Type.Object({ ...Material.properties, requiredNow: Type.Boolean({ description: '按申请表内容本件须提交（必要材料，或适用条件成立的情形材料）' }), files: Type.Array(AttachedFile) }),
  ),
  supplements: Type.Array(
    Type.Object({
      round: Type.Integer({ description: '第几次告知补正（受理前至多两次，第二次只能退回首次清单中的材料）' }),
      materialIds: Type.Array(Type.Integer(), { description: '清单上的材料：只有这些材料可上传补正文件，且每项都须上传' }),
      requestedAt: Type.String(),
      dueOn: Type.String({ description: '补正截止日期（Asia/Shanghai）' }),
      receivedAt: Nullable(Type.String()),
    }),
  ),
  reusable: Type.Array(
    Type.Object({
      sourceId: Type.Integer({ description: '复用时提交此编号' }),
      materialId: Type.Integer(),
      materialName: Type.String(),
      fileId: Type.Integer(),
      filename: Type.String(),
      verifiedIn: Nullable(Type.String({ description: '核验时的办件编号' })),
      verifiedAt: Nullable(Type.String()),
    }),
  ),
  updatedAt: Type.String(),
});

export const ApplicationSummary = Type.Object({
  id: Type.Integer(),
  itemCode: Type.String(),
  itemName: Type.String(),
  status: Type.String(),
  channel: Type.String(),
  applicantName: Type.String(),
  caseId: Nullable(Type.Integer()),
  receiptNo: Nullable(Type.String()),
  updatedAt: Type.String(),
});

export const StartBody = Type.Object({ itemCode: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });

export const WalkInBody = Type.Object(
  {
    itemCode: Type.String({ minLength: 1, maxLength: 64 }),
    channel: Type.Optional(Type.Union([Type.Literal('assisted'), Type.Literal('window')], { description: 'assisted 帮办代办（默认）；window 申请人在窗口自行办理' })),
    applicant: Type.Object(
      {
        name: Type.String({ minLength: 1, maxLength: 100, description: '姓名或单位名称' }),
        idNumber: Type.String({ minLength: 18, maxLength: 18, description: '居民身份证号码或统一社会信用代码' }),
        phone: Type.String({ pattern: '^1[3-9]\\d{9}$', description: '手机号' }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type WalkInBody = Static<typeof WalkInBody>;

/** A walk-in filed: the draft, and for a newly created account whether its claim SMS went out. */
export const WalkInFiled = Type.Object({
  ...Application.properties,
  claim: Nullable(
    Type.Object({
      sent: Type.Boolean(),
      sentTo: Type.Optional(Type.String({ description: '接收认领短信的号码（脱敏）' })),
      demoCode: Type.Optional(Type.String({ description: '仅演示模式：认领验证码' })),
      message: Type.Optional(Type.String({ description: '未发送的原因' })),
    }),
  ),
});

export const ListQuery = Type.Object({ status: Type.Optional(Type.Union([Type.Literal('draft'), Type.Literal('submitted')])) }, { additionalProperties: false });

export const FormBody = Type.Object({ formData: Type.Record(Type.String(), Type.Unknown()), expectedVersion: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export const DeleteQuery = Type.Object({ expectedVersion: Type.Optional(Type.Integer({ minimum: 1, description: '调用方看到的草稿版本；已被更新时返回 409' })) }, { additionalProperties: false });
export const SubmitBody = Type.Object({ expectedVersion: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export const SubmitResult = Type.Object({ caseId: Type.Integer(), receiptNo: Type.String(), queryCode: Type.String(), applicationId: Type.Integer() });
export const ReuseBody = Type.Object({ sourceId: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export const CheckBody = Type.Object(
  { result: Type.Union([Type.Literal('ok'), Type.Literal('missing'), Type.Literal('invalid')]), note: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
export const OriginalsBody = Type.Object({ note: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false });

export const MyCase = Type.Object({
  id: Type.Integer(),
  applicationId: Nullable(Type.Integer()),
  receiptNo: Type.String(),
  queryCode: Type.String(),
  itemCode: Type.String(),
  itemName: Type.String(),
  status: Type.String(),
  channel: Type.String(),
  dueOn: Nullable(Type.String()),
  daysLeft: Nullable(Type.Integer()),
  clockPaused: Type.Boolean(),
  submittedAt: Type.String(),
  updatedAt: Type.String(),
});

export const QueueQuery = Type.Object(
  { status: Type.Optional(Type.Union([Type.Literal('submitted'), Type.Literal('in_prereview'), Type.Literal('awaiting_supplement')])) },
  { additionalProperties: false },
);
export const QueueEntry = Type.Object({
  caseId: Type.Integer(),
  applicationId: Nullable(Type.Integer()),
  receiptNo: Type.String(),
  itemCode: Type.String(),
  itemName: Type.String(),
  applicantName: Type.String(),
  channel: Type.String(),
  status: Type.String(),
  version: Type.Integer(),
  submittedAt: Type.String(),
  acceptanceDueOn: Nullable(Type.String()),
  daysLeft: Nullable(Type.Integer()),
});

export const LookupQuery = Type.Object(
  { receiptNo: Type.String({ minLength: 1, maxLength: 40 }), queryCode: Type.String({ minLength: 1, maxLength: 12 }) },
  { additionalProperties: false },
);
export const LookupResult = Type.Object({
  receiptNo: Type.String(),
  itemName: Type.String(),
  departmentName: Type.String(),
  status: Type.String(),
  statusText: Type.String(),
  submittedOn: Type.String(),
  acceptedOn: Nullable(Type.String()),
  dueOn: Nullable(Type.String()),
  daysLeft: Nullable(Type.Integer()),
  clockPaused: Type.Boolean(),
  steps: Type.Array(Type.Object({ on: Type.String(), label: Type.String() })),
});

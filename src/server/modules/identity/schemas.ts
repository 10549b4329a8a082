import { Type, type Static } from 'typebox';
import { CLIENT_SCOPES, ROLES, SCOPE_TYPES, USER_KINDS } from '../../../shared/identity.js';

/** JSON Schemas of the identity API (request validation and OpenAPI). */

const Enum = <const T extends string[]>(values: readonly [...T], description: string) => Type.Enum<T>(values, { description });

export const Username = Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{2,39}$', description: '用户名：小写字母、数字、点、下划线、连字符，3–40 位' });
export const Password = Type.String({ minLength: 8, maxLength: 128, description: '密码，至少 8 位' });
export const Phone = Type.String({ pattern: '^1[3-9][0-9]{9}$', description: '手机号码' });
export const Email = Type.String({ maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', description: '电子邮箱（接收办件通知，可选）' });

export const VerificationCode = Type.String({ pattern: '^[0-9]{6}$', description: '6 位短信（或邮件）验证码' });

export const RoleAssignment = Type.Object({
  id: Type.Integer(),
  role: Enum(ROLES, '角色'),
  scopeType: Enum(SCOPE_TYPES, '数据范围类型'),
  scopeCode: Type.String(),
  scopeName: Type.String(),
});

export const CurrentUser = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  kind: Enum(USER_KINDS, '用户类型'),
  roles: Type.Array(RoleAssignment),
  csrfToken: Type.String({ description: '浏览器写操作须在 X-CSRF-Token 头中回传' }),
  areas: Type.Array(Enum(['applicant', 'window', 'department', 'supervision', 'admin'], '可进入的功能区')),
});

export const LoginBody = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: 64, description: '用户名或手机号' }), password: Type.String({ minLength: 1, maxLength: 128 }) },
  { additionalProperties: false },
);

export const RegisterBody = Type.Object(
  {
    kind: Enum(['person', 'enterprise'], '申请人类型：个人或企业'),
    username: Username,
    password: Password,
    displayName: Type.String({ minLength: 1, maxLength: 50, description: '姓名（企业为经办人姓名）' }),
    phone: Phone,
    email: Type.Optional(Email),
    idNumber: Type.String({ pattern: '^[0-9A-Za-z]{18}$', description: '身份证号码（个人）或统一社会信用代码（企业）' }),
    enterpriseName: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: '企业名称（企业必填）' })),
    code: VerificationCode,
  },
  { additionalProperties: false },
);
export type RegisterBody = Static<typeof RegisterBody>;

export const ChangePasswordBody = Type.Object({ currentPassword: Type.String({ minLength: 1, maxLength: 128 }), newPassword: Password }, { additionalProperties: false });

export const AssignmentInput = Type.Object(
  { role: Enum(ROLES, '角色'), scopeType: Enum(SCOPE_TYPES, '数据范围类型'), scopeCode: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);
export type AssignmentInput = Static<typeof AssignmentInput>;

export const UserSummary = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  kind: Enum(USER_KINDS, '用户类型'),
  status: Enum(['active', 'disabled'], '状态'),
  locked: Type.Boolean({ description: '是否因连续登录失败被临时锁定' }),
  department: Type.Union([Type.Object({ code: Type.String(), shortName: Type.String() }), Type.Null()]),
  unit: Type.Union([Type.Object({ code: Type.String(), name: Type.String() }), Type.Null()]),
  roles: Type.Array(RoleAssignment),
});

export const UserDetail = Type.Object({
  ...UserSummary.properties,
  phone: Type.Union([Type.String(), Type.Null()], { description: '手机号（脱敏）' }),
  idNumber: Type.Union([Type.String(), Type.Null()], { description: '证件号（脱敏）' }),
  enterpriseName: Type.Union([Type.String(), Type.Null()]),
  lockedUntil: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  activeSessions: Type.Integer(),
  /** What the caller may do to this user; the UI shows only these buttons. */
  actions: Type.Array(Type.String()),
});

export const CreateUserBody = Type.Object(
  {
    username: Username,
    displayName: Type.String({ minLength: 1, maxLength: 50 }),
    phone: Type.Optional(Phone),
    unitCode: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: '所属科室代码' })),
    password: Password,
    roles: Type.Array(AssignmentInput, { maxItems: 20 }),
  },
  { additionalProperties: false },
);
export type CreateUserBody = Static<typeof CreateUserBody>;

export const UpdateUserBody = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    phone: Type.Optional(Type.Union([Phone, Type.Null()])),
    unitCode: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()])),
    status: Type.Optional(Enum(['active', 'disabled'], '状态')),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUserBody = Static<typeof UpdateUserBody>;

export const UserListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 50, description: '用户名或姓名片段' })),
    department: Type.Optional(Type.String({ maxLength: 16 })),
    role: Type.Optional(Enum(ROLES, '角色')),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    cursor: Type.Optional(Type.Integer({ minimum: 0, description: '上一页最后一个用户的 id' })),
  },
  { additionalProperties: false },
);
export type UserListQuery = Static<typeof UserListQuery>;

export const Unit = Type.Object({ code: Type.String(), name: Type.String(), department: Type.Object({ code: Type.String(), shortName: Type.String() }), userCount: Type.Integer() });
export const CreateUnitBody = Type.Object(
  {
    code: Type.String({ pattern: '^[a-z][a-z0-9.-]{1,40}$', description: '科室代码' }),
    departmentCode: Type.String({ minLength: 1, maxLength: 16 }),
    name: Type.String({ minLength: 1, maxLength: 50 }),
  },
  { additionalProperties: false },
);

export const SessionView = Type.Object({
  id: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  lastSeenAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.String({ format: 'date-time' }),
  ip: Type.Union([Type.String(), Type.Null()]),
  userAgent: Type.Union([Type.String(), Type.Null()]),
});

export const EffectivePermissions = Type.Object({
  user: Type.Object({ id: Type.Integer(), username: Type.String(), displayName: Type.String() }),
  assignments: Type.Array(Type.Object({ ...RoleAssignment.properties, permissions: Type.Array(Type.String()) })),
  permissions: Type.Array(Type.Object({ permission: Type.String(), scopes: Type.Array(Type.String()) }), { description: '合并后的权限及其数据范围' }),
});

export const LoginEvent = Type.Object({
  occurredAt: Type.String({ format: 'date-time' }),
  username: Type.String(),
  ip: Type.Union([Type.String(), Type.Null()]),
  success: Type.Boolean(),
  reason: Type.String(),
});

export const ApiClient = Type.Object({
  clientId: Type.String(),
  name: Type.String(),
  scopes: Type.Array(Enum(CLIENT_SCOPES, '授权范围')),
  ipAllowlist: Type.Array(Type.String()),
  departmentCode: Type.Union([Type.String(), Type.Null()]),
  status: Enum(['active', 'revoked'], '状态'),
  createdAt: Type.String({ format: 'date-time' }),
  secretRotatedAt: Type.String({ format: 'date-time' }),
});

export const CreateClientBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    scopes: Type.Array(Enum(CLIENT_SCOPES, '授权范围'), { minItems: 1, uniqueItems: true }),
    ipAllowlist: Type.Array(Type.String({ maxLength: 50, description: 'IPv4/IPv6 地址或 CIDR，如 10.1.2.0/24' }), { maxItems: 50 }),
    departmentCode: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 16 }), Type.Null()])),
  },
  { additionalProperties: false },
);
export type CreateClientBody = Static<typeof CreateClientBody>;

export const ClientWithSecret = Type.Object({ client: ApiClient, clientSecret: Type.String({ description: '仅此一次显示，请妥善保存' }) });

export const TokenBody = Type.Object({
  grant_type: Type.Literal('client_credentials'),
  client_id: Type.Optional(Type.String({ maxLength: 100 })),
  client_secret: Type.Optional(Type.String({ maxLength: 200 })),
  scope: Type.Optional(Type.String({ maxLength: 500 })),
});

export const TokenResponse = Type.Object({
  access_token: Type.String(),
  token_type: Type.Literal('Bearer'),
  expires_in: Type.Integer(),
  scope: Type.String(),
});

export const CodeRequestBody = Type.Object(
  { purpose: Enum(['register', 'reset'], '用途：注册或找回密码'), phone: Phone },
  { additionalProperties: false },
);

export const CodeSentView = Type.Object({
  channel: Enum(['sms', 'email'], '发送渠道'),
  sentTo: Type.String({ description: '接收号码或邮箱（脱敏）' }),
  expiresAt: Type.String({ format: 'date-time' }),
  resendAfterSeconds: Type.Integer({ description: '多少秒后可重新获取' }),
  demoCode: Type.Optional(Type.String({ description: '仅演示模式（未配置短信网关）：验证码本身，页面标明“演示模式”' })),
});

export const PasswordResetBody = Type.Object({ phone: Phone, code: VerificationCode, newPassword: Password }, { additionalProperties: false });

export const AccountCodeBody = Type.Union([
  Type.Object({ purpose: Type.Literal('change_phone'), phone: Phone }, { additionalProperties: false }),
  Type.Object({ purpose: Type.Literal('change_email'), email: Email }, { additionalProperties: false }),
]);

export const AccountView = Type.Object({
  username: Type.String(),
  displayName: Type.String(),
  kind: Enum(USER_KINDS, '用户类型'),
  enterpriseName: Type.Union([Type.String(), Type.Null()]),
  idNumberMasked: Type.Union([Type.String(), Type.Null()], { description: '证件号码（脱敏）' }),
  phone: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  realnameLevel: Type.Integer({ minimum: 0, maximum: 2, description: '实名认证等级：0 未实名，1 手机已验证，2 身份已核验' }),
  phoneVerifiedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  identityVerifiedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  services: Type.Object({
    sms: Type.Boolean({ description: '能否发送短信验证码（含演示模式）' }),
    smsDemo: Type.Boolean({ description: '演示模式：验证码显示在页面上，不经短信发送' }),
    email: Type.Boolean({ description: '是否配置了邮件服务' }),
    identityCheck: Type.Boolean({ description: '是否接入了实名核验服务' }),
  }),
});

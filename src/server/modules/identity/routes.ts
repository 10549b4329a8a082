import { Type } from 'typebox';
import type { AppDeps, AppInstance } from '../../http/types.js';
import { clearSessionCookie, setSessionCookie } from '../../http/auth.js';
import { AppError, invalid } from '../../platform/errors.js';
import * as clients from './clients.js';
import { realnameService } from './realname-service.js';
import * as sessions from './sessions.js';
import * as users from './users.js';
import {
  ApiClient,
  AssignmentInput,
  ChangePasswordBody,
  ClientWithSecret,
  CreateClientBody,
  CreateUnitBody,
  CreateUserBody,
  CurrentUser,
  EffectivePermissions,
  LoginBody,
  LoginEvent,
  Password,
  RegisterBody,
  RoleAssignment,
  SessionView,
  TokenBody,
  TokenResponse,
  Unit,
  UpdateUserBody,
  UserDetail,
  UserListQuery,
  UserSummary,
} from './schemas.js';

const PUBLIC = { policy: { public: true } } as const;
const SIGNED_IN = { policy: { signedIn: true } } as const;
const READ_USERS = { policy: { permission: 'identity.read' } } as const;
const MANAGE_USERS = { policy: { permission: 'identity.manage' } } as const;
const MANAGE_CLIENTS = { policy: { permission: 'clients.manage' } } as const;
const READ_LOGINS = { policy: { anyOf: [{ permission: 'audit.read' }, { permission: 'identity.manage' }] } } as const;

const UserId = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const ClientIdParams = Type.Object({ clientId: Type.String({ minLength: 1, maxLength: 64 }) });
const NoContent = { 204: Type.Null() };
const tags = ['identity'];

/** Sign-in, registration, the caller's own account, user/unit/client administration, OAuth tokens. */
export async function identityRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const sessionContext = { db, secrets: deps.secrets, sessionHours: deps.config.sessionHours, realname: realnameService(deps.config) };
  const requestInfo = (request: { ip: string; headers: Record<string, unknown>; id: string }) => ({
    ip: request.ip,
    userAgent: typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null,
    requestId: request.id,
  });

  app.post(
    '/api/v1/auth/login',
    {
      config: { ...PUBLIC, rateLimit: { max: deps.config.loginRateLimit, timeWindow: '1 minute' } },
      schema: { tags, summary: '登录（用户名或手机号 + 密码）', body: LoginBody, response: { 200: Type.Object({ user: CurrentUser }) } },
    },
    async (request, reply) => {
      const signedIn = await sessions.login(sessionContext, request.body.username, request.body.password, requestInfo(request));
      setSessionCookie(reply, signedIn.token, deps, request);
      request.log.info({ username: signedIn.user.username }, 'login succeeded');
      return { user: signedIn.user };
    },
  );

  app.get(
    '/api/v1/auth/me',
    { config: SIGNED_IN, schema: { tags, summary: '当前登录用户及其角色', response: { 200: Type.Object({ user: CurrentUser }) } } },
    async (request) => {
      const actor = request.actor;
      if (actor.kind !== 'user') throw new AppError('unauthenticated', 401, '请先登录');
      return { user: await sessions.currentUser(db, actor.userId, actor.csrfToken) };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { config: SIGNED_IN, schema: { tags, summary: '退出登录', response: NoContent } },
    async (request, reply) => {
      await sessions.logout(db, request.actor);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/register',
    {
      config: { ...PUBLIC, rateLimit: { max: 20, timeWindow: '10 minutes' } },
      schema: { tags, summary: '申请人注册（个人或企业，凭短信验证码验证手机号），注册后自动登录', body: RegisterBody, response: { 201: Type.Object({ user: CurrentUser }) } },
    },
    async (request, reply) => {
      const signedIn = await sessions.register(sessionContext, request.body, requestInfo(request));
      setSessionCookie(reply, signedIn.token, deps, request);
      return reply.status(201).send({ user: signedIn.user });
    },
  );

  app.post(
    '/api/v1/auth/password',
    { config: SIGNED_IN, schema: { tags, summary: '修改本人密码（其他会话同时退出）', body: ChangePasswordBody, response: NoContent } },
    async (request, reply) => {
      await sessions.changePassword(db, request.actor, request.body.currentPassword, request.body.newPassword);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/oauth/token',
    {
      config: { ...PUBLIC, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'OAuth 2.0 客户端凭证模式获取访问令牌（HTTP Basic 或请求体传递凭证）',
        body: TokenBody,
        response: { 200: TokenResponse },
      },
    },
    async (request, reply) => {
      let clientId = request.body.client_id;
      let clientSecret = request.body.client_secret;
      const basic = request.headers.authorization?.match(/^Basic\s+(.+)$/i);
      if (basic) {
        const [id, secret] = Buffer.from(basic[1]!, 'base64').toString('utf8').split(':');
        clientId = decodeURIComponent(id ?? '');
        clientSecret = decodeURIComponent(secret ?? '');
      }
      if (!clientId || !clientSecret) throw invalid('body.client_id', '缺少 client_id 或 client_secret');
      const token = await clients.issueToken(db, { clientId, clientSecret, scope: request.body.scope, ip: request.ip });
      return reply.header('cache-control', 'no-store').send(token);
    },
  );

  // form-encoded token requests are the OAuth norm; accept them beside JSON.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  app.get(
    '/api/v1/admin/users',
    { config: READ_USERS, schema: { tags, summary: '用户列表（按数据范围）', querystring: UserListQuery, response: { 200: Type.Object({ users: Type.Array(UserSummary), nextCursor: Type.Union([Type.Integer(), Type.Null()]) }) } } },
    async (request) => users.listUsers(db, request.actor, request.query),
  );

  app.post(
    '/api/v1/admin/users',
    { config: MANAGE_USERS, schema: { tags, summary: '新建工作人员账号', body: CreateUserBody, response: { 201: UserDetail } } },
    async (request, reply) => reply.status(201).send(await users.createUser(db, request.actor, request.body)),
  );

  app.get(
    '/api/v1/admin/users/:id',
    { config: READ_USERS, schema: { tags, summary: '用户详情（含可执行操作）', params: UserId, response: { 200: UserDetail } } },
    async (request) => users.getUser(db, request.actor, request.params.id),
  );

  app.patch(
    '/api/v1/admin/users/:id',
    { config: MANAGE_USERS, schema: { tags, summary: '修改用户（姓名、手机、科室、启用/停用）', params: UserId, body: UpdateUserBody, response: { 200: UserDetail } } },
    async (request) => users.updateUser(db, request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/v1/admin/users/:id/roles',
    { config: MANAGE_USERS, schema: { tags, summary: '授予角色（含数据范围）', params: UserId, body: AssignmentInput, response: { 201: RoleAssignment } } },
    async (request, reply) => reply.status(201).send(await users.assignRole(db, request.actor, request.params.id, request.body)),
  );

  app.delete(
    '/api/v1/admin/users/:id/roles/:assignmentId',
    {
      config: MANAGE_USERS,
      schema: { tags, summary: '撤销角色', params: Type.Object({ id: Type.Integer({ minimum: 1 }), assignmentId: Type.Integer({ minimum: 1 }) }), response: NoContent },
    },
    async (request, reply) => {
      await users.removeRole(db, request.actor, request.params.id, request.params.assignmentId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/admin/users/:id/unlock',
    { config: MANAGE_USERS, schema: { tags, summary: '解除登录锁定', params: UserId, response: NoContent } },
    async (request, reply) => {
      await users.unlockUser(db, request.actor, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/admin/users/:id/password',
    { config: MANAGE_USERS, schema: { tags, summary: '重置密码（该用户所有会话退出）', params: UserId, body: Type.Object({ newPassword: Password }, { additionalProperties: false }), response: NoContent } },
    async (request, reply) => {
      await users.resetPassword(db, request.actor, request.params.id, request.body.newPassword);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/admin/users/:id/sessions',
    { config: READ_USERS, schema: { tags, summary: '用户的有效会话', params: UserId, response: { 200: Type.Object({ sessions: Type.Array(SessionView) }) } } },
    async (request) => ({ sessions: await users.listSessions(db, request.actor, request.params.id) }),
  );

  app.post(
    '/api/v1/admin/users/:id/sessions/revoke',
    { config: MANAGE_USERS, schema: { tags, summary: '强制退出该用户的所有会话', params: UserId, response: NoContent } },
    async (request, reply) => {
      await users.revokeUserSessions(db, request.actor, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/admin/users/:id/permissions',
    { config: READ_USERS, schema: { tags, summary: '用户的有效权限', params: UserId, response: { 200: EffectivePermissions } } },
    async (request) => users.effectivePermissions(db, request.actor, request.params.id),
  );

  app.get(
    '/api/v1/admin/login-events',
    {
      config: READ_LOGINS,
      schema: { tags, summary: '登录记录（成功与失败）', querystring: Type.Object({ username: Type.Optional(Type.String({ maxLength: 64 })) }, { additionalProperties: false }), response: { 200: Type.Object({ events: Type.Array(LoginEvent) }) } },
    },
    async (request) => ({ events: await users.listLoginEvents(db, request.actor, request.query.username) }),
  );

  app.get(
    '/api/v1/admin/units',
    {
      config: READ_USERS,
      schema: { tags, summary: '科室列表', querystring: Type.Object({ department: Type.Optional(Type.String({ maxLength: 16 })) }, { additionalProperties: false }), response: { 200: Type.Object({ units: Type.Array(Unit) }) } },
    },
    async (request) => ({ units: await users.listUnits(db, request.actor, request.query.department) }),
  );

  app.post(
    '/api/v1/admin/units',
    { config: MANAGE_USERS, schema: { tags, summary: '新建科室', body: CreateUnitBody, response: { 201: Unit } } },
    async (request, reply) => reply.status(201).send(await users.createUnit(db, request.actor, request.body)),
  );

  app.get(
    '/api/v1/admin/clients',
    { config: MANAGE_CLIENTS, schema: { tags, summary: '接入系统列表', response: { 200: Type.Object({ clients: Type.Array(ApiClient) }) } } },
    async (request) => ({ clients: await clients.listClients(db, request.actor) }),
  );

  app.post(
    '/api/v1/admin/clients',
    { config: MANAGE_CLIENTS, schema: { tags, summary: '登记接入系统（密钥仅返回一次）', body: CreateClientBody, response: { 201: ClientWithSecret } } },
    async (request, reply) => reply.status(201).send(await clients.createClient(db, request.actor, request.body)),
  );

  app.post(
    '/api/v1/admin/clients/:clientId/rotate',
    { config: MANAGE_CLIENTS, schema: { tags, summary: '轮换密钥（旧密钥与已发令牌立即失效）', params: ClientIdParams, response: { 200: ClientWithSecret } } },
    async (request) => clients.rotateClientSecret(db, request.actor, request.params.clientId),
  );

  app.post(
    '/api/v1/admin/clients/:clientId/revoke',
    { config: MANAGE_CLIENTS, schema: { tags, summary: '吊销接入系统', params: ClientIdParams, response: NoContent } },
    async (request, reply) => {
      await clients.revokeClient(db, request.actor, request.params.clientId);
      return reply.status(204).send(null);
    },
  );
}

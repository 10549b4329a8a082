import { Type } from 'typebox';
import type { AppDeps, AppInstance } from '../../http/types.js';
import { setSessionCookie } from '../../http/auth.js';
import * as account from './account.js';
import { realnameService } from './realname-service.js';
import * as repo from './repository.js';
import { AccountCodeBody, AccountView, CodeRequestBody, CodeSentView, CurrentUser, PasswordResetBody, Phone, Email, VerificationCode } from './schemas.js';
import * as sessions from './sessions.js';
import { AppError } from '../../platform/errors.js';
import { maskPhone } from '../../../shared/id-numbers.js';
import { CODE_RULES, RESEND_COOLDOWN_SECONDS } from './verification-policy.js';
import { codeChannels, sendCode } from './verification.js';

const PUBLIC = { policy: { public: true } } as const;
const SIGNED_IN = { policy: { signedIn: true } } as const;
const tags = ['identity'];
/** Beside the per-phone and per-address limits kept in the database, a plain per-address brake on the endpoints. */
const CODE_RATE = { max: 30, timeWindow: '1 minute' } as const;

/** Verification codes, password reset by SMS, and the signed-in user's own account (个人中心). */
export async function accountRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db, secrets } = deps;
  const channels = codeChannels(deps.config, deps.logger);
  const realname = realnameService(deps.config);
  const ctx: account.AccountContext = { db, secrets, channels, realname };
  const sessionContext = { db, secrets, sessionHours: deps.config.sessionHours, realname };

  app.post(
    '/api/v1/auth/codes',
    {
      config: { ...PUBLIC, rateLimit: CODE_RATE },
      schema: { tags, summary: '获取短信验证码（注册或找回密码）；演示模式下验证码随回答返回', body: CodeRequestBody, response: { 202: CodeSentView } },
    },
    async (request, reply) => {
      const { purpose, phone } = request.body;
      const owner = await repo.findUserByPhone(db, phone);
      if (purpose === 'register' && owner) {
        throw new AppError('phone_taken', 409, '手机号已注册', [{ field: 'body.phone', message: '手机号已注册，可直接登录或找回密码' }]);
      }
      if (purpose === 'reset' && !owner) {
        // The same answer as for a registered number, without sending: who is registered stays unknown.
        const expiresAt = new Date(Date.now() + CODE_RULES.reset.ttlMinutes * 60_000).toISOString();
        return reply.status(202).send({ channel: 'sms', sentTo: maskPhone(phone), expiresAt, resendAfterSeconds: RESEND_COOLDOWN_SECONDS });
      }
      const sent = await sendCode(db, secrets, channels, { purpose, channel: 'sms', destination: phone, userId: owner?.id ?? null, ip: request.ip });
      return reply.status(202).send(sent);
    },
  );

  app.post(
    '/api/v1/auth/password-reset',
    {
      config: { ...PUBLIC, rateLimit: CODE_RATE },
      schema: { tags, summary: '凭短信验证码设置新密码（忘记密码、认领窗口代办账号）；该账号所有会话退出，本浏览器登录', body: PasswordResetBody, response: { 200: Type.Object({ user: CurrentUser }) } },
    },
    async (request, reply) => {
      const info = { ip: request.ip, userAgent: typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null, requestId: request.id };
      const signedIn = await sessions.resetPasswordWithCode(sessionContext, request.body, info);
      setSessionCookie(reply, signedIn.token, deps, request);
      return { user: signedIn.user };
    },
  );

  app.get('/api/v1/account', { config: SIGNED_IN, schema: { tags, summary: '个人中心：本人账号信息与实名等级', response: { 200: AccountView } } }, async (request) =>
    account.accountView(ctx, request.actor),
  );

  app.post(
    '/api/v1/account/codes',
    {
      config: { ...SIGNED_IN, rateLimit: CODE_RATE },
      schema: { tags, summary: '向新手机号（短信）或新邮箱（邮件）发送验证码', body: AccountCodeBody, response: { 202: CodeSentView } },
    },
    async (request, reply) => reply.status(202).send(await account.sendAccountCode(ctx, request.actor, request.body, request.ip)),
  );

  app.put(
    '/api/v1/account/phone',
    { config: SIGNED_IN, schema: { tags, summary: '更换手机号（凭发到新号码的验证码）', body: Type.Object({ phone: Phone, code: VerificationCode }, { additionalProperties: false }), response: { 200: AccountView } } },
    async (request) => account.changePhone(ctx, request.actor, request.body.phone, request.body.code, request.id),
  );

  app.put(
    '/api/v1/account/email',
    { config: SIGNED_IN, schema: { tags, summary: '更换电子邮箱（凭发到新邮箱的验证码）', body: Type.Object({ email: Email, code: VerificationCode }, { additionalProperties: false }), response: { 200: AccountView } } },
    async (request) => account.changeEmail(ctx, request.actor, request.body.email, request.body.code, request.id),
  );

  app.post(
    '/api/v1/account/identity-check',
    { config: { ...SIGNED_IN, rateLimit: { max: 5, timeWindow: '10 minutes' } }, schema: { tags, summary: '实名核验（经省级身份核验服务），通过后实名等级为 L2', response: { 200: AccountView } } },
    async (request) => account.verifyIdentity(ctx, request.actor, request.id),
  );

}

import net from 'node:net';
import { transact, type Db } from '../../db/connection.js';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors.js';
import { recordAudit } from '../../platform/audit.js';
import { hashToken, newToken, safeEqual } from '../../platform/secrets.js';
import { actorName, hasPermission, type Actor } from './actor.js';
import * as repo from './repository.js';
import type { CreateClientBody } from './schemas.js';

/**
 * Machine clients (department systems, the city platform): registered by an administrator,
 * authenticated with OAuth 2.0 client credentials. Secrets and access tokens are random 256-bit
 * values stored as SHA-256 hashes; the secret is shown once, at creation or rotation.
 */

export const TOKEN_TTL_SECONDS = 3600;

function parseAllowEntry(entry: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | undefined {
  const [address, prefixText] = entry.trim().split('/');
  const version = net.isIP(address ?? '');
  if (!address || version === 0) return undefined;
  const max = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) return undefined;
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

/** Whether `ip` is allowed by the list; an empty list allows every address. */
export function ipAllowed(allowlist: string[], ip: string): boolean {
  if (allowlist.length === 0) return true;
  const blockList = new net.BlockList();
  for (const entry of allowlist) {
    const parsed = parseAllowEntry(entry);
    if (parsed) blockList.addSubnet(parsed.address, parsed.prefix, parsed.family);
  }
  const normalised = ip.startsWith('::ffff:') && net.isIPv4(ip.slice(7)) ? ip.slice(7) : ip;
  return blockList.check(normalised, net.isIPv6(normalised) ? 'ipv6' : 'ipv4');
}

function toView(row: repo.ClientRow) {
  return {
    clientId: row.client_id,
    name: row.name,
    scopes: row.scopes as never[],
    ipAllowlist: row.ip_allowlist,
    departmentCode: row.department_code,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
    secretRotatedAt: new Date(row.secret_rotated_at).toISOString(),
  };
}

function requireManager(actor: Actor): void {
  if (!hasPermission(actor, 'clients.manage')) throw forbidden();
}

export async function listClients(db: Db, actor: Actor) {
  requireManager(actor);
  return (await repo.listClients(db)).map(toView);
}

export async function createClient(db: Db, actor: Actor, body: CreateClientBody) {
  requireManager(actor);
  body.ipAllowlist.forEach((entry, index) => {
    if (!parseAllowEntry(entry)) throw invalid(`body.ipAllowlist.${index}`, `不是有效的 IP 地址或网段：${entry}`);
  });
  return transact(db, async (trx) => {
    if (body.departmentCode) {
      const department = await trx.selectFrom('departments').select('code').where('code', '=', body.departmentCode).executeTakeFirst();
      if (!department) throw invalid('body.departmentCode', `部门 ${body.departmentCode} 不存在`);
    }
    const secret = newToken();
    const row = await repo.insertClient(trx, {
      client_id: `ow_${newToken(9)}`,
      name: body.name,
      secret_hash: hashToken(secret),
      scopes: body.scopes,
      ip_allowlist: body.ipAllowlist.map((e) => e.trim()),
      department_code: body.departmentCode ?? null,
      created_by: actorName(actor),
    });
    await recordAudit(trx, { actor: actorName(actor), action: 'client.created', subjectType: 'client', subjectId: row.client_id, details: { name: body.name, scopes: body.scopes } });
    return { client: toView(row), clientSecret: secret };
  });
}

export async function rotateClientSecret(db: Db, actor: Actor, clientId: string) {
  requireManager(actor);
  return transact(db, async (trx) => {
    const client = await repo.findClient(trx, clientId);
    if (!client) throw notFound('接入系统');
    if (client.status !== 'active') throw new AppError('client_revoked', 409, '已吊销的接入系统不能轮换密钥');
    const secret = newToken();
    const row = await repo.updateClient(trx, client.id, { secret_hash: hashToken(secret), rotated: true });
    await repo.deleteAccessTokens(trx, client.id);
    await recordAudit(trx, { actor: actorName(actor), action: 'client.secret_rotated', subjectType: 'client', subjectId: clientId });
    return { client: toView(row), clientSecret: secret };
  });
}

export async function revokeClient(db: Db, actor: Actor, clientId: string): Promise<void> {
  requireManager(actor);
  await transact(db, async (trx) => {
    const client = await repo.findClient(trx, clientId);
    if (!client) throw notFound('接入系统');
    await repo.updateClient(trx, client.id, { status: 'revoked' });
    await repo.deleteAccessTokens(trx, client.id);
    await recordAudit(trx, { actor: actorName(actor), action: 'client.revoked', subjectType: 'client', subjectId: clientId });
  });
}

const invalidClient = () => new AppError('invalid_client', 401, '接入系统身份验证失败');

/** OAuth 2.0 client-credentials grant (RFC 6749 §4.4). */
export async function issueToken(db: Db, credentials: { clientId: string; clientSecret: string; scope?: string | undefined; ip: string }) {
  const client = await repo.findClient(db, credentials.clientId);
  if (!client || client.status !== 'active' || !safeEqual(client.secret_hash, hashToken(credentials.clientSecret))) throw invalidClient();
  if (!ipAllowed(client.ip_allowlist, credentials.ip)) throw new AppError('ip_not_allowed', 403, `来源地址 ${credentials.ip} 不在该接入系统的白名单内`);
  const requested = credentials.scope ? credentials.scope.split(/\s+/).filter(Boolean) : client.scopes;
  const refused = requested.filter((s) => !client.scopes.includes(s));
  if (refused.length) throw new AppError('invalid_scope', 400, `未授权的范围：${refused.join(' ')}`, [{ field: 'body.scope', message: '未授权的范围' }]);
  const token = newToken();
  await repo.insertAccessToken(db, { token_hash: hashToken(token), client_id: client.id, scopes: requested, expires_at: new Date(Date.now() + TOKEN_TTL_SECONDS * 1000) });
  return { access_token: token, token_type: 'Bearer' as const, expires_in: TOKEN_TTL_SECONDS, scope: requested.join(' ') };
}

/** The client behind a bearer token, checked against its IP allow-list on every use. */
export async function resolveAccessToken(db: Db, token: string, ip: string): Promise<Extract<Actor, { kind: 'client' }> | 'ip_not_allowed' | undefined> {
  const row = await repo.findLiveAccessToken(db, hashToken(token));
  if (!row) return undefined;
  if (!ipAllowed(row.ip_allowlist, ip)) return 'ip_not_allowed';
  return { kind: 'client', clientRowId: row.client_row_id, clientId: row.client_id, scopes: row.scopes, departmentCode: row.department_code };
}

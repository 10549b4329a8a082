/**
 * Verification codes, password reset and the signed-in user's own account (/api/v1/auth/codes,
 * /api/v1/auth/password-reset, /api/v1/account), and the real-name level an item asks for.
 */
import type { Static } from 'typebox';
import type { AccountView, CodeSentView } from '../../server/modules/identity/schemas.js';
import type { CurrentUser } from '../../shared/identity.js';
import { apiGet, apiPost, apiPut, type RequestOptions } from './client.js';

export type Account = Static<typeof AccountView>;
export type CodeSent = Static<typeof CodeSentView>;

export function requestCode(purpose: 'register' | 'reset', phone: string): Promise<CodeSent> {
  return apiPost('/api/v1/auth/codes', { purpose, phone });
}

export async function resetPassword(phone: string, code: string, newPassword: string): Promise<CurrentUser> {
  return (await apiPost<{ user: CurrentUser }>('/api/v1/auth/password-reset', { phone, code, newPassword })).user;
}

export function fetchAccount(options?: RequestOptions): Promise<Account> {
  return apiGet('/api/v1/account', options);
}

export function requestAccountCode(request: { purpose: 'change_phone'; phone: string } | { purpose: 'change_email'; email: string }): Promise<CodeSent> {
  return apiPost('/api/v1/account/codes', request);
}

export function changePhone(phone: string, code: string): Promise<Account> {
  return apiPut('/api/v1/account/phone', { phone, code });
}

export function changeEmail(email: string, code: string): Promise<Account> {
  return apiPut('/api/v1/account/email', { email, code });
}

export function checkIdentity(): Promise<Account> {
  return apiPost('/api/v1/account/identity-check');
}

export async function fetchItemRealnameLevel(code: string, options?: RequestOptions): Promise<number> {
  return (await apiGet<{ requiredLevel: number }>(`/api/v1/items/${encodeURIComponent(code)}/realname-level`, options)).requiredLevel;
}

export async function setItemRealnameLevel(code: string, requiredLevel: number): Promise<number> {
  return (await apiPut<{ requiredLevel: number }>(`/api/v1/admin/items/${encodeURIComponent(code)}/realname-level`, { requiredLevel })).requiredLevel;
}

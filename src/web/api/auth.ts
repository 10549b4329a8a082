/**
 * Sign-in, registration and the session (/api/v1/auth). Types come from the server's schemas and
 * the shared identity vocabulary (type-only imports, erased from the bundle).
 */
import type { RegisterBody } from '../../server/modules/identity/schemas.js';
import type { CurrentUser } from '../../shared/identity.js';
import { apiGet, apiPost, type RequestOptions } from './client.js';

export type { CurrentUser, RegisterBody };
export type WebArea = CurrentUser['areas'][number];

export async function fetchMe(options?: RequestOptions): Promise<CurrentUser> {
  return (await apiGet<{ user: CurrentUser }>('/api/v1/auth/me', options)).user;
}

export async function login(username: string, password: string): Promise<CurrentUser> {
  return (await apiPost<{ user: CurrentUser }>('/api/v1/auth/login', { username, password })).user;
}

export function logout(): Promise<void> {
  return apiPost<void>('/api/v1/auth/logout');
}

export async function register(body: RegisterBody): Promise<CurrentUser> {
  return (await apiPost<{ user: CurrentUser }>('/api/v1/auth/register', body)).user;
}

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return apiPost<void>('/api/v1/auth/password', { currentPassword, newPassword });
}

/**
 * The identity administration API (/api/v1/admin): users, role assignments, sessions, units,
 * machine clients. Types come from the server's schemas (type-only imports).
 */
import type { Static } from 'typebox';
import type {
  ApiClient as ApiClientSchema,
  AssignmentInput,
  CreateClientBody,
  CreateUnitBody as CreateUnitBodySchema,
  CreateUserBody,
  EffectivePermissions as EffectivePermissionsSchema,
  LoginEvent as LoginEventSchema,
  SessionView as SessionViewSchema,
  Unit as UnitSchema,
  UpdateUserBody,
  UserDetail as UserDetailSchema,
  UserSummary as UserSummarySchema,
} from '../../server/modules/identity/schemas.js';
import type { Role } from '../../shared/identity.js';
import { apiDelete, apiGet, apiPatch, apiPost, type RequestOptions } from './client.js';

export type UserSummary = Static<typeof UserSummarySchema>;
export type UserDetail = Static<typeof UserDetailSchema>;
export type SessionView = Static<typeof SessionViewSchema>;
export type EffectivePermissions = Static<typeof EffectivePermissionsSchema>;
export type LoginEvent = Static<typeof LoginEventSchema>;
export type Unit = Static<typeof UnitSchema>;
export type CreateUnitBody = Static<typeof CreateUnitBodySchema>;
export type ApiClient = Static<typeof ApiClientSchema>;
export type ClientWithSecret = { client: ApiClient; clientSecret: string };
export type { AssignmentInput, CreateClientBody, CreateUserBody, UpdateUserBody };

/** What the caller may do to a user (UserDetail.actions); the page shows only these buttons. */
export type UserAction = 'update' | 'disable' | 'enable' | 'unlock' | 'reset_password' | 'assign_role' | 'remove_role' | 'revoke_sessions';

export interface UserFilters {
  q?: string;
  department?: string;
  role?: Role;
}

export const USER_PAGE_SIZE = 50;
/** The region of this deployment (涪陵区). */
export const REGION_CODE = '500102';

const base = '/api/v1/admin';
const userPath = (id: number) => `${base}/users/${id}`;

export function fetchUsers(filters: UserFilters, cursor: number | null, options?: RequestOptions) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, String(value));
  params.set('limit', String(USER_PAGE_SIZE));
  if (cursor !== null) params.set('cursor', String(cursor));
  return apiGet<{ users: UserSummary[]; nextCursor: number | null }>(`${base}/users?${params}`, options);
}

export const createUser = (body: CreateUserBody) => apiPost<UserDetail>(`${base}/users`, body);
export const fetchUser = (id: number, options?: RequestOptions) => apiGet<UserDetail>(userPath(id), options);
export const updateUser = (id: number, body: UpdateUserBody) => apiPatch<UserDetail>(userPath(id), body);
export const assignRole = (id: number, body: AssignmentInput) => apiPost<unknown>(`${userPath(id)}/roles`, body);
export const removeRole = (id: number, assignmentId: number) => apiDelete(`${userPath(id)}/roles/${assignmentId}`);
export const unlockUser = (id: number) => apiPost<void>(`${userPath(id)}/unlock`);
export const resetPassword = (id: number, newPassword: string) => apiPost<void>(`${userPath(id)}/password`, { newPassword });
export const revokeSessions = (id: number) => apiPost<void>(`${userPath(id)}/sessions/revoke`);

export async function fetchSessions(id: number, options?: RequestOptions): Promise<SessionView[]> {
  return (await apiGet<{ sessions: SessionView[] }>(`${userPath(id)}/sessions`, options)).sessions;
}

export const fetchPermissions = (id: number, options?: RequestOptions) => apiGet<EffectivePermissions>(`${userPath(id)}/permissions`, options);

export async function fetchLoginEvents(username: string, options?: RequestOptions): Promise<LoginEvent[]> {
  return (await apiGet<{ events: LoginEvent[] }>(`${base}/login-events?${new URLSearchParams({ username })}`, options)).events;
}

export async function fetchUnits(department?: string, options?: RequestOptions): Promise<Unit[]> {
  const query = department ? `?${new URLSearchParams({ department })}` : '';
  return (await apiGet<{ units: Unit[] }>(`${base}/units${query}`, options)).units;
}

export const createUnit = (body: CreateUnitBody) => apiPost<Unit>(`${base}/units`, body);

export async function fetchClients(options?: RequestOptions): Promise<ApiClient[]> {
  return (await apiGet<{ clients: ApiClient[] }>(`${base}/clients`, options)).clients;
}

export const createClient = (body: CreateClientBody) => apiPost<ClientWithSecret>(`${base}/clients`, body);
export const rotateClientSecret = (clientId: string) => apiPost<ClientWithSecret>(`${base}/clients/${encodeURIComponent(clientId)}/rotate`);
export const revokeClient = (clientId: string) => apiPost<void>(`${base}/clients/${encodeURIComponent(clientId)}/revoke`);

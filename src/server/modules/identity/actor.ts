import type { Role, ScopeType } from '../../../shared/identity.js';
import { ROLE_PERMISSIONS } from '../../../shared/identity.js';

/** Who is calling: nobody, a signed-in person, or a machine client. */
export interface Assignment {
  id: number;
  role: Role;
  scopeType: ScopeType;
  scopeCode: string;
}

export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: number;
      username: string;
      userKind: 'staff' | 'person' | 'enterprise';
      assignments: Assignment[];
      sessionId: number;
      csrfToken: string;
    }
  | { kind: 'client'; clientRowId: number; clientId: string; scopes: string[]; departmentCode: string | null };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

/** What a record is attached to, for scope checks. */
export interface RecordScope {
  regionCode?: string | null;
  departmentCode?: string | null;
  unitCode?: string | null;
  /** The user the record belongs to (an applicant's own case, a user's own profile). */
  ownerUserId?: number | null;
}

/** The scopes in which the actor holds a permission (empty: not at all). */
export function scopesWith(actor: Actor, permission: string): Assignment[] {
  if (actor.kind !== 'user') return [];
  return actor.assignments.filter((a) => ROLE_PERMISSIONS[a.role].includes(permission));
}

export function hasPermission(actor: Actor, permission: string): boolean {
  return scopesWith(actor, permission).length > 0;
}

/**
 * Whether one of the actor's assignments carrying `permission` covers the record.
 * Region scope covers everything in the region (one district per deployment for now);
 * department scope covers the department and its units; unit scope the unit; self the owner.
 *
 * @example
 * can(actor, 'identity.read', { regionCode: '500102', departmentCode: 'scjg' })
 */
export function can(actor: Actor, permission: string, record: RecordScope): boolean {
  return scopesWith(actor, permission).some((a) => {
    switch (a.scopeType) {
      case 'region':
        return record.regionCode ? record.regionCode === a.scopeCode : true;
      case 'department':
        return record.departmentCode === a.scopeCode;
      case 'unit':
        return record.unitCode === a.scopeCode;
      case 'self':
        return actor.kind === 'user' && record.ownerUserId === actor.userId;
    }
  });
}

/** Audit name of the actor. */
export function actorName(actor: Actor): string {
  if (actor.kind === 'user') return actor.username;
  if (actor.kind === 'client') return `client:${actor.clientId}`;
  return 'anonymous';
}

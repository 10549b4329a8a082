import type { Db } from '../../db/connection.js';
import * as repo from './repository.js';
import { cached, type CacheOptions } from '../../platform/cache.js';

/** How a person can be reached outside the platform; read by the notifications module only. */
export interface Contact {
  username: string;
  displayName: string;
  kind: 'staff' | 'person' | 'enterprise';
  email: string | null;
  phone: string | null;
  active: boolean;
}

/** The contact details of a user, or undefined when nobody has this username (e.g. a walk-in never registered). */
export async function contactOf(db: Db, username: string): Promise<Contact | undefined> {
  return (await cached(db, CONTACTS, username, () => loadContact(db, username))) ?? undefined;
}

/** Any change to any account (status, name, email, phone, roles) empties it: such changes are rare. */
const CONTACTS: CacheOptions<string, Contact | null> = { name: 'identity.contacts', topics: ['user'], ttlMs: 5 * 60_000, max: 10_000 };

async function loadContact(db: Db, username: string): Promise<Contact | null> {
  const row = await repo.findContact(db, username);
  if (!row) return null;
  return { username: row.username, displayName: row.display_name, kind: row.kind, email: row.email, phone: row.phone, active: row.status === 'active' };
}

/**
 * Usernames of the active staff who work a department's queue in a role (reviewer, approver,
 * head, window clerk); with `regionCode`, also those holding the role for the whole region.
 */
export async function departmentStaff(db: Db, departmentCode: string, role: string, regionCode?: string): Promise<string[]> {
  return cached(db, QUEUE_STAFF, `${departmentCode}|${role}|${regionCode ?? ''}`, () => repo.staffWithDepartmentRole(db, departmentCode, role, regionCode));
}

/** Who works each queue: asked on every task created, changed only when accounts, roles or units do. */
const QUEUE_STAFF: CacheOptions<string, string[]> = { name: 'identity.queue-staff', topics: ['user', 'units', 'catalogue'], ttlMs: 5 * 60_000, max: 5_000 };

import type { Role } from '../../../shared/identity.js';
import type { Db } from '../../db/connection.js';
import * as repo from './repository.js';
import { cached, type CacheOptions } from '../../platform/cache.js';

/** A role as other modules reason about it: unit roles already stand for their unit's department. */
export interface PersonGrant {
  role: Role;
  scopeType: 'region' | 'department' | 'self';
  scopeCode: string;
}

/** Who a username is: the name people know them by, what kind of user, and their roles. */
export interface Person {
  username: string;
  /** A person's name; an enterprise's registered name. */
  name: string;
  kind: 'staff' | 'person' | 'enterprise';
  active: boolean;
  grants: PersonGrant[];
}

/** The people behind usernames, for timelines and lists that must never show a login name. */
export function peopleByUsername(db: Db, usernames: string[]): Promise<Map<string, Person>> {
  const wanted = [...new Set(usernames)].sort();
  if (wanted.length === 0) return Promise.resolve(new Map());
  return cached(db, PEOPLE, wanted.join('\n'), () => loadPeople(db, wanted));
}

/** The same case page asks for the same people again and again; accounts, roles and units rarely change. */
const PEOPLE: CacheOptions<string, Map<string, Person>> = { name: 'identity.people', topics: ['user', 'units', 'catalogue'], ttlMs: 5 * 60_000, max: 5_000 };

async function loadPeople(db: Db, usernames: string[]): Promise<Map<string, Person>> {
  const people = new Map<string, Person>();
  for (const row of await repo.usersWithRoles(db, usernames)) {
    let person = people.get(row.username);
    if (!person) {
      const name = row.kind === 'enterprise' && row.enterprise_name ? row.enterprise_name : row.display_name;
      person = { username: row.username, name, kind: row.kind, active: row.status === 'active', grants: [] };
      people.set(row.username, person);
    }
    if (row.role === null || row.scope_type === null || row.scope_code === null) continue;
    const grant: PersonGrant =
      row.scope_type === 'unit'
        ? { role: row.role as Role, scopeType: 'department', scopeCode: row.unit_department ?? row.scope_code }
        : { role: row.role as Role, scopeType: row.scope_type, scopeCode: row.scope_code };
    person.grants.push(grant);
  }
  return people;
}

import type { Db } from '../../db/connection.js';
import type { Secrets } from '../../platform/secrets.js';
import * as repo from './repository.js';

/** What the account already says about an applicant, for prefilling their forms. */
export interface ApplicantProfile {
  kind: 'staff' | 'person' | 'enterprise';
  name: string;
  phone: string | null;
  enterpriseName: string | null;
  /** The unified social credit code of an enterprise account (never a person's ID number). */
  creditCode: string | null;
}

export async function applicantProfile(db: Db, secrets: Secrets, username: string): Promise<ApplicantProfile | undefined> {
  const row = await repo.findApplicantProfile(db, username);
  if (!row) return undefined;
  return {
    kind: row.kind,
    name: row.display_name,
    phone: row.phone,
    enterpriseName: row.enterprise_name,
    creditCode: row.kind === 'enterprise' && row.id_number_encrypted ? secrets.decrypt(row.id_number_encrypted) : null,
  };
}

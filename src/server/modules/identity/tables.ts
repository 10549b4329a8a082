import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** What a one-time code proves: a new account's phone, a password reset, a walk-in's claim, a changed phone or email. */
export type VerificationPurpose = 'register' | 'reset' | 'claim' | 'change_phone' | 'change_email';

export interface IdentityTables {
  units: {
    id: Generated<number>;
    code: string;
    department_id: number;
    name: string;
    created_at: Timestamp;
  };
  users: {
    id: Generated<number>;
    username: string;
    phone: string | null;
    /** Where notices are mailed (optional; added by the notifications migration). */
    email: string | null;
    display_name: string;
    kind: 'staff' | 'person' | 'enterprise';
    unit_id: number | null;
    password_hash: string;
    id_number_hash: string | null;
    id_number_encrypted: string | null;
    id_number_masked: string | null;
    enterprise_name: string | null;
    status: ColumnType<'active' | 'disabled', 'active' | 'disabled' | undefined, 'active' | 'disabled'>;
    failed_logins: ColumnType<number, number | undefined, number>;
    locked_until: NullableTimestamp;
    password_changed_at: Timestamp;
    created_at: Timestamp;
    /** 0 none, 1 phone verified by a code, 2 identity verified by the province's service (migration 0011). */
    realname_level: ColumnType<number, number | undefined, number>;
    phone_verified_at: NullableTimestamp;
    identity_verified_at: NullableTimestamp;
  };
  role_assignments: {
    id: Generated<number>;
    user_id: number;
    role: string;
    scope_type: 'region' | 'department' | 'unit' | 'self';
    scope_code: string;
    granted_by: string;
    created_at: Timestamp;
  };
  sessions: {
    id: Generated<number>;
    token_hash: string;
    user_id: number;
    csrf_token: string;
    ip: string | null;
    user_agent: string | null;
    created_at: Timestamp;
    last_seen_at: Timestamp;
    expires_at: Timestamp;
    revoked_at: NullableTimestamp;
  };
  login_events: {
    id: Generated<number>;
    occurred_at: Timestamp;
    username: string;
    user_id: number | null;
    ip: string | null;
    success: boolean;
    reason: string;
  };
  api_clients: {
    id: Generated<number>;
    client_id: string;
    name: string;
    secret_hash: string;
    scopes: string[];
    ip_allowlist: string[];
    department_code: string | null;
    status: ColumnType<'active' | 'revoked', 'active' | 'revoked' | undefined, 'active' | 'revoked'>;
    created_by: string;
    created_at: Timestamp;
    secret_rotated_at: Timestamp;
  };
  verification_codes: {
    id: Generated<number>;
    purpose: VerificationPurpose;
    channel: 'sms' | 'email';
    destination: string;
    user_id: number | null;
    code_hash: string;
    attempts: ColumnType<number, number | undefined, number>;
    max_attempts: number;
    requested_ip: string | null;
    created_at: Timestamp;
    expires_at: Timestamp;
    consumed_at: NullableTimestamp;
    superseded_at: NullableTimestamp;
  };
  access_tokens: {
    token_hash: string;
    client_id: number;
    scopes: string[];
    created_at: Timestamp;
    expires_at: Timestamp;
  };
}

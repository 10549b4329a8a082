import { sql, type Kysely } from 'kysely';

/**
 * Real-name registration: one-time verification codes (SMS or email), stored only as keyed
 * hashes with their expiry, attempts and use; the account's real-name level (0 none, 1 phone
 * verified, 2 identity verified by the province's identity service) with when each step was
 * done; and the level an item asks of its applicants.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('verification_codes')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose IN ('register', 'reset', 'claim', 'change_phone', 'change_email')`))
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel IN ('sms', 'email')`))
    .addColumn('destination', 'text', (c) => c.notNull())
    /** The account the code is for, when there is one already (reset, claim, changes). */
    .addColumn('user_id', 'bigint', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('requested_ip', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('consumed_at', 'timestamptz')
    /** A newer code for the same destination and purpose replaces this one. */
    .addColumn('superseded_at', 'timestamptz')
    .execute();
  // Cooldowns and per-destination limits look at a destination's recent codes; per-address limits at an address's.
  await db.schema.createIndex('verification_codes_destination').on('verification_codes').columns(['destination', 'created_at']).execute();
  await db.schema.createIndex('verification_codes_ip').on('verification_codes').columns(['requested_ip', 'created_at']).execute();

  await db.schema
    .alterTable('users')
    .addColumn('realname_level', 'smallint', (c) => c.notNull().defaultTo(0).check(sql`realname_level BETWEEN 0 AND 2`))
    .addColumn('phone_verified_at', 'timestamptz')
    .addColumn('identity_verified_at', 'timestamptz')
    .execute();

  await db.schema
    .alterTable('items')
    .addColumn('required_realname_level', 'smallint', (c) => c.notNull().defaultTo(0).check(sql`required_realname_level BETWEEN 0 AND 2`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('items').dropColumn('required_realname_level').execute();
  await db.schema.alterTable('users').dropColumn('realname_level').dropColumn('phone_verified_at').dropColumn('identity_verified_at').execute();
  await db.schema.dropTable('verification_codes').execute();
}

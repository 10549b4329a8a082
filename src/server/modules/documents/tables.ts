import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** Tables of this module (merged into the Database type in db/schema.ts). */
export interface DocumentsTables {
  /** Last certificate number handed out per issuing department and year. */
  certificate_sequences: { department_code: string; year: number; last: number };
  certificates: {
    id: Generated<number>;
    number: string;
    case_id: number;
    item_code: string;
    department_code: string;
    holder_username: string;
    holder_name: string;
    title: string;
    /** Dates as ISO strings (see db/connection.ts: DATE is read as text). */
    issued_on: string;
    /** Null: long-term (长期有效). */
    valid_until: string | null;
    /** The exact signed content; canonicalised (sorted keys) before signing. */
    payload: ColumnType<unknown, string, string>;
    created_at: Timestamp;
    revoked_at: NullableTimestamp;
    revoked_by: string | null;
    revoke_reason: string | null;
    /** 1-based place in the case's result bundle (a joint item issues one per department). */
    position: ColumnType<number, number | undefined, number>;
    /** Certificate type (template key), e.g. business_licence. */
    type: ColumnType<string, string | undefined, string>;
    /** The template it was filled from, as it was then; null before templates existed. */
    template: ColumnType<unknown, string | null | undefined, string | null>;
  };
}

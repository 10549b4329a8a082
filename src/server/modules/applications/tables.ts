import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Tables of the applications module (merged into the Database type in db/schema.ts). */
export interface ApplicationsTables {
  item_forms: { item_code: string; schema: unknown; ui_schema: unknown; updated_by: string; updated_at: Timestamp };
  applications: {
    id: Generated<number>;
    item_code: string;
    item_version_id: number;
    applicant_id: string;
    filed_by: string | null;
    channel: 'online' | 'window' | 'assisted';
    status: ColumnType<'draft' | 'submitted', 'draft' | 'submitted' | undefined, 'draft' | 'submitted'>;
    form_data: ColumnType<unknown, unknown | undefined, unknown>;
    case_id: number | null;
    version: ColumnType<number, number | undefined, number>;
    originals_verified_at: Date | null;
    originals_verified_by: string | null;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
  application_files: {
    id: Generated<number>;
    application_id: number;
    material_id: number;
    material_name: string;
    file_id: number;
    filename: string;
    phase: 'initial' | 'supplement';
    uploaded_by: string;
    uploaded_at: Timestamp;
    reused_from: number | null;
    check_result: ColumnType<'pending' | 'ok' | 'missing' | 'invalid', 'pending' | 'ok' | 'missing' | 'invalid' | undefined, 'pending' | 'ok' | 'missing' | 'invalid'>;
    check_note: string | null;
    checked_by: string | null;
    checked_at: Date | null;
  };
  /** Each intake supplement request (一次性告知) of an application: the materials it lists and by when. */
  application_supplements: {
    id: Generated<number>;
    application_id: number;
    round: number;
    material_ids: ColumnType<number[], string, string>;
    requested_at: Timestamp;
    /** Asia/Shanghai date, YYYY-MM-DD. */
    due_on: string;
    received_at: Date | null;
  };
}

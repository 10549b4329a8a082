import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface WorkflowTables {
  process_definitions: {
    id: Generated<number>;
    key: string;
    version: number;
    name: string;
    definition: unknown;
    created_by: string;
    created_at: Timestamp;
  };
  receipt_sequences: { region_code: string; day: string; last: number };
  cases: {
    id: Generated<number>;
    receipt_no: string;
    query_code: string;
    item_code: string;
    item_version_id: number;
    definition_id: number;
    applicant_id: string;
    channel: string;
    region_code: string;
    department_code: string;
    status: string;
    version: ColumnType<number, number | undefined, number>;
    acceptance_due_on: string | null;
    due_on: string | null;
    clock_paused: ColumnType<boolean, boolean | undefined, boolean>;
    last_seq: ColumnType<number, number | undefined, number>;
    last_hash: string;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
  case_tasks: {
    case_id: number;
    task_id: string;
    stage_key: string;
    branch_key: string | null;
    name: string;
    department_code: string;
    role: string;
    status: string;
    assignee: string | null;
    created_on: string;
    due_on: string | null;
    clock_paused: ColumnType<boolean, boolean | undefined, boolean>;
    updated_at: Timestamp;
  };
  case_events: {
    case_id: number;
    seq: number;
    kind: string;
    event: unknown;
    at: Timestamp;
    actor: string;
    prev_hash: string;
    hash: string;
  };
  /** 统一出件: the result handed over at the window (one per case). */
  case_collections: {
    case_id: number;
    collector_name: string;
    /** `applicant` in person, or an `agent` holding their authorisation. */
    collector_kind: 'applicant' | 'agent';
    id_checked: boolean;
    id_number_masked: string | null;
    note: string | null;
    collected_at: Timestamp;
    handed_over_by: string;
    created_at: Timestamp;
  };
}

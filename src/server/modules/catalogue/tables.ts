import type { ColumnType, Generated } from 'kysely';
import type { RequiredWhen } from '../../../shared/material-conditions.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface CatalogueTables {
  regions: {
    code: string;
    name: string;
    parent_code: string | null;
    level: 'province' | 'city' | 'district';
  };
  departments: {
    id: Generated<number>;
    code: string;
    region_code: string;
    name: string;
    short_name: string;
    org_code: string;
    window_place: string;
    window_hours: string;
    window_phone: string;
    complaint_phone: string;
    sort: number;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
  items: {
    id: Generated<number>;
    code: string;
    department_id: number;
    published_version_id: number | null;
    created_at: Timestamp;
    updated_at: Timestamp;
    /** The real-name level (0–2) an applicant needs to apply online (migration 0011). */
    required_realname_level: ColumnType<number, number | undefined, number>;
  };
  item_versions: {
    id: Generated<number>;
    item_id: number;
    version: number;
    status: 'draft' | 'published' | 'superseded';
    name: string;
    category: string;
    legal_basis: string;
    implementing_body: string;
    competent_department: string;
    exercising_level: string;
    handling_depth: string;
    visits: number;
    statutory_days: number;
    promised_days: number;
    special_procedures: string[];
    process_summary: string;
    acceptance_conditions: string;
    result_type: string;
    certificate_name: string;
    keywords: string[];
    process_kind: string;
    co_department_codes: string[];
    applicant_type: string;
    consultation_channel: string;
    complaint_channel: string;
    search_text: string;
    name_pinyin: string;
    name_initials: string;
    keywords_pinyin: string;
    keywords_initials: string;
    search_name: string;
    search_keywords: string;
    created_at: Timestamp;
    created_by: string;
    published_at: Timestamp | null;
    published_by: string | null;
  };
  item_materials: {
    id: Generated<number>;
    item_version_id: number;
    sort: number;
    name: string;
    required: boolean;
    condition: string | null;
    /** When a situational material becomes required, as data (JSON): see shared/material-conditions.ts. */
    required_when: ColumnType<RequiredWhen | null, string | null | undefined, string | null>;
    form: string;
    copies: number;
    source: string;
    shared_from: string | null;
    note: string | null;
  };
  item_fees: {
    id: Generated<number>;
    item_version_id: number;
    sort: number;
    name: string;
    basis: string;
    standard: string;
  };
  search_synonyms: {
    id: Generated<number>;
    term: string;
    targets: string[];
    term_pinyin: string;
    term_initials: string;
    updated_at: Timestamp;
    updated_by: string;
  };
  life_events: {
    id: Generated<number>;
    code: string;
    name: string;
    summary: string;
    audience: 'person' | 'enterprise';
    sort: number;
  };
  life_event_items: {
    life_event_id: number;
    item_code: string;
    sort: number;
    note: string | null;
  };
  hot_item_picks: {
    item_code: string;
    sort: number;
  };
}

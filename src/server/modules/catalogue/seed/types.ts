import type {
  ExercisingLevel,
  HandlingDepth,
  ItemCategory,
  MaterialForm,
  MaterialSource,
  ProcessKind,
  SpecialProcedure,
} from '../../../../shared/catalogue.js';
import type { RequiredWhen } from '../../../../shared/material-conditions.js';

/** One department of the demo district, as the seed loads it. */
export interface SeedDepartment {
  /** Short stable code, lower-case ASCII, used in URLs and demo user names (e.g. `scjgj`). */
  code: string;
  /** Full official name, e.g. 重庆市涪陵区市场监督管理局. */
  name: string;
  /** Short name shown in lists, e.g. 区市场监管局. */
  shortName: string;
  /** Unified social credit code style organisation code (18 chars), deterministic. */
  orgCode: string;
  /** Service-hall window: where, when, and the phone to call. */
  window: { place: string; hours: string; phone: string };
  /** Complaint phone of the department (监督投诉电话). */
  complaintPhone: string;
  /** Order in lists. */
  sort: number;
}

export interface SeedMaterial {
  name: string;
  /** true = required; false = conditional (then `condition` explains when). */
  required: boolean;
  condition?: string;
  /** The form answer that makes a conditional material required (checked at submission and intake). */
  requiredWhen?: RequiredWhen;
  form: MaterialForm;
  copies: number;
  source: MaterialSource;
  /** Department code that holds the material when `source` is `shared`. */
  sharedFrom?: string;
  /** Short filling guidance printed on the template and the notice. */
  note?: string;
}

export interface SeedFee {
  name: string;
  /** Legal/price basis of the fee. */
  basis: string;
  /** Standard, e.g. 每证10元. */
  standard: string;
}

export interface SeedItem {
  /** Implementation code (实施编码), unique, deterministic. */
  code: string;
  name: string;
  departmentCode: string;
  category: ItemCategory;
  /** 设立依据: real law/regulation with article, e.g. 《中华人民共和国食品安全法》第三十五条. */
  legalBasis: string;
  implementingBody: string;
  competentDepartment: string;
  exercisingLevel: ExercisingLevel;
  handlingDepth: HandlingDepth;
  /** 到现场次数: 0, 1 or 2. full_online ⇒ 0. */
  visits: 0 | 1 | 2;
  statutoryDays: number;
  /** ≤ statutoryDays. */
  promisedDays: number;
  specialProcedures: SpecialProcedure[];
  /** Empty list = free of charge (不收费). */
  fees: SeedFee[];
  processSummary: string;
  acceptanceConditions: string;
  materials: SeedMaterial[];
  /** 审批结果类型, e.g. 证照, 批文, 其他. */
  resultType: string;
  /** Name of the certificate/licence/document issued. */
  certificateName: string;
  keywords: string[];
  processKind: ProcessKind;
  /** Co-departments for parallel (joint) approval; the item's department leads. Empty unless processKind = 'joint'. */
  coDepartments: string[];
  /** Who the applicant may be. */
  applicantType: 'person' | 'enterprise' | 'both';
}

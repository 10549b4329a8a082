/**
 * Small builders for the item catalogue seed: an item spec with sensible defaults, and the
 * materials that recur across items. Everything here is pure and deterministic.
 *
 * Implementation code (实施编码) format: `500102-<部门代码>-<三位序号>`, e.g. `500102-scjg-001`:
 * the district's division code, the department code, and the item's 1-based position in its
 * department's list. Lists are append-only, so codes stay stable when items are added.
 */
import type {
  ExercisingLevel,
  HandlingDepth,
  ItemCategory,
  MaterialForm,
  ProcessKind,
  SpecialProcedure,
} from '../../../../shared/catalogue.js';
import type { RequiredWhen } from '../../../../shared/material-conditions.js';
import { DISTRICT_CODE, department } from './departments.js';
import type { SeedFee, SeedItem, SeedMaterial } from './types.js';

export interface ItemSpec {
  name: string;
  /** 设立依据. */
  basis: string;
  /** Default 行政许可. */
  category?: ItemCategory;
  /** Default 区县级. */
  level?: ExercisingLevel;
  /** Default: the implementing department itself. */
  competent?: string;
  /** Default online_accept. */
  depth?: HandlingDepth;
  /** Default: 0 for full_online, otherwise 1. */
  visits?: 0 | 1 | 2;
  /** Working days; default 20 (《中华人民共和国行政许可法》第四十二条). */
  statutory?: number;
  /** Working days; default half the statutory limit (at least 1). */
  promised?: number;
  special?: SpecialProcedure[];
  fees?: SeedFee[];
  /** Default generated from the kind and the special procedures. */
  process?: string;
  conditions: string;
  materials: SeedMaterial[];
  /** Default derived from the certificate name. */
  result?: string;
  certificate: string;
  keywords: string[];
  /** Default: joint if co-departments, inspection if site inspection, instant if promised ≤ 1, else standard. */
  kind?: ProcessKind;
  co?: string[];
  /** Default enterprise. */
  applicant?: 'person' | 'enterprise' | 'both';
}

const SPECIAL_STEPS: ReadonlyArray<readonly [SpecialProcedure, string]> = [
  ['testing', '检验检测'],
  ['site_inspection', '现场核查'],
  ['expert_review', '专家评审'],
  ['hearing', '听证'],
  ['public_notice', '公示'],
];

function defaultProcess(kind: ProcessKind, category: ItemCategory, special: SpecialProcedure[]): string {
  if (category === '行政给付') {
    const steps = ['申请', '受理', '审核'];
    if (special.includes('site_inspection')) steps.push('入户调查');
    if (special.includes('public_notice')) steps.push('公示');
    return [...steps, '审批', '发放'].join('→');
  }
  if (kind === 'instant') return '申请→受理→审核→即办决定→办结';
  const steps = kind === 'joint' ? ['一窗受理', '并联审查'] : ['申请', '受理', '审查'];
  for (const [sp, label] of SPECIAL_STEPS) if (special.includes(sp)) steps.push(label);
  steps.push('决定', kind === 'joint' ? '统一出件' : '送达', '办结');
  return steps.join('→');
}

function defaultResult(certificate: string): string {
  if (/批复|决定书|审查意见|审核意见|同意书|批准文件|批准书|意见书/.test(certificate)) return '批文';
  if (/证$|证书|执照|许可证|登记表$|凭证|证件/.test(certificate)) return '证照';
  return '其他';
}

/** Builds a department's items; codes follow list order (see the header comment). */
export function defineItems(departmentCode: string, specs: ItemSpec[]): SeedItem[] {
  const dept = department(departmentCode);
  return specs.map((s, i) => {
    for (const c of s.co ?? []) department(c);
    const category = s.category ?? '行政许可';
    const depth = s.depth ?? 'online_accept';
    const statutory = s.statutory ?? 20;
    const promised = s.promised ?? Math.max(1, Math.floor(statutory / 2));
    const special = s.special ?? [];
    const co = s.co ?? [];
    const kind: ProcessKind =
      s.kind ??
      (co.length > 0 ? 'joint' : special.includes('site_inspection') ? 'inspection' : promised <= 1 ? 'instant' : 'standard');
    return {
      code: `${DISTRICT_CODE}-${departmentCode}-${String(i + 1).padStart(3, '0')}`,
      name: s.name,
      departmentCode,
      category,
      legalBasis: s.basis,
      implementingBody: dept.name,
      competentDepartment: s.competent ?? dept.name,
      exercisingLevel: s.level ?? '区县级',
      handlingDepth: depth,
      visits: s.visits ?? (depth === 'full_online' ? 0 : 1),
      statutoryDays: statutory,
      promisedDays: promised,
      specialProcedures: special,
      fees: s.fees ?? [],
      processSummary: s.process ?? defaultProcess(kind, category, special),
      acceptanceConditions: s.conditions,
      materials: s.materials,
      resultType: s.result ?? defaultResult(s.certificate),
      certificateName: s.certificate,
      keywords: s.keywords,
      processKind: kind,
      coDepartments: co,
      applicantType: s.applicant ?? 'enterprise',
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Materials

interface MatOpts {
  form?: MaterialForm;
  copies?: number;
  note?: string;
  /** For a conditional material: the form answer that makes it required. */
  requiredWhen?: RequiredWhen;
}

function withNote(m: SeedMaterial, note: string | undefined): SeedMaterial {
  return note ? { ...m, note } : m;
}

/** A required material handed in by the applicant (default: 1 original). */
export function mat(name: string, o: MatOpts = {}): SeedMaterial {
  return withNote({ name, required: true, form: o.form ?? 'original', copies: o.copies ?? 1, source: 'applicant' }, o.note);
}

/** A required photocopy. */
export function copyOf(name: string, o: MatOpts = {}): SeedMaterial {
  return mat(name, { ...o, form: o.form ?? 'copy' });
}

/** A conditional material: only when `condition` applies. */
export function cond(name: string, condition: string, o: MatOpts = {}): SeedMaterial {
  return { ...mat(name, o), required: false, condition, ...(o.requiredWhen && { requiredWhen: o.requiredWhen }) };
}

/**
 * A material the platform fetches from another department's records (免提交): the applicant hands
 * in nothing, hence 0 copies.
 */
export function shared(name: string, from: string, note = '通过部门间数据共享获取，申请人免于提交'): SeedMaterial {
  department(from);
  return { name, required: true, form: 'electronic', copies: 0, source: 'shared', sharedFrom: from, note };
}

/** The application form 《title》, filled online. */
export function appForm(title: string, note = '可在网上办事大厅在线填写，签字（盖章）后提交'): SeedMaterial {
  return mat(`《${title}》`, { note });
}

/** Identity of a person, shared from the public security population register. */
export function personId(who = '申请人'): SeedMaterial {
  return shared(`${who}身份证明`, 'ga', '通过公安人口信息库共享核验，免于提交');
}

/** The business licence, shared from the market-supervision register. */
export function licence(): SeedMaterial {
  return shared('营业执照', 'scjg', '通过市场主体登记信息共享核验，免于提交');
}

/** Power of attorney, when an agent files. */
export function proxy(): SeedMaterial {
  return cond('授权委托书及受托人身份证明', '委托他人代为办理的');
}

/** Proof of the right to use premises. */
export function premises(what = '经营场所'): SeedMaterial {
  return copyOf(`${what}使用证明（产权证明或租赁合同）`);
}

// ---------------------------------------------------------------------------------------------
// Fees

const REAL_ESTATE_FEE_BASIS =
  '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）；《财政部 国家发展改革委关于不动产登记收费有关政策问题的通知》（财税〔2016〕79号）';

/** 不动产登记费 and the certificate fee, per 发改价格规〔2016〕2559号. */
export const REAL_ESTATE_FEES: SeedFee[] = [
  { name: '不动产登记费', basis: REAL_ESTATE_FEE_BASIS, standard: '住宅类每件80元；非住宅类每件550元' },
  { name: '不动产权属证书工本费', basis: REAL_ESTATE_FEE_BASIS, standard: '核发一本证书免收；每增加一本加收10元' },
];

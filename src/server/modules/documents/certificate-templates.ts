/**
 * Certificate templates: what a certificate of a given type says and where each line comes
 * from (a path in the case's application form, or a fact of the case such as the credit code).
 * A joint item (企业开办) issues one document per department in one result bundle.
 * Pure: the template chosen, and the content it gives, depend only on the inputs; the template
 * is stored with the issued certificate, so the document can be reproduced after a template changes.
 */
import type { ItemDetail } from '../catalogue/schemas.js';
import { fieldsFor } from '../applications/forms.js';
import { chineseDate } from './notices.js';

/** What a case knows besides its form, at the moment of issue. */
export interface CertificateFacts {
  creditCode: string | null;
  applicantName: string;
  applicantKind: 'person' | 'enterprise';
  itemName: string;
  itemCode: string;
  issuedOn: string;
  department: string;
}
export type FactName = keyof Omit<CertificateFacts, 'applicantKind'>;

export type FieldSource = { form: string } | { fact: FactName } | { text: string };

/** How a value is written: a date in Chinese, 万元 amounts, yes/no, lists joined with 、. */
export type FieldFormat = 'text' | 'date' | 'capital' | 'yesno' | 'count';

export interface TemplateField {
  label: string;
  source: FieldSource;
  format?: FieldFormat;
}

export interface HolderSource {
  source: FieldSource;
  /** An enterprise's or a business's name is public; a person's is masked on the verify page. */
  kind: 'enterprise' | 'person' | 'applicant';
}

export interface CertificateTemplate {
  /** Stable key of the certificate type, e.g. business_licence. */
  type: string;
  /** Null: the item's own certificate name (else its name). */
  title: string | null;
  /** The department that issues it: null is the case's lead department. */
  department: string | null;
  holderLabel: string;
  /** The first that gives a non-empty value is the holder. */
  holder: HolderSource[];
  fields: TemplateField[];
  /** A form path whose value `false` means this document is not issued (e.g. no seal asked for). */
  unless?: string;
}

/** One printed line of an issued certificate. */
export interface CertificateLine {
  label: string;
  value: string;
}

const form = (path: string): FieldSource => ({ form: path });
const fact = (name: FactName): FieldSource => ({ fact: name });
const text = (value: string): FieldSource => ({ text: value });

const COMPANY = form('details.companyName');
const companyHolder: HolderSource[] = [{ source: COMPANY, kind: 'enterprise' }, { source: fact('applicantName'), kind: 'applicant' }];

export const BUSINESS_LICENCE: CertificateTemplate = {
  type: 'business_licence',
  title: '营业执照',
  department: null,
  holderLabel: '名称',
  holder: companyHolder,
  fields: [
    { label: '统一社会信用代码', source: fact('creditCode') },
    { label: '类型', source: form('details.companyType') },
    { label: '法定代表人', source: form('details.legalRepresentative') },
    { label: '注册资本', source: form('details.registeredCapital'), format: 'capital' },
    { label: '成立日期', source: fact('issuedOn'), format: 'date' },
    { label: '住所', source: form('details.businessAddress') },
    { label: '经营范围', source: form('details.businessScope') },
  ],
};

export const SEAL_RECORD: CertificateTemplate = {
  type: 'seal_record',
  title: '印章刻制备案证明',
  department: 'ga',
  holderLabel: '印章使用单位',
  holder: companyHolder,
  unless: 'details.needSeal',
  fields: [
    { label: '统一社会信用代码', source: fact('creditCode') },
    { label: '法定代表人', source: form('details.legalRepresentative') },
    { label: '单位地址', source: form('details.businessAddress') },
    { label: '备案印章', source: text('单位公章、财务专用章、发票专用章') },
    { label: '备案事项', source: text('新设立企业印章刻制备案') },
  ],
};

export const TAX_REGISTRATION: CertificateTemplate = {
  type: 'tax_registration',
  title: '涉税事项办理确认书',
  department: 'sw',
  holderLabel: '纳税人名称',
  holder: companyHolder,
  fields: [
    { label: '纳税人识别号', source: fact('creditCode') },
    { label: '法定代表人', source: form('details.legalRepresentative') },
    { label: '生产经营地址', source: form('details.businessAddress') },
    { label: '办理事项', source: text('新办纳税人信息确认、税费种认定') },
    { label: '同时申领发票', source: form('details.needInvoice'), format: 'yesno' },
  ],
};

export const SOCIAL_INSURANCE: CertificateTemplate = {
  type: 'social_insurance',
  title: '社会保险登记证明',
  department: 'rs',
  holderLabel: '参保单位名称',
  holder: companyHolder,
  fields: [
    { label: '统一社会信用代码', source: fact('creditCode') },
    { label: '法定代表人', source: form('details.legalRepresentative') },
    { label: '单位地址', source: form('details.businessAddress') },
    { label: '拟招用员工', source: form('details.employees'), format: 'count' },
    { label: '登记事项', source: text('单位社会保险登记、就业登记') },
  ],
};

export const FOOD_LICENCE: CertificateTemplate = {
  type: 'food_licence',
  title: null,
  department: null,
  holderLabel: '经营者名称',
  holder: [{ source: form('details.storeName'), kind: 'enterprise' }, { source: fact('applicantName'), kind: 'applicant' }],
  fields: [
    { label: '经营场所', source: form('details.businessAddress') },
    { label: '经营项目', source: form('details.businessItems') },
    { label: '许可事项', source: fact('itemName') },
  ],
};

/** Every other item: the organisation named on the form, else the applicant (a person for personal items). */
export const DEFAULT_CERTIFICATE: CertificateTemplate = {
  type: 'certificate',
  title: null,
  department: null,
  holderLabel: '持证人',
  holder: [{ source: form('applicant.organisation'), kind: 'enterprise' }, { source: fact('applicantName'), kind: 'applicant' }],
  fields: [
    { label: '许可事项', source: fact('itemName') },
    { label: '事项编码', source: fact('itemCode') },
  ],
};

/** What a co-department of a company set-up issues as its own result. */
const JOINT_RESULTS: Record<string, CertificateTemplate> = { ga: SEAL_RECORD, sw: TAX_REGISTRATION, rs: SOCIAL_INSURANCE };

/**
 * The documents an approved case of the item produces, in bundle order: the lead department's
 * first, then each co-department's that has a result of its own (企业开办: 营业执照, 印章备案,
 * 涉税事项, 社保登记). Documents the form declined (`unless` is false) are left out.
 */
export function templatesFor(item: Pick<ItemDetail, 'name' | 'keywords' | 'certificateName' | 'coDepartments'>, formData: unknown): CertificateTemplate[] {
  const fields = fieldsFor(item);
  const isCompany = 'companyName' in fields.properties;
  const isFood = 'storeName' in fields.properties;
  const lead = isCompany ? BUSINESS_LICENCE : isFood ? FOOD_LICENCE : DEFAULT_CERTIFICATE;
  const joint = isCompany ? item.coDepartments.flatMap((d) => JOINT_RESULTS[d.code] ?? []) : [];
  return [lead, ...joint].filter((t) => t.unless === undefined || valueAt(formData, t.unless) !== false);
}

/** The value at a dotted path of the form data (undefined when any step is missing). */
export function valueAt(data: unknown, path: string): unknown {
  let here: unknown = data;
  for (const key of path.split('.')) {
    if (here === null || typeof here !== 'object' || Array.isArray(here)) return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

function sourceValue(source: FieldSource, formData: unknown, facts: CertificateFacts): unknown {
  if ('form' in source) return valueAt(formData, source.form);
  if ('fact' in source) return facts[source.fact];
  return source.text;
}

export function formatValue(value: unknown, format: FieldFormat = 'text'): string {
  if (value === undefined || value === null || value === '') return '';
  if (format === 'yesno') return value === true ? '是' : value === false ? '否' : String(value);
  if (Array.isArray(value)) return value.map((v) => formatValue(v)).filter(Boolean).join('、');
  if (format === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return chineseDate(value);
  if (format === 'capital' && typeof value === 'number') return `人民币${value.toLocaleString('zh-CN', { maximumFractionDigits: 4 })}万元`;
  if (format === 'count' && typeof value === 'number') return `${value}人`;
  if (typeof value === 'object') return '';
  return String(value).trim();
}

export interface FilledCertificate {
  holder: string;
  holderKind: 'person' | 'enterprise';
  lines: CertificateLine[];
}

/**
 * The holder and lines of a certificate from its template. A line whose source gives nothing
 * (a case filed without the field) is left out rather than printed empty.
 */
export function fillTemplate(template: CertificateTemplate, formData: unknown, facts: CertificateFacts): FilledCertificate {
  let holder = { name: facts.applicantName, kind: facts.applicantKind };
  for (const candidate of template.holder) {
    const name = formatValue(sourceValue(candidate.source, formData, facts));
    if (name) {
      holder = { name, kind: candidate.kind === 'applicant' ? facts.applicantKind : candidate.kind };
      break;
    }
  }
  const lines = template.fields
    .map((f) => ({ label: f.label, value: formatValue(sourceValue(f.source, formData, facts), f.format) }))
    .filter((line) => line.value !== '');
  return { holder: holder.name, holderKind: holder.kind, lines };
}

/** Whether any document of the bundle prints the credit code (only then is one assigned). */
export function needsCreditCode(templates: readonly CertificateTemplate[]): boolean {
  return templates.some((t) => t.fields.some((f) => 'fact' in f.source && f.source.fact === 'creditCode'));
}

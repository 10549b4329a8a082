import type { HandlingDepth, MaterialForm, MaterialSource, ProcessKind, SpecialProcedure } from '../../../shared/catalogue.js';
import type { DepartmentRow, FeeRow, MaterialRow, PublishedItemRow, ItemVersionRow, NewMaterial, NewFee, NewVersion } from './repository.js';
import { pinyinKeys, pinyinKeysOfPhrases } from './search/pinyin.js';
import type { Department, ItemContent, ItemDetail, ItemSummary } from './schemas.js';

/** Row ↔ API shape conversions; no I/O. */

export function toDepartment(row: DepartmentRow & { item_count?: number }): Department {
  return {
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    regionCode: row.region_code,
    orgCode: row.org_code,
    window: { place: row.window_place, hours: row.window_hours, phone: row.window_phone },
    complaintPhone: row.complaint_phone,
    itemCount: Number(row.item_count ?? 0),
  };
}

export function toItemSummary(row: PublishedItemRow): ItemSummary {
  return {
    code: row.code,
    name: row.name,
    department: { code: row.department_code, name: row.department_name, shortName: row.department_short_name },
    category: row.category,
    handlingDepth: row.handling_depth as HandlingDepth,
    visits: row.visits,
    statutoryDays: row.statutory_days,
    promisedDays: row.promised_days,
    processKind: row.process_kind as ProcessKind,
    joint: row.process_kind === 'joint',
    version: row.version,
  };
}

export function itemUrls(code: string) {
  const base = `/api/v1/items/${encodeURIComponent(code)}`;
  return {
    notice: `${base}/notice.pdf`,
    template: (materialId: number) => `${base}/materials/${materialId}/template.pdf`,
    sample: (materialId: number) => `${base}/materials/${materialId}/sample.pdf`,
  };
}

export function toItemDetail(
  row: PublishedItemRow,
  department: DepartmentRow,
  materials: MaterialRow[],
  fees: FeeRow[],
  relatedDepartments: DepartmentRow[],
): ItemDetail {
  const urls = itemUrls(row.code);
  const byCode = new Map(relatedDepartments.map((d) => [d.code, d]));
  return {
    ...toItemSummary(row),
    legalBasis: row.legal_basis,
    implementingBody: row.implementing_body,
    competentDepartment: row.competent_department,
    exercisingLevel: row.exercising_level,
    specialProcedures: row.special_procedures as SpecialProcedure[],
    fees: fees.map((f) => ({ name: f.name, basis: f.basis, standard: f.standard })),
    processSummary: row.process_summary,
    acceptanceConditions: row.acceptance_conditions,
    materials: materials.map((m) => ({
      id: m.id,
      name: m.name,
      required: m.required,
      condition: m.condition,
      requiredWhen: m.required_when ?? null,
      form: m.form as MaterialForm,
      copies: m.copies,
      source: m.source as MaterialSource,
      sharedFrom: m.shared_from,
      sharedFromName: m.shared_from ? (byCode.get(m.shared_from)?.short_name ?? null) : null,
      note: m.note,
      templateUrl: urls.template(m.id),
      sampleUrl: urls.sample(m.id),
    })),
    resultType: row.result_type,
    certificateName: row.certificate_name,
    keywords: row.keywords,
    coDepartments: row.co_department_codes.flatMap((code) => {
      const d = byCode.get(code);
      return d ? [{ code: d.code, name: d.name, shortName: d.short_name }] : [];
    }),
    applicantType: row.applicant_type as ItemDetail['applicantType'],
    consultationChannel: row.consultation_channel,
    complaintChannel: row.complaint_channel,
    window: { place: department.window_place, hours: department.window_hours, phone: department.window_phone },
    publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
    noticeUrl: urls.notice,
  };
}

/** The editable content of a stored version, e.g. to start a new draft from the published one. */
export function toItemContent(row: ItemVersionRow, materials: MaterialRow[], fees: FeeRow[]): ItemContent {
  return {
    name: row.name,
    category: row.category as ItemContent['category'],
    legalBasis: row.legal_basis,
    implementingBody: row.implementing_body,
    competentDepartment: row.competent_department,
    exercisingLevel: row.exercising_level as ItemContent['exercisingLevel'],
    handlingDepth: row.handling_depth as HandlingDepth,
    visits: row.visits,
    statutoryDays: row.statutory_days,
    promisedDays: row.promised_days,
    specialProcedures: row.special_procedures as SpecialProcedure[],
    fees: fees.map((f) => ({ name: f.name, basis: f.basis, standard: f.standard })),
    processSummary: row.process_summary,
    acceptanceConditions: row.acceptance_conditions,
    materials: materials.map((m) => ({
      name: m.name,
      required: m.required,
      condition: m.condition,
      ...(m.required_when && { requiredWhen: m.required_when }),
      form: m.form as MaterialForm,
      copies: m.copies,
      source: m.source as MaterialSource,
      sharedFrom: m.shared_from,
      note: m.note,
    })),
    resultType: row.result_type,
    certificateName: row.certificate_name,
    keywords: row.keywords,
    processKind: row.process_kind as ProcessKind,
    coDepartments: row.co_department_codes,
    applicantType: row.applicant_type as ItemContent['applicantType'],
    consultationChannel: row.consultation_channel,
    complaintChannel: row.complaint_channel,
  };
}

export function searchText(content: Pick<ItemContent, 'name' | 'keywords'>, code: string, department: Pick<DepartmentRow, 'name' | 'short_name'>): string {
  // Stored lower-cased so search can use LIKE: ILIKE lower-cases every row's text on every query.
  return [content.name, code, department.name, department.short_name, ...content.keywords].join(' ').toLowerCase();
}

/**
 * Pinyin and initials of the name and keywords, so "yingye" and "yyzz" find 营业…, and the
 * strings search looks in, prepared once at write time rather than on every query.
 */
export function searchColumns(content: Pick<ItemContent, 'name' | 'keywords'>, code: string) {
  const name = pinyinKeys(content.name);
  const keywords = pinyinKeysOfPhrases(content.keywords);
  return {
    name_pinyin: name.full,
    name_initials: name.initials,
    keywords_pinyin: keywords.full,
    keywords_initials: keywords.initials,
    search_name: [content.name.toLowerCase(), code.toLowerCase(), name.full, name.initials].join(' '),
    search_keywords: [content.keywords.join(' ').toLowerCase(), keywords.full, keywords.initials].join(' '),
  };
}

/** Content → rows to store (version columns, materials, fees). */
export function toVersionRows(
  content: ItemContent,
  meta: { itemId: number; version: number; status: 'draft' | 'published'; code: string; createdBy: string; department: DepartmentRow },
): { version: NewVersion; materials: NewMaterial[]; fees: NewFee[] } {
  return {
    version: {
      item_id: meta.itemId,
      version: meta.version,
      status: meta.status,
      name: content.name,
      category: content.category,
      legal_basis: content.legalBasis,
      implementing_body: content.implementingBody,
      competent_department: content.competentDepartment,
      exercising_level: content.exercisingLevel,
      handling_depth: content.handlingDepth,
      visits: content.visits,
      statutory_days: content.statutoryDays,
      promised_days: content.promisedDays,
      special_procedures: content.specialProcedures,
      process_summary: content.processSummary,
      acceptance_conditions: content.acceptanceConditions,
      result_type: content.resultType,
      certificate_name: content.certificateName,
      keywords: content.keywords,
      process_kind: content.processKind,
      co_department_codes: content.coDepartments,
      applicant_type: content.applicantType,
      consultation_channel: content.consultationChannel,
      complaint_channel: content.complaintChannel,
      search_text: searchText(content, meta.code, meta.department),
      ...searchColumns(content, meta.code),
      created_by: meta.createdBy,
    },
    materials: content.materials.map((m, index) => ({
      sort: index + 1,
      name: m.name,
      required: m.required,
      condition: m.condition ?? null,
      required_when: m.requiredWhen ?? null,
      form: m.form,
      copies: m.copies,
      source: m.source,
      shared_from: m.sharedFrom ?? null,
      note: m.note ?? null,
    })),
    fees: content.fees.map((f, index) => ({ sort: index + 1, ...f })),
  };
}

import type { Db } from '../../db/connection.js';
import { findApplicationByCase } from '../applications/repository.js';
import { getItem } from '../catalogue/service.js';
import { applicantParty } from '../identity/users.js';
import type { CaseEffect } from '../workflow/effects.js';
import type { Decided } from '../workflow/engine/events.js';
import { fillTemplate, needsCreditCode, templatesFor, valueAt, type CertificateLine, type CertificateTemplate } from './certificate-templates.js';
import { categoryOf, isValidCreditCode, newCreditCode } from './credit-code.js';
import * as repo from './repository.js';

/**
 * The certificates (证照) of an approved case — one, or for a joint item one per department in
 * a result bundle — each with its number and the exact content that is signed. Recorded inside
 * the transaction that appends the approval, so an approved case never exists without its
 * certificates, and a rolled-back approval leaves none.
 */

/** What the signature covers (first version: the holder and the item only). */
export interface CertificatePayloadV1 {
  v: 1;
  number: string;
  title: string;
  itemCode: string;
  itemName: string;
  holder: string;
  receiptNo: string;
  departmentCode: string;
  department: string;
  issuedOn: string;
  /** Null: long-term (长期有效). */
  validUntil: string | null;
}

/** What the signature covers since templates: the holder and every printed line, as filled at issue. */
export interface CertificatePayloadV2 extends Omit<CertificatePayloadV1, 'v'> {
  v: 2;
  /** Certificate type (template key). */
  type: string;
  /** The holder row's label (名称, 纳税人名称, 持证人 …). */
  holderLabel: string;
  /** An enterprise's name is public; a person's is masked on the verify page. */
  holderKind: 'person' | 'enterprise';
  lines: CertificateLine[];
  /** Its place in the case's result bundle. */
  bundle: { position: number; size: number };
}

export type CertificatePayload = CertificatePayloadV1 | CertificatePayloadV2;

/** A payload of any version in the shape of the current one (what the PDF and the verify page read). */
export function certificateContent(payload: CertificatePayload): CertificatePayloadV2 {
  if (payload.v === 2) return payload;
  return {
    ...payload,
    v: 2,
    type: 'certificate',
    holderLabel: '持证人',
    // Before templates the holder was the applying account: only a name shaped like an organisation's is treated as public.
    holderKind: /(公司|企业|厂|店|社|中心|事务所|合伙)）?$/.test(payload.holder) ? 'enterprise' : 'person',
    lines: [
      { label: '许可事项', value: payload.itemName },
      { label: '事项编码', value: payload.itemCode },
    ],
    bundle: { position: 1, size: 1 },
  };
}

/**
 * e.g. `500102-SCJG-2026-000001`: region, issuing department, year of issue, the department's
 * sequence of that year. Readable over the phone and unique by construction.
 */
export function formatCertificateNumber(regionCode: string, departmentCode: string, year: number, sequence: number): string {
  return `${regionCode}-${departmentCode.toUpperCase()}-${year}-${String(sequence).padStart(6, '0')}`;
}

export const CERTIFICATE_NUMBER_PATTERN = '^[0-9]{6}-[A-Z][A-Z0-9]{1,15}-[0-9]{4}-[0-9]{6,}$';

/** Years a licence (许可证) is valid when the catalogue says nothing: the usual statutory term (e.g. 食品经营许可证). */
const LICENCE_YEARS = 5;

/**
 * Licences (…许可证) are valid for a term; registrations, business licences (营业执照),
 * title deeds, approval letters and decisions stand until changed or revoked (长期).
 */
export function defaultValidUntil(title: string, issuedOn: string): string | null {
  if (!title.includes('许可证')) return null;
  const [year, month, day] = issuedOn.split('-').map(Number) as [number, number, number];
  // The day before the same date LICENCE_YEARS later (e.g. 2026-03-10 → 2031-03-09).
  const end = new Date(Date.UTC(year + LICENCE_YEARS, month - 1, day));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

async function issue(trx: Db, change: Parameters<CaseEffect>[1], decided: Decided): Promise<void> {
  const { row } = change;
  const item = await getItem(change.reference, row.item_code);
  // A case registered at the window without an online application has no form: the defaults fall back to the applicant.
  const formData = (await findApplicationByCase(trx, row.id))?.form_data ?? {};
  const party = (await applicantParty(trx, row.applicant_id)) ?? { name: row.applicant_id, kind: 'person' as const };
  const templates = templatesFor(item, formData);
  const departments = new Map([[item.department.code, item.department.name], ...item.coDepartments.map((d) => [d.code, d.name] as const)]);
  const year = Number(decided.on.slice(0, 4));
  const creditCode = await creditCodeOf(trx, row.region_code, formData, templates);

  for (const [index, template] of templates.entries()) {
    const departmentCode = template.department ?? row.department_code;
    const department = departments.get(departmentCode) ?? item.department.name;
    const filled = fillTemplate(template, formData, {
      creditCode,
      applicantName: party.name,
      applicantKind: party.kind,
      itemName: item.name,
      itemCode: item.code,
      issuedOn: decided.on,
      department,
    });
    const title = template.title ?? (item.certificateName.trim() || item.name);
    const number = formatCertificateNumber(row.region_code, departmentCode, year, await repo.nextCertificateSequence(trx, departmentCode, year));
    const payload: CertificatePayloadV2 = {
      v: 2,
      number,
      type: template.type,
      title,
      itemCode: item.code,
      itemName: item.name,
      holder: filled.holder,
      holderLabel: template.holderLabel,
      holderKind: filled.holderKind,
      lines: filled.lines,
      receiptNo: row.receipt_no,
      departmentCode,
      department,
      issuedOn: decided.on,
      validUntil: defaultValidUntil(title, decided.on),
      bundle: { position: index + 1, size: templates.length },
    };
    await repo.insertCertificate(trx, {
      number,
      case_id: row.id,
      position: index + 1,
      type: template.type,
      template: JSON.stringify(template),
      item_code: item.code,
      department_code: departmentCode,
      holder_username: row.applicant_id,
      holder_name: filled.holder,
      title,
      issued_on: payload.issuedOn,
      valid_until: payload.validUntil,
      payload: JSON.stringify(payload),
    });
  }
}

/** The credit code the form carries (if valid), else a new one when a document of the bundle prints it. */
async function creditCodeOf(trx: Db, regionCode: string, formData: unknown, templates: readonly CertificateTemplate[]): Promise<string | null> {
  const given = valueAt(formData, 'details.creditCode');
  if (typeof given === 'string' && isValidCreditCode(given)) return given;
  if (!needsCreditCode(templates)) return null;
  return newCreditCode(regionCode, categoryOf(valueAt(formData, 'details.companyType')), await repo.nextCreditCodeSerial(trx));
}

/** Records the certificates when a change appends an approval (`decided` with 'approved'). */
export const recordCertificate: CaseEffect = async (trx, change) => {
  for (const { event } of change.events) {
    if (event.kind === 'decided' && event.decision === 'approved') await issue(trx, change, event);
  }
};

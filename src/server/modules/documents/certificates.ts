import type { Db } from '../../db/connection.js';
import { getItem } from '../catalogue/service.js';
import { applicantName } from '../identity/users.js';
import type { CaseEffect } from '../workflow/effects.js';
import type { Decided } from '../workflow/engine/events.js';
import * as repo from './repository.js';

/**
 * The certificate (证照) of an approved case: its number, and the exact content that is signed.
 * Recorded inside the transaction that appends the approval, so an approved case never exists
 * without its certificate, and a rolled-back approval leaves none.
 */

/** What the signature covers. Changing a field's meaning means a new `v`. */
export interface CertificatePayload {
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
  const item = await getItem(trx, row.item_code);
  const holder = (await applicantName(trx, row.applicant_id)) ?? row.applicant_id;
  const title = item.certificateName.trim() || item.name;
  const year = Number(decided.on.slice(0, 4));
  const number = formatCertificateNumber(row.region_code, row.department_code, year, await repo.nextCertificateSequence(trx, row.department_code, year));
  const payload: CertificatePayload = {
    v: 1,
    number,
    title,
    itemCode: item.code,
    itemName: item.name,
    holder,
    receiptNo: row.receipt_no,
    departmentCode: row.department_code,
    department: item.department.name,
    issuedOn: decided.on,
    validUntil: defaultValidUntil(title, decided.on),
  };
  await repo.insertCertificate(trx, {
    number,
    case_id: row.id,
    item_code: item.code,
    department_code: row.department_code,
    holder_username: row.applicant_id,
    holder_name: holder,
    title,
    issued_on: payload.issuedOn,
    valid_until: payload.validUntil,
    payload: JSON.stringify(payload),
  });
}

/** Records the certificate when a change appends an approval (`decided` with 'approved'). */
export const recordCertificate: CaseEffect = async (trx, change) => {
  for (const { event } of change.events) {
    if (event.kind === 'decided' && event.decision === 'approved') await issue(trx, change, event);
  }
};

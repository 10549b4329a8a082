/**
 * A new application starts with what the account already says (the applicant's name, phone, and
 * for an enterprise its name and unified social credit code), so nobody types it twice. Only the
 * fields the item's form has are filled; an administrator's form without them gets nothing.
 */
import type { ApplicantProfile } from '../identity/applicant-profile.js';
import type { JsonSchema } from './forms.js';

/** Enterprise accounts name their agent with a note, "王芳（经办人）": the contact is 王芳. */
const contactName = (name: string) => name.replace(/\s*[（(][^（()）]*[)）]\s*$/, '').trim() || name;

/**
 * @example prefilledForm(companyForm, { kind: 'enterprise', name: '王芳（经办人）', phone: '13800000002', enterpriseName: '示例公司', creditCode: '91500102MA5U7G8K20' })
 *   // { applicant: { contactName: '王芳', contactPhone: '13800000002', organisation: '示例公司', creditCode: '91500102MA5U7G8K20' } }
 */
export function prefilledForm(schema: JsonSchema, profile: ApplicantProfile): Record<string, unknown> {
  const applicant = (schema.properties as Record<string, JsonSchema> | undefined)?.applicant;
  const fields = (applicant?.properties ?? {}) as Record<string, unknown>;
  const known: Record<string, string | null> = {
    contactName: contactName(profile.name),
    contactPhone: profile.phone,
    organisation: profile.kind === 'enterprise' ? profile.enterpriseName : null,
    creditCode: profile.kind === 'enterprise' ? profile.creditCode : null,
  };
  const values = Object.fromEntries(Object.entries(known).filter(([key, value]) => value && key in fields));
  return Object.keys(values).length > 0 ? { applicant: values } : {};
}

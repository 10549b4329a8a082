/**
 * Situational materials (情形材料): a material that is needed only in some situations says, as
 * data, which answer of the application form brings the situation about — e.g. 《新办纳税人涉税
 * 事项综合申请表》 when 同时申领发票 (`details.needInvoice`) is true. Pure, so the server's checks
 * at submission and at the window and the web's slots agree.
 */

/** The form field (dot path into the form data) and the answer that makes the material required. */
export interface RequiredWhen {
  field: string;
  equals: string | number | boolean;
}

/** The answer at a dot path of the form data, or undefined. */
export function answerAt(formData: unknown, field: string): unknown {
  let value: unknown = formData;
  for (const key of field.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Whether the material must be handed in for this form: always when required, when its
 * situation holds for a situational one.
 * @example requiredFor({ required: false, requiredWhen: { field: 'details.needInvoice', equals: true } }, { details: { needInvoice: true } }) // true
 */
export function requiredFor(material: { required: boolean; requiredWhen?: RequiredWhen | null }, formData: unknown): boolean {
  if (material.required) return true;
  const when = material.requiredWhen;
  return when != null && answerAt(formData, when.field) === when.equals;
}

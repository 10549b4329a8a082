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

/** The window's verdict on one file. */
export type FileVerdict = 'pending' | 'ok' | 'missing' | 'invalid';

const flagged = (verdict: FileVerdict) => verdict === 'missing' || verdict === 'invalid';

/**
 * Whether the window still finds a material wrong: needed for this form and not handed in, or one
 * of its files flagged 缺失/不合格 with no later unflagged file of the material replacing it.
 * `files` are the material's own, with ids increasing in upload order.
 */
export function stillWrong(material: { required: boolean; requiredWhen?: RequiredWhen | null; shared: boolean }, files: readonly { id: number; check: FileVerdict }[], formData: unknown): boolean {
  if (material.shared) return false;
  if (files.length === 0) return requiredFor(material, formData);
  return files.some((bad) => flagged(bad.check) && !files.some((later) => later.id > bad.id && !flagged(later.check)));
}

/**
 * The materials of a supplement list with no file handed in since the request: each must get a
 * new one before the supplement can be handed in.
 */
export function notHandedIn(round: { materialIds: readonly number[]; requestedAt: string | Date }, files: readonly { materialId: number; phase: 'initial' | 'supplement'; uploadedAt: string | Date }[]): number[] {
  const since = new Date(round.requestedAt).getTime();
  return round.materialIds.filter((id) => !files.some((f) => f.materialId === id && f.phase === 'supplement' && new Date(f.uploadedAt).getTime() >= since));
}

import type { ItemContent, MaterialInput } from '../../../api/adminCatalogue.js';

/** The form's values: ItemContent with optional fields as `undefined` rather than null. */
export type MaterialValues = Omit<MaterialInput, 'condition' | 'sharedFrom' | 'note'> & {
  condition?: string | null;
  sharedFrom?: string | null;
  note?: string | null;
};
export type ItemFormValues = Omit<ItemContent, 'materials'> & { materials: MaterialValues[] };

export const NEW_MATERIAL: MaterialValues = { name: '', required: true, form: 'original', copies: 1, source: 'applicant' };

/** What a new item starts from: the usual district-level licence, one material to fill in. */
export const NEW_ITEM_CONTENT: ItemFormValues = {
  name: '',
  category: '行政许可',
  legalBasis: '',
  implementingBody: '',
  competentDepartment: '',
  exercisingLevel: '区县级',
  handlingDepth: 'online_accept',
  visits: 1,
  statutoryDays: 20,
  promisedDays: 10,
  specialProcedures: [],
  fees: [],
  processSummary: '',
  acceptanceConditions: '',
  materials: [NEW_MATERIAL],
  resultType: '',
  certificateName: '',
  keywords: [],
  processKind: 'standard',
  coDepartments: [],
  applicantType: 'both',
  consultationChannel: '',
  complaintChannel: '',
};

export function toFormValues(content: ItemContent): ItemFormValues {
  return {
    ...content,
    materials: content.materials.map((material) => ({
      ...material,
      condition: material.condition ?? undefined,
      sharedFrom: material.sharedFrom ?? undefined,
      note: material.note ?? undefined,
    })),
  };
}

const trimmed = (text: string | null | undefined): string | null => {
  const value = text?.trim();
  return value ? value : null;
};

/**
 * The form's values as the API takes them: texts trimmed, a condition only on conditional
 * materials, a source department only on shared ones, blank notes as null.
 */
export function toContent(values: ItemFormValues): ItemContent {
  const text = (value: string) => value.trim();
  return {
    ...values,
    name: text(values.name),
    legalBasis: text(values.legalBasis),
    implementingBody: text(values.implementingBody),
    competentDepartment: text(values.competentDepartment),
    processSummary: text(values.processSummary),
    acceptanceConditions: text(values.acceptanceConditions),
    resultType: text(values.resultType),
    certificateName: text(values.certificateName),
    consultationChannel: text(values.consultationChannel),
    complaintChannel: text(values.complaintChannel),
    keywords: [...new Set((values.keywords ?? []).map(text).filter(Boolean))],
    specialProcedures: values.specialProcedures ?? [],
    coDepartments: values.coDepartments ?? [],
    fees: (values.fees ?? []).map((fee) => ({ name: text(fee.name), basis: text(fee.basis), standard: text(fee.standard) })),
    materials: (values.materials ?? []).map((material) => ({
      name: text(material.name),
      required: material.required,
      condition: material.required ? null : trimmed(material.condition),
      // Not edited on this form (set through the API): kept as it was for a situational material.
      ...(!material.required && material.requiredWhen && { requiredWhen: material.requiredWhen }),
      form: material.form,
      copies: material.copies,
      source: material.source,
      sharedFrom: material.source === 'shared' ? (material.sharedFrom ?? null) : null,
      note: trimmed(material.note),
    })),
  };
}

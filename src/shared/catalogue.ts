/** Catalogue vocabulary shared by the server and the web app. */

export const HANDLING_DEPTHS = ['full_online', 'online_accept', 'prereview_only'] as const;
export type HandlingDepth = (typeof HANDLING_DEPTHS)[number];

export const HANDLING_DEPTH_LABELS: Record<HandlingDepth, string> = {
  full_online: '全程网办',
  online_accept: '网上受理',
  prereview_only: '网上预审',
};

export const ITEM_CATEGORIES = [
  '行政许可',
  '行政确认',
  '行政给付',
  '行政征收',
  '行政奖励',
  '行政裁决',
  '其他行政权力',
  '公共服务',
] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];

export const SPECIAL_PROCEDURES = ['hearing', 'testing', 'expert_review', 'site_inspection', 'public_notice'] as const;
export type SpecialProcedure = (typeof SPECIAL_PROCEDURES)[number];

export const SPECIAL_PROCEDURE_LABELS: Record<SpecialProcedure, string> = {
  hearing: '听证',
  testing: '检验检测',
  expert_review: '专家评审',
  site_inspection: '现场勘查',
  public_notice: '公示',
};

/** How the workflow runs an item: 即办件, standard 受理→审查→决定, with site inspection, or joint (并联). */
export const PROCESS_KINDS = ['instant', 'standard', 'inspection', 'joint'] as const;
export type ProcessKind = (typeof PROCESS_KINDS)[number];

export const EXERCISING_LEVELS = ['区县级', '市级', '乡镇（街道）级'] as const;
export type ExercisingLevel = (typeof EXERCISING_LEVELS)[number];

export const MATERIAL_FORMS = ['original', 'copy', 'electronic', 'original_and_copy'] as const;
export type MaterialForm = (typeof MATERIAL_FORMS)[number];

export const MATERIAL_FORM_LABELS: Record<MaterialForm, string> = {
  original: '原件',
  copy: '复印件',
  electronic: '电子件',
  original_and_copy: '原件和复印件',
};

/** Where a material comes from: the applicant, or shared from another department's records (免提交). */
export const MATERIAL_SOURCES = ['applicant', 'shared'] as const;
export type MaterialSource = (typeof MATERIAL_SOURCES)[number];

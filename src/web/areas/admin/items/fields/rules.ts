import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Translation } from '../../../../i18n/zh-CN.js';

/** A required text of at most `max` characters (ItemContent's Text(max, …)). */
export function textRules(t: TFunction, max: number): FormRule[] {
  return [
    { required: true, whitespace: true, message: t('validation.required') },
    { max, message: t('validation.maxLength', { n: max }) },
  ];
}

/** A whole number within the schema's bounds. */
export function numberRules(t: TFunction, min: number, max: number): FormRule[] {
  return [
    { required: true, message: t('validation.required') },
    { type: 'integer', min, max, message: t('admin.items.numberRange', { min, max }) },
  ];
}

export type ItemFieldKey = keyof Translation['admin']['items']['fields'];

/** The label of an ItemContent field. */
export function useFieldLabel() {
  const { t } = useTranslation();
  return (key: ItemFieldKey): string => t(`admin.items.fields.${key}`);
}

import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

/** The identity schemas' Password: 8 to 128 characters. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/**
 * `wording`: 'new' where an existing password is replaced (请输入新密码), 'first' where an account
 * gets its first one, as at registration (请输入密码).
 */
export type PasswordWording = 'new' | 'first';

export function passwordRules(t: TFunction, wording: PasswordWording = 'new'): FormRule[] {
  return [
    { required: true, message: wording === 'first' ? t('account.password.required') : t('auth.password.newRequired') },
    { min: PASSWORD_MIN, message: t('auth.password.tooShort', { n: PASSWORD_MIN }) },
    { max: PASSWORD_MAX, message: t('validation.maxLength', { n: PASSWORD_MAX }) },
  ];
}

/** The "type it again" field: must equal the field named `of`. */
export function confirmRules(t: TFunction, of: string, wording: PasswordWording = 'new'): FormRule[] {
  return [
    { required: true, message: wording === 'first' ? t('account.password.confirmRequired') : t('auth.password.confirmRequired') },
    ({ getFieldValue }) => ({
      validator: async (_rule, value) => {
        if (value && value !== getFieldValue(of)) throw new Error(t('auth.password.mismatch'));
      },
    }),
  ];
}

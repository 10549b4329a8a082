import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { passwordRules } from '../../components/passwordRules.js';
import { isValidIdCardNumber, isValidUscc } from '../../../shared/id-numbers.js';

/** Client-side checks mirroring RegisterBody in the identity schemas; the server has the last word. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;
export const PHONE_PATTERN = /^1[3-9][0-9]{9}$/;
/** The same pattern as the server's Email schema, so what passes here passes there. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type ApplicantKind = 'person' | 'enterprise';

export function registerRules(t: TFunction, kind: ApplicantKind) {
  const required = (message: string): FormRule => ({ required: true, whitespace: true, message });
  return {
    username: [required(t('auth.register.usernameRequired')), { pattern: USERNAME_PATTERN, message: t('auth.register.usernameFormat') }],
    password: passwordRules(t, 'first'),
    displayName: [required(t('auth.register.displayNameRequired')), { max: 50, message: t('validation.maxLength', { n: 50 }) }],
    phone: [required(t('auth.register.phoneRequired')), { pattern: PHONE_PATTERN, message: t('auth.register.phoneFormat') }],
    email: [
      { pattern: EMAIL_PATTERN, message: t('auth.register.emailFormat') },
      { max: 254, message: t('validation.maxLength', { n: 254 }) },
    ] as FormRule[],
    idNumber: [
      required(kind === 'person' ? t('auth.register.idCardRequired') : t('auth.register.usccRequired')),
      {
        validator: async (_rule: unknown, value: string | undefined) => {
          if (!value) return;
          if (!/^[0-9A-Za-z]{18}$/.test(value)) throw new Error(t('auth.register.idNumberLength'));
          const valid = kind === 'person' ? isValidIdCardNumber(value) : isValidUscc(value);
          if (!valid) throw new Error(kind === 'person' ? t('auth.register.idCardInvalid') : t('auth.register.usccInvalid'));
        },
      },
    ] as FormRule[],
    enterpriseName: [required(t('auth.register.enterpriseNameRequired')), { max: 100, message: t('validation.maxLength', { n: 100 }) }],
  };
}

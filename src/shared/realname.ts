/**
 * Real-name levels of an account (实名认证等级), shared by server and web:
 * 0 none, 1 phone verified by a one-time code, 2 identity verified by the province's identity service.
 */
export const REALNAME_LEVELS = [0, 1, 2] as const;
export type RealnameLevel = (typeof REALNAME_LEVELS)[number];

export function isRealnameLevel(value: unknown): value is RealnameLevel {
  return typeof value === 'number' && (REALNAME_LEVELS as readonly number[]).includes(value);
}

/** Short names as printed on the profile and the item page. */
export const REALNAME_LEVEL_NAMES: Record<RealnameLevel, string> = {
  0: '未实名',
  1: 'L1 手机已验证',
  2: 'L2 身份已核验',
};

/**
 * Why an account may not apply for an item that asks for `required`, and how to get there;
 * null when its level is enough.
 * @example levelShortfall(1, 2) // '办理此事项需要实名认证等级 L2（身份已核验）……'
 */
export function levelShortfall(level: number, required: number): string | null {
  if (level >= required) return null;
  if (required >= 2) {
    return '办理此事项需要实名认证等级 L2（身份已核验），您的账号尚未完成身份核验。请到“个人中心”点击“身份核验”完成核验，或携带有效身份证件到政务服务大厅窗口办理。';
  }
  return '办理此事项需要实名认证等级 L1（手机已验证）。请到“个人中心”通过短信验证码验证您的手机号后再申请。';
}

import { useTranslation } from 'react-i18next';
import { ApiError, CLIENT_ERROR_CODES } from '../../api/client.js';

/**
 * The sentence to show for a failed sign-in or registration: the server's own Chinese `detail`
 * (it says until when a locked account stays locked), or a plain cause when it gave none.
 */
export function useAuthErrorText(error: unknown): string | null {
  const { t } = useTranslation();
  if (!error) return null;
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  if (error.code === CLIENT_ERROR_CODES.network) return t('errors.network');
  if (error.status === 429) return t('auth.errors.tooManyAttempts');
  if (error.detail) return error.detail;
  if (error.code === 'invalid_credentials') return t('auth.errors.invalidCredentials');
  if (error.code === 'account_locked') return t('auth.errors.accountLocked');
  return error.title;
}

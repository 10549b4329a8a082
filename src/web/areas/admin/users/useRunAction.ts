import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.js';

/** Runs one change, says it worked (or why not, in the server's words), then reloads. */
export function useRunAction(onChanged: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    try {
      await action();
      message.success(done);
      onChanged();
      return true;
    } catch (error) {
      const reason = error instanceof ApiError ? (error.detail ?? error.title) : t('errors.unexpected');
      message.error(t('common.failedBecause', { reason }));
      return false;
    }
  };
}

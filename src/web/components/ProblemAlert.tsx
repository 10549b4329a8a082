import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, CLIENT_ERROR_CODES } from '../api/client.js';

interface ProblemAlertProps {
  /** What failed, in the visitor's words, e.g. "事项加载失败". */
  title: string;
  error: unknown;
  onRetry?: () => void;
  testId?: string;
}

/** The server's own explanation (problem `detail`) when it gave one; otherwise a plain-language cause. */
function useErrorExplanation(error: unknown): string {
  const { t } = useTranslation();
  if (error instanceof ApiError) {
    if (error.code === CLIENT_ERROR_CODES.network) return t('errors.network');
    return error.detail ?? error.title;
  }
  return t('errors.unexpected');
}

/** A failed request, explained, with a way to try again. */
export function ProblemAlert({ title, error, onRetry, testId }: ProblemAlertProps) {
  const { t } = useTranslation();
  const explanation = useErrorExplanation(error);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={explanation}
      data-testid={testId}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )
      }
    />
  );
}

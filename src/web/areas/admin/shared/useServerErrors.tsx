import { Alert, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { applyServerErrors } from '../../../components/serverFieldErrors.js';

/**
 * A form's failed save: field errors go onto their fields (`body.materials.0.name` → the first
 * material's name); whatever has no field in the form is told in an alert above it.
 */
export function useServerErrors(form: FormInstance, prefixes: readonly string[] = ['body.']) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<{ error: unknown; unplaced: string[] } | null>(null);
  const show = (error: unknown) => {
    const unplaced = applyServerErrors(form, error, t, prefixes);
    const placedAll = error instanceof ApiError && (error.errors?.length ?? 0) > 0 && unplaced.length === 0;
    setFailure(placedAll ? { error, unplaced: [] } : { error, unplaced });
  };
  let alert: ReactNode = null;
  if (failure) {
    const placedAll = failure.error instanceof ApiError && (failure.error.errors?.length ?? 0) > 0 && failure.unplaced.length === 0;
    alert = placedAll ? (
      <Alert type="error" showIcon role="alert" title={t('admin.form.fixFields')} style={{ marginBottom: 12 }} data-testid="form-error" />
    ) : (
      <div style={{ marginBottom: 12 }} data-testid="form-error">
        <ProblemAlert title={t('common.actionFailed')} error={failure.error} />
        {failure.unplaced.length > 0 && (
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20, color: '#cf1322' }}>
            {failure.unplaced.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  return { show, clear: () => setFailure(null), alert, failed: failure !== null };
}

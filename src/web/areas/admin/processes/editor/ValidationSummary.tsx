import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DraftErrors } from '../definitionDraft.js';

/** Every message of a refused save with its JSON path (`/stages/0/branches`), the same as the fields show. */
export function ValidationSummary({ errors }: { errors: DraftErrors }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('adminWorkflow.editor.invalid')}
      data-testid="definition-errors"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {[...errors].map(([path, messages]) => (
            <li key={path} data-path={path}>
              <code>/{path.replace(/\./g, '/')}</code> {messages.join('；')}
            </li>
          ))}
        </ul>
      }
    />
  );
}

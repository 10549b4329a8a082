import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveDefinitionVersion, type DefinitionVersion, type ProcessDefinition } from '../../../../api/adminWorkflow.js';
import { draftErrorsOf, type DraftErrors } from '../definitionDraft.js';

/**
 * 保存为新版本: posts the draft as it is. A refusal with field errors comes back as errors by
 * path (for the fields and the summary); any other failure as the error itself.
 */
export function useSaveDefinition(key: string, onSaved: (saved: DefinitionVersion) => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<DraftErrors | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const save = async (definition: ProcessDefinition) => {
    setSaving(true);
    try {
      const saved = await saveDefinitionVersion(key, definition);
      setErrors(null);
      setFailure(null);
      message.success(t('adminWorkflow.editor.saved', { version: saved.version }));
      onSaved(saved);
    } catch (error) {
      const fieldErrors = draftErrorsOf(error, t);
      setErrors(fieldErrors);
      setFailure(fieldErrors ? null : error);
    } finally {
      setSaving(false);
    }
  };

  const clear = () => {
    setErrors(null);
    setFailure(null);
  };

  return { save, saving, errors, failure, clear };
}

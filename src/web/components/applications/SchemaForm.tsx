import Form from '@rjsf/antd';
import { TranslatableString, englishStringTranslator, type RJSFSchema, type UiSchema } from '@rjsf/utils';
import { useCallback, useEffect, useMemo, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceSelectWidget } from './ChoiceSelectWidget.js';
import { createFormValidator } from './schemaValidator.js';

type FormData = Record<string, unknown>;
type TranslateString = (key: TranslatableString, params?: string[]) => string;
type FormRef = { validateForm(): boolean };

/** Schema messages in the visitor's language, worded by the builder the server uses too. */
const VALIDATORS = {
  zh: createFormValidator('zh'),
  en: createFormValidator('en'),
};

const WIDGETS = { SelectWidget: ChoiceSelectWidget };

/**
 * rjsf points each input's aria-describedby at its error text (`<id>__error`) but never marks the
 * input invalid; its error state lives inside the Form, so the rendered errors are watched instead.
 */
function markInvalidInputs(container: HTMLElement): void {
  for (const input of container.querySelectorAll<HTMLElement>('[aria-describedby]')) {
    const errorId = input.getAttribute('aria-describedby')!.split(' ')[0]!;
    const invalid = errorId.endsWith('__error') && document.getElementById(errorId) !== null;
    if (invalid && input.getAttribute('aria-invalid') !== 'true') input.setAttribute('aria-invalid', 'true');
    if (!invalid && input.hasAttribute('aria-invalid')) input.removeAttribute('aria-invalid');
  }
}

const ignoreErrors = () => undefined;

/** Section titles start at the left like the fields under them (antd's labels align right). */
const FORM_CSS = '.ow-schema-form .ant-form-item-label { text-align: start; } .ow-schema-form fieldset { border: none; padding: 0; margin: 0 0 8px; }';

/** Titles without the trailing colon of a horizontal form: the form is laid out vertically. */
const FORM_CONTEXT = { colon: false };

/** rjsf's few built-in words (布尔值、数组按钮), in Chinese. */
const ZH_STRINGS: Partial<Record<TranslatableString, string>> = {
  [TranslatableString.YesLabel]: '是',
  [TranslatableString.NoLabel]: '否',
  [TranslatableString.AddItemButton]: '添加',
  [TranslatableString.AddButton]: '添加',
  [TranslatableString.RemoveButton]: '删除',
  [TranslatableString.MoveUpButton]: '上移',
  [TranslatableString.MoveDownButton]: '下移',
  [TranslatableString.ErrorsLabel]: '错误',
  [TranslatableString.EmptyArray]: '暂无内容，请点击下方按钮添加。',
};

interface SchemaFormProps {
  schema: RJSFSchema;
  uiSchema: UiSchema;
  formData: FormData;
  disabled?: boolean;
  /** After a first 提交, errors are re-checked as the applicant corrects them. */
  liveValidate?: boolean;
  onChange(formData: FormData): void;
  formRef?: Ref<FormRef>;
}

/**
 * An item's application form, rendered from its JSON Schema (@rjsf/antd). The server checks the
 * same schema; here the checks run on 提交 (and after, live), not while the applicant is typing.
 */
export function SchemaForm({ schema, uiSchema, formData, disabled, liveValidate = false, onChange, formRef }: SchemaFormProps) {
  const { i18n } = useTranslation();
  const chinese = i18n.language.startsWith('zh');
  // rjsf re-derives its state (dropping shown errors) whenever a prop changes identity: keep them stable.
  const ui = useMemo(() => ({ ...uiSchema, 'ui:submitButtonOptions': { norender: true } }), [uiSchema]);
  const translate = useCallback<TranslateString>((key, params) => (chinese && ZH_STRINGS[key]) || englishStringTranslator(key, params), [chinese]);
  const change = useCallback((event: { formData?: FormData }) => onChange(event.formData ?? {}), [onChange]);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    markInvalidInputs(root);
    const observer = new MutationObserver(() => markInvalidInputs(root));
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div data-testid="application-form" className="ow-schema-form" ref={container}>
      <style>{FORM_CSS}</style>
      <Form
        ref={formRef as never}
        schema={schema}
        uiSchema={ui}
        formData={formData}
        validator={chinese ? VALIDATORS.zh : VALIDATORS.en}
        widgets={WIDGETS}
        translateString={translate}
        disabled={disabled}
        liveValidate={liveValidate ? 'onChange' : false}
        showErrorList={false}
        noHtml5Validate
        onChange={change}
        // Errors show on the fields; rjsf would otherwise also log them to the console.
        onError={ignoreErrors}
        formContext={FORM_CONTEXT}
      />
    </div>
  );
}

export type { FormRef as SchemaFormHandle };

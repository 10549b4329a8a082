import { Widgets } from '@rjsf/antd';
import { ariaDescribedByIds, enumOptionsIndexForValue, enumOptionsValueForIndex, type WidgetProps } from '@rjsf/utils';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

const AntdSelectWidget = Widgets.SelectWidget!;

/**
 * A single choice from a list. Unlike @rjsf/antd's select it offers no blank first option (a
 * required field cannot be "chosen" empty); an optional one is cleared with the clear button.
 * Lists of several choices stay with @rjsf/antd's widget.
 */
export function ChoiceSelectWidget(props: WidgetProps) {
  const { t } = useTranslation();
  const { id, value, required, disabled, readonly, multiple, options, onChange, onBlur, onFocus, placeholder, rawErrors } = props;
  if (multiple) return <AntdSelectWidget {...props} />;
  const enumOptions = options.enumOptions ?? [];
  const index = enumOptionsIndexForValue(value, enumOptions, false);
  const selected = typeof index === 'string' ? index : undefined;
  const decode = (chosen: string | undefined) => (chosen === undefined ? options.emptyValue : enumOptionsValueForIndex(chosen, enumOptions, options.emptyValue));
  return (
    <Select
      id={id}
      value={selected}
      placeholder={placeholder || t('applicantCase.validation.choose')}
      disabled={disabled || readonly}
      allowClear={!required}
      style={{ width: '100%' }}
      options={enumOptions.map((option, i) => ({ value: String(i), label: option.label }))}
      onChange={(chosen: string | undefined) => onChange(decode(chosen))}
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
      getPopupContainer={(node: HTMLElement) => node.parentElement ?? document.body}
      aria-describedby={ariaDescribedByIds(id)}
      aria-invalid={rawErrors && rawErrors.length > 0 ? true : undefined}
      aria-required={required || undefined}
    />
  );
}

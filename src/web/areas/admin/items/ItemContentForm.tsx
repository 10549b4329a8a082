import { Card, Flex, Form, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BasicFields } from './fields/BasicFields.js';
import { FeesEditor } from './fields/FeesEditor.js';
import { MaterialsEditor } from './fields/MaterialsEditor.js';
import { ConditionsFields, ResultFields } from './fields/TextFields.js';
import { TimingFields } from './fields/TimingFields.js';
import type { ItemFormValues } from './itemContent.js';

interface ItemContentFormProps<T extends ItemFormValues> {
  form: FormInstance<T>;
  initialValues: ItemFormValues;
  disabled?: boolean;
  onDirty?: () => void;
  /** Fields before the content (a new item's code and department). */
  header?: ReactNode;
}

/** Every field of ItemContent, in the order of the one-time notice. */
export function ItemContentForm<T extends ItemFormValues>({ form, initialValues, disabled, onDirty, header }: ItemContentFormProps<T>) {
  const { t } = useTranslation();
  return (
    <Form<T>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      disabled={disabled}
      onValuesChange={onDirty}
      data-testid="item-form"
      scrollToFirstError={{ block: 'center' }}
    >
      <Flex vertical gap={16}>
        {header}
        <Card title={t('notice.sections.basic')} size="small">
          <BasicFields />
        </Card>
        <Card title={t('notice.sections.timing')} size="small">
          <TimingFields />
        </Card>
        <Card title={t('admin.items.sections.conditions')} size="small">
          <ConditionsFields />
        </Card>
        <Card title={t('notice.sections.materials')} size="small">
          <MaterialsEditor form={form} />
        </Card>
        <Card title={t('notice.fees')} size="small">
          <FeesEditor />
        </Card>
        <Card title={t('admin.items.sections.result')} size="small">
          <ResultFields />
        </Card>
      </Flex>
    </Form>
  );
}

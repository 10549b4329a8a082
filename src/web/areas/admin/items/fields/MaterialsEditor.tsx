import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { NEW_MATERIAL } from '../itemContent.js';
import { ListRowButtons } from './ListRowButtons.js';
import { MaterialRowFields } from './MaterialRowFields.js';

/** 申请材料: 1 to 50 rows, each movable and removable (at least one stays). */
export function MaterialsEditor({ form }: { form: FormInstance }) {
  const { t } = useTranslation();
  return (
    <Form.List
      name="materials"
      rules={[
        {
          validator: async (_rule, materials?: unknown[]) => {
            if (!materials || materials.length < 1) throw new Error(t('admin.items.materialsMin'));
            if (materials.length > 50) throw new Error(t('validation.maxItems', { n: 50 }));
          },
        },
      ]}
    >
      {(fields, { add, remove, move }, { errors }) => (
        <Flex vertical gap={12} data-testid="materials-editor">
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              type="inner"
              title={t('admin.items.materialN', { n: index + 1 })}
              data-testid="material-editor-row"
              extra={<ListRowButtons index={index} count={fields.length} move={move} remove={remove} minCount={1} testId="material" />}
            >
              <MaterialRowFields form={form} index={field.name} />
            </Card>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ ...NEW_MATERIAL })} disabled={fields.length >= 50} data-testid="material-add">
            {t('admin.items.addMaterial')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

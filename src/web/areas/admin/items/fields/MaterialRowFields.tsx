import { Col, Form, Input, InputNumber, Radio, Row, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { MATERIAL_FORMS, MATERIAL_FORM_LABELS, MATERIAL_SOURCES } from '../../../../../shared/catalogue.js';
import { filterOption, useDepartmentOptions } from '../../shared/usePickerData.js';
import { textRules } from './rules.js';

/** One material: name, required or conditional (with its condition), form and copies, source. */
export function MaterialRowFields({ form, index }: { form: FormInstance; index: number }) {
  const { t } = useTranslation();
  const departments = useDepartmentOptions();
  const required = Form.useWatch<boolean | undefined>(['materials', index, 'required'], form);
  const source = Form.useWatch<string | undefined>(['materials', index, 'source'], form);
  const name = (field: string) => [index, field];
  return (
    <Row gutter={12}>
      <Col xs={24}>
        <Form.Item name={name('name')} label={t('admin.items.material.name')} rules={textRules(t, 200)}>
          <Input maxLength={200} data-testid="material-name" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12} md={8}>
        <Form.Item name={name('required')} label={t('admin.items.material.kind')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: true, label: t('notice.material.required') },
              { value: false, label: t('notice.material.conditional') },
            ]}
          />
        </Form.Item>
      </Col>
      <Col xs={14} sm={12} md={8}>
        <Form.Item name={name('form')} label={t('admin.items.material.form')} rules={[{ required: true }]}>
          <Select options={MATERIAL_FORMS.map((value) => ({ value, label: MATERIAL_FORM_LABELS[value] }))} />
        </Form.Item>
      </Col>
      <Col xs={10} sm={12} md={8}>
        <Form.Item name={name('copies')} label={t('admin.items.material.copies')} rules={[{ required: true, type: 'integer', min: 0, max: 20, message: t('admin.items.numberRange', { min: 0, max: 20 }) }]}>
          <InputNumber min={0} max={20} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      {required === false && (
        <Col xs={24}>
          <Form.Item name={name('condition')} label={t('admin.items.material.condition')} rules={textRules(t, 500)}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} placeholder={t('admin.items.material.conditionPlaceholder')} />
          </Form.Item>
        </Col>
      )}
      <Col xs={24} sm={12}>
        <Form.Item name={name('source')} label={t('admin.items.material.source')}>
          <Radio.Group options={MATERIAL_SOURCES.map((value) => ({ value, label: t(`admin.items.material.sources.${value}`) }))} />
        </Form.Item>
      </Col>
      {source === 'shared' && (
        <Col xs={24} sm={12}>
          <Form.Item name={name('sharedFrom')} label={t('admin.items.material.sharedFrom')} rules={[{ required: true, message: t('admin.items.material.sharedFromRequired') }]}>
            <Select showSearch={{ filterOption }} options={departments.options} />
          </Form.Item>
        </Col>
      )}
      <Col xs={24}>
        <Form.Item name={name('note')} label={t('admin.items.material.note')} rules={[{ max: 500, message: t('validation.maxLength', { n: 500 }) }]}>
          <Input maxLength={500} />
        </Form.Item>
      </Col>
    </Row>
  );
}

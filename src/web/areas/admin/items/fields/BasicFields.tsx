import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { EXERCISING_LEVELS, ITEM_CATEGORIES } from '../../../../../shared/catalogue.js';
import { textRules, useFieldLabel } from './rules.js';

const APPLICANT_TYPES = ['person', 'enterprise', 'both'] as const;

/** 基本信息: name, type, who applies, who implements, at which level, on what legal basis. */
export function BasicFields() {
  const { t } = useTranslation();
  const f = useFieldLabel();
  return (
    <Row gutter={12}>
      <Col xs={24}>
        <Form.Item name="name" label={f('name')} rules={textRules(t, 200)}>
          <Input maxLength={200} data-testid="item-field-name" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12} lg={8}>
        <Form.Item name="category" label={f('category')} rules={[{ required: true }]}>
          <Select options={ITEM_CATEGORIES.map((value) => ({ value, label: value }))} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12} lg={8}>
        <Form.Item name="applicantType" label={f('applicantType')} rules={[{ required: true }]}>
          <Select options={APPLICANT_TYPES.map((value) => ({ value, label: t(`notice.applicantTypes.${value}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12} lg={8}>
        <Form.Item name="exercisingLevel" label={f('exercisingLevel')} rules={[{ required: true }]}>
          <Select options={EXERCISING_LEVELS.map((value) => ({ value, label: value }))} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="implementingBody" label={f('implementingBody')} rules={textRules(t, 200)}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="competentDepartment" label={f('competentDepartment')} rules={textRules(t, 200)}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="legalBasis" label={f('legalBasis')} rules={textRules(t, 4000)}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} showCount />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="keywords" label={f('keywords')} extra={t('admin.items.keywordsHint')}>
          <Select mode="tags" tokenSeparators={[',', '，', '、', ' ']} open={false} suffixIcon={null} maxCount={20} />
        </Form.Item>
      </Col>
    </Row>
  );
}

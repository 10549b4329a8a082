import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { textRules, useFieldLabel } from './rules.js';

/** 受理条件 and 办理流程: the long texts of the notice. */
export function ConditionsFields() {
  const { t } = useTranslation();
  const f = useFieldLabel();
  return (
    <>
      <Form.Item name="acceptanceConditions" label={f('acceptanceConditions')} rules={textRules(t, 4000)}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} showCount />
      </Form.Item>
      <Form.Item name="processSummary" label={f('processSummary')} rules={textRules(t, 2000)}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} showCount />
      </Form.Item>
    </>
  );
}

/** 审批结果 and 咨询与投诉. */
export function ResultFields() {
  const { t } = useTranslation();
  const f = useFieldLabel();
  return (
    <Row gutter={12}>
      <Col xs={24} sm={10}>
        <Form.Item name="resultType" label={f('resultType')} rules={textRules(t, 50)}>
          <Input maxLength={50} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={14}>
        <Form.Item name="certificateName" label={f('certificateName')} rules={textRules(t, 200)}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="consultationChannel" label={f('consultationChannel')} rules={textRules(t, 500)}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="complaintChannel" label={f('complaintChannel')} rules={textRules(t, 500)}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
        </Form.Item>
      </Col>
    </Row>
  );
}

import { Checkbox, Col, Form, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { HANDLING_DEPTHS, HANDLING_DEPTH_LABELS, PROCESS_KINDS, SPECIAL_PROCEDURES, SPECIAL_PROCEDURE_LABELS } from '../../../../../shared/catalogue.js';
import { useItemFactTexts } from '../../../public/catalogue/ItemFacts.js';
import { filterOption, useDepartmentOptions } from '../../shared/usePickerData.js';
import { numberRules, useFieldLabel } from './rules.js';

/** 办理时限与方式: time limits, how much is online, trips, the workflow kind, pauses, co-departments. */
export function TimingFields() {
  const { t } = useTranslation();
  const f = useFieldLabel();
  const departments = useDepartmentOptions();
  const facts = useItemFactTexts();
  const days = t('admin.items.workingDaysUnit');
  return (
    <Row gutter={12}>
      <Col xs={12} md={6}>
        <Form.Item name="statutoryDays" label={f('statutoryDays')} rules={numberRules(t, 0, 365)}>
          <InputNumber min={0} max={365} precision={0} suffix={days} style={{ width: '100%' }} data-testid="item-field-statutoryDays" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="promisedDays" label={f('promisedDays')} rules={numberRules(t, 0, 365)} extra={t('admin.items.daysHint')}>
          <InputNumber min={0} max={365} precision={0} suffix={days} style={{ width: '100%' }} data-testid="item-field-promisedDays" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="handlingDepth" label={f('handlingDepth')} rules={[{ required: true }]}>
          <Select options={HANDLING_DEPTHS.map((value) => ({ value, label: HANDLING_DEPTH_LABELS[value] }))} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="visits" label={f('visits')} rules={[{ required: true }]}>
          <Select options={[0, 1, 2].map((n) => ({ value: n, label: facts.visitCount(n) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="processKind" label={f('processKind')} rules={[{ required: true }]}>
          <Select options={PROCESS_KINDS.map((value) => ({ value, label: t(`admin.items.processKinds.${value}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item name="coDepartments" label={f('coDepartments')} extra={t('admin.items.coDepartmentsHint')}>
          <Select mode="multiple" allowClear showSearch={{ filterOption }} options={departments.options} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="specialProcedures" label={f('specialProcedures')} extra={t('notice.specialProceduresHint')}>
          <Checkbox.Group options={SPECIAL_PROCEDURES.map((value) => ({ value, label: SPECIAL_PROCEDURE_LABELS[value] }))} />
        </Form.Item>
      </Col>
    </Row>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListRowButtons } from './ListRowButtons.js';
import { textRules } from './rules.js';

/** 收费: none means the item is free of charge (不收费). */
export function FeesEditor() {
  const { t } = useTranslation();
  return (
    <Form.List name="fees">
      {(fields, { add, remove, move }) => (
        <Flex vertical gap={12} data-testid="fees-editor">
          {fields.length === 0 && <Typography.Text type="secondary">{t('admin.items.noFees')}</Typography.Text>}
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              type="inner"
              title={t('admin.items.feeN', { n: index + 1 })}
              data-testid="fee-editor-row"
              extra={<ListRowButtons index={index} count={fields.length} move={move} remove={remove} testId="fee" />}
            >
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item name={[field.name, 'name']} label={t('admin.items.fee.name')} rules={textRules(t, 200)}>
                    <Input maxLength={200} data-testid="fee-name" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name={[field.name, 'standard']} label={t('admin.items.fee.standard')} rules={textRules(t, 500)}>
                    <Input maxLength={500} />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item name={[field.name, 'basis']} label={t('admin.items.fee.basis')} rules={textRules(t, 1000)}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', basis: '', standard: '' })} data-testid="fee-add">
            {t('admin.items.addFee')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

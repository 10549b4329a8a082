import { App, Button, Card, Checkbox, Col, Flex, Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createItem } from '../../../api/adminCatalogue.js';
import { AdminPageHeader } from '../shared/AdminPageHeader.js';
import { filterOption, useDepartmentOptions } from '../shared/usePickerData.js';
import { useServerErrors } from '../shared/useServerErrors.js';
import { ItemContentForm } from './ItemContentForm.js';
import { NEW_ITEM_CONTENT, toContent, type ItemFormValues } from './itemContent.js';
import { validated } from './useItemEditor.js';

type NewItemValues = ItemFormValues & { code: string; departmentCode: string };

/** /admin/items/new — a new item: its implementation code, department and content, as a draft or published at once. */
export function NewItemPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewItemValues>();
  const departments = useDepartmentOptions();
  const errors = useServerErrors(form, ['body.content.', 'body.']);
  const [publish, setPublish] = useState(false);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    setSaving(true);
    errors.clear();
    try {
      const { code, departmentCode, ...content } = values;
      const created = await createItem({ code: code.trim(), departmentCode, content: toContent(content), publish });
      message.success(t('admin.items.createdItem', { code: created.code }));
      navigate(`/admin/items/${encodeURIComponent(created.code)}`);
    } catch (failure) {
      errors.show(failure);
    } finally {
      setSaving(false);
    }
  };

  const header = (
    <Card size="small" title={t('admin.items.identity')}>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="code" label={t('notice.code')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 64 }]} extra={t('admin.items.codeHint')}>
            <Input maxLength={64} data-testid="new-item-code" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="departmentCode" label={t('admin.items.department')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select showSearch={{ filterOption }} options={departments.options} data-testid="new-item-department" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );

  return (
    <div data-testid="new-item">
      <Link to="/admin/items">← {t('admin.items.backToList')}</Link>
      <AdminPageHeader title={t('admin.items.createTitle')} />
      <Flex vertical gap={12}>
        {errors.alert}
        <ItemContentForm form={form} initialValues={NEW_ITEM_CONTENT} header={header} />
        <Flex gap={12} justify="flex-end" align="center" wrap style={{ position: 'sticky', bottom: 0, zIndex: 2, padding: '12px 16px', background: '#fff', borderRadius: 8, boxShadow: '0 -2px 8px rgba(0,0,0,0.06)' }}>
          <Checkbox checked={publish} onChange={(event) => setPublish(event.target.checked)}>
            {t('admin.items.publishNow')}
          </Checkbox>
          <Button type="primary" onClick={() => void submit()} loading={saving} data-testid="new-item-submit">
            {publish ? t('admin.items.createAndPublish') : t('admin.items.createDraft')}
          </Button>
        </Flex>
      </Flex>
    </div>
  );
}

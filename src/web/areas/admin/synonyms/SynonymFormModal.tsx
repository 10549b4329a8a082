import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveSynonym, type Synonym, type SynonymInput } from '../../../api/discovery.js';
import { buttonTestId } from '../../../components/buttonTestId.js';
import { useServerErrors } from '../shared/useServerErrors.js';

/** A new synonym, or an existing one's term and the words it also looks for. */
export function SynonymFormModal({ synonym, onClose, onSaved }: { synonym: Synonym | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SynonymInput>();
  const { message } = App.useApp();
  const errors = useServerErrors(form);
  const [saving, setSaving] = useState(false);

  const submit = async (values: SynonymInput) => {
    setSaving(true);
    errors.clear();
    try {
      await saveSynonym(synonym?.id ?? null, values);
      message.success(t('common.saved'));
      onClose();
      onSaved();
    } catch (failure) {
      errors.show(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={synonym ? t('discovery.synonyms.editTitle', { term: synonym.term }) : t('discovery.synonyms.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={buttonTestId('synonym-save')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {errors.alert}
      <Form<SynonymInput> form={form} layout="vertical" onFinish={submit} initialValues={synonym ?? { term: '', targets: [''] }} data-testid="synonym-form">
        <Form.Item name="term" label={t('discovery.synonyms.term')} rules={[{ required: true, whitespace: true, message: t('discovery.synonyms.termRequired') }]}>
          <Input maxLength={30} data-testid="synonym-term" />
        </Form.Item>
        <Form.List name="targets">
          {(fields, { add, remove }) => (
            <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
              <legend style={{ fontSize: 14, marginBottom: 8 }}>{t('discovery.synonyms.targets')}</legend>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="flex-start">
                  <Form.Item
                    name={field.name}
                    style={{ flex: 1, marginBottom: 8 }}
                    rules={[{ required: true, whitespace: true, message: t('discovery.synonyms.targetRequired') }]}
                  >
                    <Input maxLength={30} aria-label={`${t('discovery.synonyms.targets')} ${index + 1}`} data-testid="synonym-target" />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('discovery.synonyms.removeTarget')} onClick={() => remove(field.name)} />
                  )}
                </Flex>
              ))}
              {fields.length < 10 && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} data-testid="synonym-add-target">
                  {t('discovery.synonyms.addTarget')}
                </Button>
              )}
            </fieldset>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

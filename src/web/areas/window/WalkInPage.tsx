import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createWalkIn, type WalkInApplicant } from '../../api/applications.js';
import { fetchItems, type ItemSummary } from '../../api/catalogue.js';
import { ApiError } from '../../api/client.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { applyServerErrors } from '../../components/serverFieldErrors.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { isValidIdCardNumber, isValidUscc } from '../../../shared/id-numbers.js';

const PHONE_PATTERN = /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/;

type Values = WalkInApplicant & { itemCode: string };

/** /window/walk-in — 代办登记: who the applicant is and which item; then the same form as online. */
export function WalkInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('applications.walkIn.title'));
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const finish = async ({ itemCode, ...applicant }: Values) => {
    setSending(true);
    setFailure(null);
    try {
      const draft = await createWalkIn(itemCode, { name: applicant.name.trim(), idNumber: applicant.idNumber.trim().toUpperCase(), phone: applicant.phone.trim() });
      // The claim SMS's outcome is told once, on the next screen.
      navigate(`/window/applications/${draft.id}`, { state: { claim: draft.claim } });
    } catch (error) {
      const unplaced = applyServerErrors(form, error, t, ['body.applicant.', 'body.']);
      const namedFields = error instanceof ApiError && (!!error.errors?.length || !!error.field);
      if (unplaced.length > 0 || !namedFields) setFailure(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <Card style={{ maxWidth: 640 }} data-testid="walk-in-page">
      <Link to="/window">
        <ArrowLeftOutlined aria-hidden /> {t('applications.queue.back')}
      </Link>
      <Typography.Title level={2}>{t('applications.walkIn.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('applications.walkIn.intro')}</Typography.Paragraph>
      {failure !== null && <ProblemAlert title={t('applications.walkIn.failed')} error={failure} testId="walk-in-error" />}
      <Form<Values> form={form} layout="vertical" onFinish={finish} requiredMark style={{ marginTop: 12 }}>
        <Form.Item name="name" label={t('applications.walkIn.name')} rules={[{ required: true, whitespace: true, message: t('applications.walkIn.nameRequired') }, { max: 50 }]}>
          <Input data-testid="walk-in-name" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('applications.walkIn.idNumber')}
          extra={t('applications.walkIn.idNumberHelp')}
          rules={[
            { required: true, whitespace: true, message: t('applications.walkIn.idNumberRequired') },
            {
              validator: async (_rule, value?: string) => {
                const v = value?.trim().toUpperCase() ?? '';
                if (v && !isValidIdCardNumber(v) && !isValidUscc(v)) throw new Error(t('applications.walkIn.idNumberInvalid'));
              },
            },
          ]}
        >
          <Input data-testid="walk-in-id-number" autoComplete="off" maxLength={18} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('applications.walkIn.phone')}
          rules={[
            { required: true, whitespace: true, message: t('applications.walkIn.phoneRequired') },
            { pattern: PHONE_PATTERN, message: t('applications.walkIn.phoneInvalid') },
          ]}
        >
          <Input data-testid="walk-in-phone" autoComplete="off" inputMode="tel" />
        </Form.Item>
        <Form.Item name="itemCode" label={t('applications.walkIn.item')} rules={[{ required: true, message: t('applications.walkIn.itemRequired') }]}>
          <ItemPicker />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={sending} data-testid="walk-in-submit">
          {t('applications.walkIn.next')}
        </Button>
      </Form>
    </Card>
  );
}

/** Searches the catalogue as the clerk types (the item name or code). `id` comes from Form.Item: its label names the box. */
function ItemPicker({ id, value, onChange }: { id?: string; value?: string; onChange?: (code: string) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<ItemSummary[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    const timer = setTimeout(() => {
      fetchItems(query ? { q: query } : {}, null, { signal: controller.signal }).then(
        (page) => {
          setOptions(page.items);
          setLoading(false);
        },
        () => setLoading(false),
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      value={value}
      onChange={onChange}
      loading={loading}
      placeholder={t('applications.walkIn.itemPlaceholder')}
      notFoundContent={loading ? t('app.loading') : t('applications.walkIn.noItems')}
      data-testid="walk-in-item"
      options={options.map((item) => ({ value: item.code, label: `${item.name}（${item.department.shortName}）` }))}
    />
  );
}

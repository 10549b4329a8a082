import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Skeleton, Tag, Typography, type FormRule } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { changeEmail, changePhone, checkIdentity, fetchAccount, requestAccountCode, type Account } from '../../api/account.js';
import { ApiError } from '../../api/client.js';
import { CodeField } from '../../components/account/CodeField.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { applyServerErrors } from '../../components/serverFieldErrors.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { PageLoading } from '../../layout/PageLoading.js';
import { loginPathFor } from '../../session/areaAccess.js';
import { useSession } from '../../session/SessionContext.js';
import { EMAIL_PATTERN, PHONE_PATTERN } from '../auth/registerRules.js';

const LEVEL_COLOURS = ['default', 'blue', 'green'] as const;

/** yyyy-mm-dd hh:mm in Asia/Shanghai, whatever the browser's zone. */
function formatMoment(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
  return parts.replace(',', '');
}

/** /account — 个人中心: the account's details, its real-name level, and changing phone or email by a code. */
export default function ProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.profile.title'));
  const { user, loading } = useSession();
  const location = useLocation();
  const [replaced, setReplaced] = useState<Account | null>(null);
  const resource = useApiResource(`account:${user?.id ?? ''}`, (signal) => (user ? fetchAccount({ signal }) : new Promise<never>(() => undefined)));

  if (loading) return <PageLoading />;
  if (!user) return <Navigate to={loginPathFor(location)} replace />;
  if (resource.status === 'error') return <ProblemAlert title={t('account.profile.loadFailed')} error={resource.error} onRetry={resource.retry} />;
  if (resource.status === 'loading') return <Skeleton active paragraph={{ rows: 8 }} />;
  const account = replaced ?? resource.data;

  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, margin: '0 auto', width: '100%' }} data-testid="profile-page">
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('account.profile.title')}
      </Typography.Title>
      <Card title={t('account.profile.basics')}>
        <Descriptions column={1} size="small" data-testid="profile-basics">
          <Descriptions.Item label={t('account.profile.username')}>{account.username}</Descriptions.Item>
          <Descriptions.Item label={t('account.profile.name')}>{account.displayName}</Descriptions.Item>
          {account.enterpriseName && <Descriptions.Item label={t('account.profile.enterpriseName')}>{account.enterpriseName}</Descriptions.Item>}
          {account.idNumberMasked && <Descriptions.Item label={t('account.profile.idNumber')}>{account.idNumberMasked}</Descriptions.Item>}
          <Descriptions.Item label={t('account.profile.phone')}>
            <span data-testid="profile-phone">{account.phone ?? t('account.profile.none')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('account.profile.email')}>
            <span data-testid="profile-email">{account.email ?? t('account.profile.none')}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {account.kind !== 'staff' && <LevelCard account={account} onChange={setReplaced} />}
      <PhoneCard account={account} onChange={setReplaced} />
      <EmailCard account={account} onChange={setReplaced} />
    </Flex>
  );
}

function LevelCard({ account, onChange }: { account: Account; onChange(account: Account): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const level = account.realnameLevel as 0 | 1 | 2;
  const check = async () => {
    setChecking(true);
    setError(null);
    try {
      onChange(await checkIdentity());
      void message.success(t('account.profile.identityChecked'));
    } catch (failure) {
      setError(failure);
    } finally {
      setChecking(false);
    }
  };
  return (
    <Card title={t('account.profile.level')} data-testid="profile-level" data-level={level}>
      <Flex vertical gap={8}>
        <div>
          <Tag color={LEVEL_COLOURS[level]} style={{ fontSize: 16, padding: '4px 10px' }} data-testid="profile-level-tag">
            {t(`account.profile.levels.l${level}`)}
          </Tag>
        </div>
        <Typography.Text>{t(`account.profile.levelHelp.l${level}`)}</Typography.Text>
        {account.phoneVerifiedAt && <Typography.Text type="secondary">{t('account.profile.phoneVerifiedAt', { at: formatMoment(account.phoneVerifiedAt) })}</Typography.Text>}
        {account.identityVerifiedAt && <Typography.Text type="secondary">{t('account.profile.identityVerifiedAt', { at: formatMoment(account.identityVerifiedAt) })}</Typography.Text>}
        {level < 2 &&
          (account.services.identityCheck ? (
            <Flex vertical gap={8} align="start">
              <Typography.Text type="secondary">{t('account.profile.identityCheckHelp')}</Typography.Text>
              <Button icon={<SafetyCertificateOutlined aria-hidden />} onClick={() => void check()} loading={checking} disabled={level < 1} data-testid="profile-identity-check">
                {t('account.profile.identityCheck')}
              </Button>
            </Flex>
          ) : (
            <Alert type="info" showIcon title={t('account.profile.identityOff')} data-testid="profile-identity-off" />
          ))}
        {error !== null && <ProblemAlert title={t('account.profile.failed')} error={error} />}
      </Flex>
    </Card>
  );
}

/** One change form (phone or email): the new address, its code, save. */
function ChangeCard({
  title,
  help,
  unavailable,
  field,
  testId,
  submit,
}: {
  title: string;
  help: string;
  unavailable: string | null;
  field: { name: 'phone' | 'email'; label: string; rules: FormRule[]; input: ReactNode };
  testId: string;
  /** Saves the verified address; resolves once the account has it. */
  submit(address: string, code: string): Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, string>>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const placeError = (failure: unknown) => applyServerErrors(form, failure, t).length === 0 && failure instanceof ApiError && !!failure.errors?.length;
  if (unavailable) {
    return (
      <Card title={title}>
        <Alert type="warning" showIcon title={unavailable} data-testid={`${testId}-unavailable`} />
      </Card>
    );
  }
  const save = async (values: Record<string, string>) => {
    setSaving(true);
    setError(null);
    try {
      await submit(values[field.name]!.trim(), values.code!);
      form.resetFields();
    } catch (failure) {
      if (!placeError(failure)) setError(failure);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card title={title}>
      <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={save} data-testid={`${testId}-form`}>
        <Form.Item name={field.name} label={field.label} rules={field.rules}>
          {field.input}
        </Form.Item>
        <CodeField
          testId={testId}
          label={field.name === 'email' ? t('account.code.emailLabel') : undefined}
          send={async () => {
            const values = await form.validateFields([field.name]);
            const address = values[field.name]!.trim();
            return requestAccountCode(field.name === 'phone' ? { purpose: 'change_phone', phone: address } : { purpose: 'change_email', email: address });
          }}
          placeError={placeError}
        />
        {error !== null && <ProblemAlert title={t('account.profile.failed')} error={error} />}
        <Button type="primary" htmlType="submit" loading={saving} data-testid={`${testId}-save`} style={{ marginTop: 8 }}>
          {t('account.profile.save')}
        </Button>
      </Form>
    </Card>
  );
}

function PhoneCard({ account, onChange }: { account: Account; onChange(account: Account): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <ChangeCard
      title={t('account.profile.changePhone')}
      help={t('account.profile.changePhoneHelp')}
      unavailable={account.services.sms ? null : t('account.profile.smsOff')}
      testId="change-phone"
      field={{
        name: 'phone',
        label: t('account.profile.newPhone'),
        rules: [
          { required: true, whitespace: true, message: t('auth.register.phoneRequired') },
          { pattern: PHONE_PATTERN, message: t('auth.register.phoneFormat') },
        ],
        input: <Input maxLength={11} inputMode="numeric" autoComplete="tel" data-testid="change-phone-phone" />,
      }}
      submit={async (phone, code) => {
        onChange(await changePhone(phone, code));
        void message.success(t('account.profile.phoneChanged'));
      }}
    />
  );
}

function EmailCard({ account, onChange }: { account: Account; onChange(account: Account): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <ChangeCard
      title={t('account.profile.changeEmail')}
      help={t('account.profile.changeEmailHelp')}
      unavailable={account.services.email ? null : t('account.profile.emailOff')}
      testId="change-email"
      field={{
        name: 'email',
        label: t('account.profile.newEmail'),
        rules: [
          { required: true, whitespace: true, message: t('auth.register.emailFormat') },
          { pattern: EMAIL_PATTERN, message: t('auth.register.emailFormat') },
        ],
        input: <Input maxLength={254} inputMode="email" autoComplete="email" data-testid="change-email-email" />,
      }}
      submit={async (email, code) => {
        onChange(await changeEmail(email, code));
        void message.success(t('account.profile.emailChanged'));
      }}
    />
  );
}

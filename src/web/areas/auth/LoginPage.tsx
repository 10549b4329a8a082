import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useSession } from '../../session/SessionContext.js';
import { AuthCard } from './AuthCard.js';
import { useAuthErrorText } from './authErrors.js';
import { useAfterSignIn } from './useAfterSignIn.js';

interface LoginValues {
  username: string;
  password: string;
}

/** /login — username or phone number and password; back to `?next=` afterwards. */
export default function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.login.title'));
  const session = useSession();
  const { next, go } = useAfterSignIn();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errorText = useAuthErrorText(error);

  // Signed in (just now, or already when the page opened): on to where the visitor was going.
  useEffect(() => {
    if (!session.loading && session.user) go(session.user);
  }, [session.loading, session.user, go]);

  const submit = async (values: LoginValues) => {
    setSubmitting(true);
    setError(null);
    try {
      await session.login(values.username.trim(), values.password);
    } catch (failure) {
      setError(failure);
      setSubmitting(false);
    }
  };

  const registerLink = next ? `/register?${new URLSearchParams({ next })}` : '/register';
  return (
    <AuthCard
      title={t('auth.login.title')}
      testId="login-page"
      footer={
        <>
          {t('auth.login.noAccount')} <Link to={registerLink}>{t('auth.login.registerLink')}</Link>
        </>
      }
    >
      {next && !error && <Alert type="info" showIcon title={t('auth.login.needed')} style={{ marginBottom: 16 }} />}
      {errorText && <Alert type="error" showIcon role="alert" title={errorText} style={{ marginBottom: 16 }} data-testid="login-error" />}
      <Form<LoginValues> layout="vertical" size="large" onFinish={submit} requiredMark={false} data-testid="login-form">
        <Form.Item name="username" label={t('auth.login.username')} rules={[{ required: true, whitespace: true, message: t('auth.login.usernameRequired') }]}>
          <Input prefix={<UserOutlined />} autoComplete="username" maxLength={64} autoFocus data-testid="login-username" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.login.password')} rules={[{ required: true, message: t('auth.login.passwordRequired') }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={128} data-testid="login-password" />
        </Form.Item>
        <div style={{ textAlign: 'end', marginTop: -12, marginBottom: 16 }}>
          <Link to="/forgot-password" data-testid="login-forgot">
            {t('account.forgot.link')}
          </Link>
        </div>
        <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
          {t('auth.login.submit')}
        </Button>
      </Form>
    </AuthCard>
  );
}

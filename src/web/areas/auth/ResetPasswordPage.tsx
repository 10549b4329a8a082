import { App, Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { requestCode, resetPassword } from '../../api/account.js';
import { ApiError } from '../../api/client.js';
import { CodeField } from '../../components/account/CodeField.js';
import { confirmRules, passwordRules } from '../../components/passwordRules.js';
import { applyServerErrors } from '../../components/serverFieldErrors.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useSession } from '../../session/SessionContext.js';
import { AuthCard } from './AuthCard.js';
import { useAuthErrorText } from './authErrors.js';
import { PHONE_PATTERN } from './registerRules.js';
import { useAfterSignIn } from './useAfterSignIn.js';

interface Values {
  phone: string;
  code: string;
  password: string;
  confirm: string;
}

/**
 * /forgot-password (忘记密码) and /claim (认领账号, from the SMS a walk-in gets): phone, SMS code,
 * new password. The server ends the account's other sessions and signs this browser in.
 */
export default function ResetPasswordPage({ mode }: { mode: 'forgot' | 'claim' }) {
  const { t } = useTranslation();
  const texts = mode === 'claim' ? { title: t('account.claim.title'), intro: t('account.claim.intro'), submit: t('account.claim.submit'), done: t('account.claim.done') } : { title: t('account.forgot.title'), intro: t('account.forgot.intro'), submit: t('account.forgot.submit'), done: t('account.forgot.done') };
  useDocumentTitle(texts.title);
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const session = useSession();
  const { go } = useAfterSignIn();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errorText = useAuthErrorText(error);

  const placeError = (failure: unknown) => applyServerErrors(form, failure, t).length === 0 && failure instanceof ApiError && !!failure.errors?.length;

  const submit = async (values: Values) => {
    setSubmitting(true);
    setError(null);
    try {
      const user = await resetPassword(values.phone.trim(), values.code, values.password);
      session.signedIn(user);
      void message.success(texts.done);
      go(user);
    } catch (failure) {
      if (!placeError(failure)) setError(failure);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthCard title={texts.title} testId={`${mode}-page`} footer={<Link to="/login">{t('account.forgot.back')}</Link>}>
      <Alert type="info" showIcon title={texts.intro} style={{ marginBottom: 16 }} />
      {errorText && <Alert type="error" showIcon role="alert" title={errorText} style={{ marginBottom: 16 }} data-testid="reset-error" />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ phone: params.get('phone') ?? '' }} data-testid="reset-form">
        <Form.Item
          name="phone"
          label={t('account.forgot.phone')}
          rules={[
            { required: true, whitespace: true, message: t('auth.register.phoneRequired') },
            { pattern: PHONE_PATTERN, message: t('auth.register.phoneFormat') },
          ]}
        >
          <Input maxLength={11} inputMode="numeric" autoComplete="tel" data-testid="reset-phone" />
        </Form.Item>
        <CodeField
          testId="reset"
          send={async () => {
            const { phone } = await form.validateFields(['phone']);
            return requestCode('reset', phone.trim());
          }}
          placeError={placeError}
        />
        <Form.Item name="password" label={t('account.forgot.newPassword')} rules={passwordRules(t)} extra={t('auth.password.hint')}>
          <Input.Password autoComplete="new-password" maxLength={128} data-testid="reset-password" />
        </Form.Item>
        <Form.Item name="confirm" label={t('auth.password.confirm')} dependencies={['password']} rules={confirmRules(t, 'password')}>
          <Input.Password autoComplete="new-password" maxLength={128} data-testid="reset-confirm" />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={submitting} data-testid="reset-submit">
          {texts.submit}
        </Button>
      </Form>
    </AuthCard>
  );
}

export function ForgotPasswordPage() {
  return <ResetPasswordPage mode="forgot" />;
}

export function ClaimAccountPage() {
  return <ResetPasswordPage mode="claim" />;
}

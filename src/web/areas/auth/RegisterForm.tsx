import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { register, type RegisterBody } from '../../api/auth.js';
import { ApiError } from '../../api/client.js';
import { applyServerErrors } from '../../components/serverFieldErrors.js';
import { useSession } from '../../session/SessionContext.js';
import { useAuthErrorText } from './authErrors.js';
import { confirmRules } from '../../components/passwordRules.js';
import { requestCode } from '../../api/account.js';
import { CodeField } from '../../components/account/CodeField.js';
import { registerRules, type ApplicantKind } from './registerRules.js';
import { useAfterSignIn } from './useAfterSignIn.js';

type RegisterValues = Omit<RegisterBody, 'kind'> & { confirm: string };

/** The registration fields of one applicant kind; server field errors land on their fields. */
export function RegisterForm({ kind }: { kind: ApplicantKind }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RegisterValues>();
  const session = useSession();
  const { go } = useAfterSignIn();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const errorText = useAuthErrorText(error);
  const rules = registerRules(t, kind);
  const enterprise = kind === 'enterprise';

  const submit = async ({ confirm: _confirm, ...values }: RegisterValues) => {
    setSubmitting(true);
    setError(null);
    setUnplaced([]);
    try {
      const body: RegisterBody = {
        kind,
        username: values.username.trim(),
        password: values.password,
        displayName: values.displayName.trim(),
        phone: values.phone.trim(),
        code: values.code.trim(),
        // Left empty, the field is not sent: the address is optional.
        ...(values.email?.trim() ? { email: values.email.trim() } : {}),
        idNumber: values.idNumber.trim().toUpperCase(),
        ...(enterprise ? { enterpriseName: values.enterpriseName?.trim() } : {}),
      };
      const user = await register(body);
      session.signedIn(user);
      go(user);
    } catch (failure) {
      const left = applyServerErrors(form, failure, t);
      setUnplaced(left);
      // Errors shown on their fields need no second telling in the alert.
      if (left.length > 0 || !(failure instanceof ApiError && failure.errors?.length)) setError(failure);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form<RegisterValues> form={form} layout="vertical" onFinish={submit} data-testid="register-form" scrollToFirstError>
      {errorText && (
        <Alert type="error" showIcon role="alert" title={errorText} description={unplaced.join('；') || undefined} style={{ marginBottom: 16 }} data-testid="register-error" />
      )}
      {enterprise && (
        <Form.Item name="enterpriseName" label={t('auth.register.enterpriseName')} rules={rules.enterpriseName}>
          <Input maxLength={100} autoComplete="organization" data-testid="register-enterpriseName" />
        </Form.Item>
      )}
      <Form.Item name="idNumber" label={enterprise ? t('auth.register.uscc') : t('auth.register.idCard')} rules={rules.idNumber}>
        <Input maxLength={18} data-testid="register-idNumber" />
      </Form.Item>
      <Form.Item name="displayName" label={enterprise ? t('auth.register.agentName') : t('auth.register.displayName')} rules={rules.displayName}>
        <Input maxLength={50} autoComplete="name" data-testid="register-displayName" />
      </Form.Item>
      <Form.Item name="phone" label={t('auth.register.phone')} rules={rules.phone}>
        <Input maxLength={11} inputMode="numeric" autoComplete="tel" data-testid="register-phone" />
      </Form.Item>
      <CodeField
        testId="register"
        send={async () => {
          const { phone } = await form.validateFields(['phone']);
          return requestCode('register', phone.trim());
        }}
        placeError={(failure) => applyServerErrors(form, failure, t).length === 0 && failure instanceof ApiError && !!failure.errors?.length}
      />
      <Form.Item name="email" label={t('auth.register.email')} rules={rules.email} extra={t('auth.register.emailHint')} normalize={(value: string) => value.trim()}>
        <Input maxLength={254} inputMode="email" autoComplete="email" data-testid="register-email" />
      </Form.Item>
      <Form.Item name="username" label={t('auth.register.username')} rules={rules.username} extra={t('auth.register.usernameHint')}>
        <Input maxLength={40} autoComplete="username" data-testid="register-username" />
      </Form.Item>
      <Form.Item name="password" label={t('account.password.label')} rules={rules.password} extra={t('auth.password.hint')}>
        <Input.Password autoComplete="new-password" maxLength={128} data-testid="register-password" />
      </Form.Item>
      <Form.Item name="confirm" label={t('account.password.confirm')} dependencies={['password']} rules={confirmRules(t, 'password', 'first')}>
        <Input.Password autoComplete="new-password" maxLength={128} data-testid="register-confirm" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={submitting} data-testid="register-submit">
        {t('auth.register.submit')}
      </Button>
    </Form>
  );
}

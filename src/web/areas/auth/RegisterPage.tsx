import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { AuthCard } from './AuthCard.js';
import { RegisterForm } from './RegisterForm.js';
import type { ApplicantKind } from './registerRules.js';
import { useAfterSignIn } from './useAfterSignIn.js';

/** /register — applicants sign up as a person or for an enterprise, and are signed in at once. */
export default function RegisterPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.register.title'));
  const [kind, setKind] = useState<ApplicantKind>('person');
  const { next } = useAfterSignIn();
  const loginLink = next ? `/login?${new URLSearchParams({ next })}` : '/login';
  return (
    <AuthCard
      title={t('auth.register.title')}
      testId="register-page"
      footer={
        <>
          {t('auth.register.haveAccount')} <Link to={loginLink}>{t('auth.register.loginLink')}</Link>
        </>
      }
    >
      <Tabs
        activeKey={kind}
        onChange={(key) => setKind(key as ApplicantKind)}
        centered
        data-testid="register-kind"
        items={[
          { key: 'person', label: <span data-testid="register-kind-person">{t('auth.register.person')}</span> },
          { key: 'enterprise', label: <span data-testid="register-kind-enterprise">{t('auth.register.enterprise')}</span> },
        ]}
      />
      <RegisterForm kind={kind} />
    </AuthCard>
  );
}

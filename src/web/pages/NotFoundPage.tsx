import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';
import { PageTitle } from '../components/PageTitle.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <Result
      status="404"
      title={<PageTitle style={{ fontSize: 'inherit', margin: 0 }}>{t('notFound.title')}</PageTitle>}
      subTitle={t('notFound.subtitle')}
      extra={
        <Link to="/">
          <Button type="primary">{t('notFound.backHome')}</Button>
        </Link>
      }
      data-testid="not-found"
    />
  );
}

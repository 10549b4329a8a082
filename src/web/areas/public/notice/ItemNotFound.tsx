import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** An unknown or withdrawn item code, e.g. from an old printout: point to the catalogue instead. */
export function ItemNotFound({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('notice.notFound.title')}
      subTitle={t('notice.notFound.subtitle', { code })}
      extra={
        <Link to="/items">
          <Button type="primary">{t('notice.notFound.back')}</Button>
        </Link>
      }
      data-testid="item-not-found"
    />
  );
}

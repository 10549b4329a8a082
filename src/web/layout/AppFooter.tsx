import { Layout, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function AppFooter() {
  const { t } = useTranslation();
  return (
    <Layout.Footer data-testid="app-footer" style={{ textAlign: 'center', color: 'rgba(0, 0, 0, 0.6)', fontSize: 13 }}>
      <Space size={[24, 4]} wrap style={{ justifyContent: 'center' }}>
        <span>{t('footer.sponsor')}</span>
        <span>{t('footer.organiser')}</span>
        <Link to="/lookup" data-testid="footer-lookup">
          {t('footer.lookup')}
        </Link>
      </Space>
    </Layout.Footer>
  );
}

import { BankOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Platform name and slogan; links home, as visitors expect of a portal's logo. */
export function BrandTitle({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  return (
    <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: compact ? 8 : 12, color: '#fff', minWidth: 0 }}>
      <BankOutlined style={{ fontSize: compact ? 26 : 36 }} aria-hidden />
      <span style={{ display: 'flex', flexDirection: 'column', minWidth: 0 }}>
        <span style={{ fontSize: compact ? 16 : 22, fontWeight: 600, lineHeight: 1.3, letterSpacing: compact ? 0 : 1 }}>
          {t('app.name')}
        </span>
        <span style={{ fontSize: compact ? 11 : 14, lineHeight: 1.5, opacity: 0.85 }}>{t('app.slogan')}</span>
      </span>
    </Link>
  );
}

import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { NAV_BLUE } from '../theme.js';
import { activeNavPath, useNavEntries } from './navigation.js';
import { PageContainer } from './PageContainer.js';

/** Full-width navigation bar under the banner. Icons are left out so all areas fit from 768 px. */
export function DesktopNav() {
  const { t } = useTranslation();
  const active = activeNavPath(useLocation().pathname);
  const items = useNavEntries().map((entry) => ({ key: entry.path, label: <Link to={entry.path}>{t(`nav.${entry.label}`)}</Link> }));
  return (
    <nav aria-label={t('nav.label')} data-testid="app-nav" style={{ background: NAV_BLUE }}>
      <PageContainer>
        <Menu
          mode="horizontal"
          theme="dark"
          items={items}
          selectedKeys={active ? [active] : []}
          style={{ borderBottom: 'none', lineHeight: '46px' }}
        />
      </PageContainer>
    </nav>
  );
}

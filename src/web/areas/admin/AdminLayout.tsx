import { ApartmentOutlined, ApiOutlined, BankOutlined, ProfileOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Flex, Menu } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useIsDesktop } from '../../layout/useIsDesktop.js';

const SECTIONS = [
  { key: 'users', icon: <TeamOutlined /> },
  { key: 'units', icon: <ApartmentOutlined /> },
  { key: 'clients', icon: <ApiOutlined /> },
  { key: 'items', icon: <ProfileOutlined /> },
  { key: 'departments', icon: <BankOutlined /> },
] as const;

/** Side menu on desktops; on phones the same menu runs across the top. */
export function AdminLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const isDesktop = useIsDesktop();
  const section = useLocation().pathname.split('/')[2] ?? 'users';
  const items = SECTIONS.map(({ key, icon }) => ({
    key,
    icon,
    label: (
      <Link to={`/admin/${key}`} data-testid={`admin-menu-${key}`}>
        {t(`admin.menu.${key}`)}
      </Link>
    ),
  }));
  const menu = (
    <nav aria-label={t('admin.menu.label')} data-testid="admin-menu">
      <Menu
        mode={isDesktop ? 'inline' : 'horizontal'}
        items={items}
        selectedKeys={[section]}
        style={{ borderInlineEnd: 'none', background: 'transparent' }}
      />
    </nav>
  );
  return (
    <Flex vertical={!isDesktop} gap={16} align="flex-start" data-testid="area-admin">
      {isDesktop ? (
        <Card size="small" style={{ width: 200, flexShrink: 0, position: 'sticky', top: 16 }} styles={{ body: { padding: 4 } }}>
          {menu}
        </Card>
      ) : (
        <div style={{ width: '100%', background: '#fff', borderRadius: 8 }}>{menu}</div>
      )}
      <div style={{ flex: 1, minWidth: 0, width: '100%' }}>{children}</div>
    </Flex>
  );
}

import { ApartmentOutlined, ApiOutlined, BankOutlined, CalendarOutlined, NodeIndexOutlined, ProfileOutlined, SearchOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Flex, Menu, theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useIsDesktop } from '../../layout/useIsDesktop.js';
import { useAdminAccess } from './shared/useAdminAccess.js';

const SECTIONS = [
  { key: 'users', icon: <TeamOutlined />, label: 'admin.menu.users' },
  { key: 'units', icon: <ApartmentOutlined />, label: 'admin.menu.units' },
  { key: 'clients', icon: <ApiOutlined />, label: 'admin.menu.clients' },
  { key: 'items', icon: <ProfileOutlined />, label: 'admin.menu.items' },
  { key: 'departments', icon: <BankOutlined />, label: 'admin.menu.departments' },
  { key: 'search-synonyms', icon: <SearchOutlined />, label: 'discovery.synonyms.menu' },
  { key: 'process-definitions', icon: <NodeIndexOutlined />, label: 'adminWorkflow.menu.processes' },
  { key: 'calendar', icon: <CalendarOutlined />, label: 'adminWorkflow.menu.calendar' },
] as const;

/** Side menu on desktops; on phones the same menu runs across the top. */
export function AdminLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const isDesktop = useIsDesktop();
  const { token } = theme.useToken();
  const access = useAdminAccess();
  const section = useLocation().pathname.split('/')[2] ?? 'users';
  // Machine clients are for their managers only: even reading them is refused to anyone else.
  const sections = SECTIONS.filter(({ key }) => (key !== 'clients' || access.manageClients) && (key !== 'search-synonyms' || access.manageCatalogue));
  const items = sections.map(({ key, icon, label }) => ({
    key,
    icon,
    label: (
      <Link to={`/admin/${key}`} data-testid={`admin-menu-${key}`}>
        {t(label)}
      </Link>
    ),
  }));
  const menu = isDesktop ? (
    <Menu mode="inline" items={items} selectedKeys={[section]} style={{ borderInlineEnd: 'none', background: 'transparent' }} />
  ) : (
    // Phones: every section in one row that scrolls sideways, none hidden behind "…".
    <Flex gap={8} style={{ overflowX: 'auto', paddingBottom: 4 }}>
      {sections.map(({ key, icon, label }) => (
        <Link
          key={key}
          to={`/admin/${key}`}
          data-testid={`admin-menu-${key}`}
          aria-current={key === section ? 'page' : undefined}
          style={pillStyle(key === section, token.colorPrimary)}
        >
          {icon}
          {t(label)}
        </Link>
      ))}
    </Flex>
  );
  return (
    <Flex vertical={!isDesktop} gap={16} align="flex-start" data-testid="area-admin">
      <nav aria-label={t('admin.menu.label')} data-testid="admin-menu" style={isDesktop ? { flexShrink: 0, position: 'sticky', top: 16 } : { width: '100%' }}>
        {isDesktop ? (
          <Card size="small" style={{ width: 200 }} styles={{ body: { padding: 4 } }}>
            {menu}
          </Card>
        ) : (
          menu
        )}
      </nav>
      <div style={{ flex: 1, minWidth: 0, width: '100%' }}>{children}</div>
    </Flex>
  );
}

function pillStyle(active: boolean, primary: string): CSSProperties {
  return {
    display: 'inline-flex',
    alignItems: 'center',
    gap: 6,
    padding: '5px 14px',
    borderRadius: 16,
    whiteSpace: 'nowrap',
    border: `1px solid ${active ? primary : '#d9d9d9'}`,
    background: active ? primary : '#fff',
    color: active ? '#fff' : 'rgba(0, 0, 0, 0.88)',
  };
}

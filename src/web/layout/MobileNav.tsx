import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Menu } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ElderModeSwitch } from './ElderModeSwitch.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { activeNavPath, useNavEntries } from './navigation.js';

/** Small screens: a menu button opens a drawer holding the navigation and the language switch. */
export function MobileNav() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const active = activeNavPath(useLocation().pathname);
  const close = () => setOpen(false);
  const items = useNavEntries().map((entry) => ({
    key: entry.path,
    icon: entry.icon,
    label: (
      <Link to={entry.path} onClick={close}>
        {t(`nav.${entry.label}`)}
      </Link>
    ),
  }));
  return (
    <>
      <Button
        type="text"
        icon={<MenuOutlined style={{ fontSize: 20, color: '#fff' }} />}
        aria-label={t('nav.openMenu')}
        aria-expanded={open}
        data-testid="app-nav-toggle"
        onClick={() => setOpen(true)}
      />
      <Drawer
        open={open}
        onClose={close}
        placement="right"
        size={280}
        title={t('app.name')}
        styles={{ body: { padding: 0 } }}
      >
        <nav aria-label={t('nav.label')} data-testid="app-nav">
          <Menu mode="inline" items={items} selectedKeys={active ? [active] : []} style={{ borderInlineEnd: 'none' }} />
        </nav>
        <Flex align="center" gap={12} style={{ padding: '16px 24px' }}>
          <span>{t('language.label')}</span>
          <LanguageSwitch />
        </Flex>
        <div style={{ padding: '0 24px 16px' }}>
          <ElderModeSwitch onDark={false} />
        </div>
      </Drawer>
    </>
  );
}

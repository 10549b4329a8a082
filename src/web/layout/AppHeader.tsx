import { Flex, Layout } from 'antd';
import { NotificationBell } from '../areas/notifications/NotificationBell.js';
import { BrandTitle } from './BrandTitle.js';
import { DesktopNav } from './DesktopNav.js';
import { ElderModeSwitch } from './ElderModeSwitch.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { MobileNav } from './MobileNav.js';
import { PageContainer } from './PageContainer.js';
import { UserMenu } from './UserMenu.js';
import { useIsDesktop } from './useIsDesktop.js';

export function AppHeader() {
  const isDesktop = useIsDesktop();
  return (
    <Layout.Header data-testid="app-header" style={{ lineHeight: 'normal' }}>
      <PageContainer
        style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 12, paddingBlock: isDesktop ? 16 : 10 }}
      >
        <BrandTitle compact={!isDesktop} />
        <Flex align="center" gap={isDesktop ? 20 : 4} style={{ flexShrink: 0 }}>
          {isDesktop && <ElderModeSwitch onDark />}
          {isDesktop && <LanguageSwitch />}
          <NotificationBell compact={!isDesktop} />
          <UserMenu compact={!isDesktop} />
          {!isDesktop && <MobileNav />}
        </Flex>
      </PageContainer>
      {isDesktop && <DesktopNav />}
    </Layout.Header>
  );
}

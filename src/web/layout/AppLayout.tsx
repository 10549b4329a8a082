import { Layout } from 'antd';
import { Suspense } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { AppFooter } from './AppFooter.js';
import { AppHeader } from './AppHeader.js';
import { PageContainer } from './PageContainer.js';
import { PageLoading } from './PageLoading.js';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink.js';

/** Shared frame of every page; the header stays put while an area's code loads. */
export function AppLayout() {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <SkipLink />
      <AppHeader />
      {/* Layout.Content is the page's one <main>; the skip link moves focus to it. */}
      <Layout.Content id={MAIN_CONTENT_ID} tabIndex={-1} style={{ outline: 'none' }}>
        <PageContainer style={{ paddingBlock: 24 }}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </PageContainer>
      </Layout.Content>
      <AppFooter />
      <ScrollRestoration />
    </Layout>
  );
}

import { Layout } from 'antd';
import { Suspense } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { AppFooter } from './AppFooter.js';
import { AppHeader } from './AppHeader.js';
import { PageContainer } from './PageContainer.js';
import { PageLoading } from './PageLoading.js';

/** Shared frame of every page; the header stays put while an area's code loads. */
export function AppLayout() {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader />
      <Layout.Content>
        <PageContainer style={{ paddingBlock: 24 }}>
          <main>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </main>
        </PageContainer>
      </Layout.Content>
      <AppFooter />
      <ScrollRestoration />
    </Layout>
  );
}

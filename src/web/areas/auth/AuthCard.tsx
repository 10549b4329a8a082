import { Card, Flex } from 'antd';
import type { ReactNode } from 'react';
import { PageTitle } from '../../components/PageTitle.js';

/** The narrow centred card of the sign-in and registration pages. */
export function AuthCard({ title, children, footer, testId }: { title: string; children: ReactNode; footer?: ReactNode; testId?: string }) {
  return (
    <Flex justify="center" data-testid={testId}>
      <Card style={{ width: '100%', maxWidth: 480 }} styles={{ body: { padding: '28px 24px' } }}>
        <PageTitle style={{ marginTop: 0, textAlign: 'center' }}>{title}</PageTitle>
        {children}
        {footer && (
          <div className="inline-links" style={{ marginTop: 16, textAlign: 'center' }}>
            {footer}
          </div>
        )}
      </Card>
    </Flex>
  );
}

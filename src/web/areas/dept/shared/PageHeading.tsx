import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DeptNav } from './DeptNav.js';

/** The department area's page top: its navigation, the page title and what the page holds, a refresh. */
export function PageHeading({ title, subtitle, onRefresh, extra }: { title: string; subtitle: string; onRefresh?: () => void; extra?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <DeptNav />
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div>
          <Typography.Title level={2} style={{ margin: '0 0 4px' }}>
            {title}
          </Typography.Title>
          <Typography.Text type="secondary">{subtitle}</Typography.Text>
        </div>
        <Flex gap={8} wrap>
          {extra}
          {onRefresh && (
            <Button icon={<ReloadOutlined aria-hidden />} onClick={onRefresh} data-testid="page-refresh">
              {t('workflow.inbox.refresh')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Flex>
  );
}

import { ReloadOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchInbox } from '../../../api/workflow.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle.js';
import { useIsDesktop } from '../../../layout/useIsDesktop.js';
import { DeptNav } from '../shared/DeptNav.js';
import { useItemNames } from '../shared/lookups.js';
import { InboxCards } from './InboxCards.js';
import { InboxTable } from './InboxTable.js';

/** 待办: the open tasks of the reviewer's department and role, earliest due first (the server sorts). */
export function InboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workflow.inbox.title'));
  const isDesktop = useIsDesktop();
  const inbox = useApiResource('inbox', (signal) => fetchInbox({ signal }));
  const tasks = inbox.status === 'ready' ? inbox.data : [];
  const itemNames = useItemNames(tasks.map((task) => task.itemCode));

  return (
    <Flex vertical gap={16} data-testid="dept-inbox">
      <DeptNav />
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div>
          <Typography.Title level={2} style={{ margin: '0 0 4px' }}>
            {t('workflow.inbox.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('workflow.inbox.subtitle')}</Typography.Text>
        </div>
        <Button icon={<ReloadOutlined aria-hidden />} onClick={inbox.retry} data-testid="inbox-refresh">
          {t('workflow.inbox.refresh')}
        </Button>
      </Flex>
      {inbox.status === 'loading' && <Skeleton active />}
      {inbox.status === 'error' && <ProblemAlert title={t('workflow.inbox.loadFailed')} error={inbox.error} onRetry={inbox.retry} />}
      {inbox.status === 'ready' && tasks.length === 0 && <Empty description={t('workflow.inbox.empty')} data-testid="inbox-empty" />}
      {inbox.status === 'ready' && tasks.length > 0 && (
        <>
          <Typography.Text type="secondary">{t('workflow.inbox.count', { n: tasks.length })}</Typography.Text>
          {isDesktop ? <InboxTable tasks={tasks} itemNames={itemNames} /> : <InboxCards tasks={tasks} itemNames={itemNames} />}
        </>
      )}
    </Flex>
  );
}

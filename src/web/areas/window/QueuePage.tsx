import { ReloadOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchQueue, type QueueEntry } from '../../api/applications.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useIsDesktop } from '../../layout/useIsDesktop.js';
import { CaseStatusTag } from '../dept/case/CaseHeader.js';
import { DueBadge } from '../dept/shared/DueBadge.js';
import { formatInstant } from '../dept/shared/format.js';

/** /window — 一窗受理: online submissions and walk-ins in one queue, oldest first, with the 5-day acceptance deadline. */
export function QueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('applications.queue.title'));
  const queue = useApiResource('window-queue', (signal) => fetchQueue({ signal }));
  return (
    <Flex vertical gap={16} data-testid="window-queue">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('applications.queue.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('applications.queue.subtitle')}</Typography.Text>
        </div>
        <Flex gap={8} wrap>
          <Button icon={<ReloadOutlined />} onClick={queue.retry} data-testid="queue-refresh">
            {t('workflow.inbox.refresh')}
          </Button>
          <Link to="/window/collection" data-testid="collection-nav">
            <Button tabIndex={-1}>{t('staff.collection.nav')}</Button>
          </Link>
          <Link to="/window/walk-in">
            <Button type="primary" icon={<UserAddOutlined />} data-testid="walk-in-start">
              {t('applications.walkIn.title')}
            </Button>
          </Link>
        </Flex>
      </Flex>
      <Card>
        {queue.status === 'loading' && <Skeleton active />}
        {queue.status === 'error' && <ProblemAlert title={t('applications.queue.failed')} error={queue.error} onRetry={queue.retry} />}
        {queue.status === 'ready' && <QueueList entries={queue.data} />}
      </Card>
    </Flex>
  );
}

function QueueList({ entries }: { entries: QueueEntry[] }) {
  const { t } = useTranslation();
  const desktop = useIsDesktop();
  if (entries.length === 0) return <Empty description={t('applications.queue.empty')} data-testid="queue-empty" />;
  const due = (e: QueueEntry) => (
    <Flex vertical gap={2}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {e.acceptanceDueOn ? t('applications.queue.acceptBy', { date: e.acceptanceDueOn }) : '—'}
      </Typography.Text>
      <DueBadge daysLeft={e.daysLeft} clockPaused={false} />
    </Flex>
  );
  const link = (e: QueueEntry) => (
    <Link to={`/window/cases/${e.caseId}`} data-testid="queue-case-link">
      {e.receiptNo}
    </Link>
  );
  if (!desktop) {
    return (
      <Flex vertical gap={12} data-testid="queue-cards">
        {entries.map((e) => (
          <Card key={e.caseId} size="small" data-testid="queue-row" data-case-id={e.caseId}>
            <Flex vertical gap={4}>
              <Flex justify="space-between" gap={8}>
                <Typography.Text strong>{e.itemName}</Typography.Text>
                <CaseStatusTag status={e.status} />
              </Flex>
              {link(e)}
              <Typography.Text type="secondary">
                {e.applicantName} · {t(`workflow.channel.${e.channel}`)}
              </Typography.Text>
              {due(e)}
            </Flex>
          </Card>
        ))}
      </Flex>
    );
  }
  return (
    <Table<QueueEntry>
      data-testid="queue-table"
      rowKey="caseId"
      dataSource={entries}
      pagination={false}
      onRow={(e) => ({ 'data-testid': 'queue-row', 'data-case-id': e.caseId }) as HTMLAttributes<HTMLElement>}
      columns={[
        { key: 'receiptNo', title: t('applications.receiptNo'), render: (_, e) => link(e) },
        { key: 'item', title: t('workflow.inbox.item'), dataIndex: 'itemName' },
        { key: 'applicant', title: t('applications.queue.applicant'), dataIndex: 'applicantName' },
        { key: 'channel', title: t('workflow.case.channel'), render: (_, e) => <Tag>{t(`workflow.channel.${e.channel}`)}</Tag> },
        { key: 'status', title: t('applications.queue.status'), render: (_, e) => <CaseStatusTag status={e.status} /> },
        { key: 'submittedAt', title: t('applications.queue.submittedAt'), render: (_, e) => formatInstant(e.submittedAt) },
        { key: 'due', title: t('applications.queue.acceptance'), render: (_, e) => due(e) },
      ]}
    />
  );
}

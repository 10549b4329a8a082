import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Segmented, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { announceNoticesChanged, fetchNotices, markAllNoticesRead, markNoticeRead, type Notice } from '../../api/notifications.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { PageLoading } from '../../layout/PageLoading.js';
import { loginPathFor } from '../../session/areaAccess.js';
import { useSession } from '../../session/SessionContext.js';

const PAGE_SIZE = 20;

type ListState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; items: Notice[]; unread: number; next: number | null; loadingMore: boolean; moreError?: unknown };

function formatTime(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language, { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

function NoticeCard({ notice, onRead, busy }: { notice: Notice; onRead(): void; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const unread = notice.readAt === null;
  return (
    <Card size="small" data-testid="notice" data-notice-id={notice.id} data-kind={notice.kind} data-unread={unread} style={unread ? { borderInlineStart: '3px solid #1677ff' } : undefined}>
      <Flex vertical gap={6}>
        <Flex justify="space-between" align="baseline" gap={8} wrap>
          <Typography.Text strong={unread} data-testid="notice-title" style={{ fontSize: 15 }}>
            {unread && <Tag color="blue">{t('notifications.unreadTag')}</Tag>}
            {notice.title}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatTime(notice.createdAt, i18n.language)}
          </Typography.Text>
        </Flex>
        <Typography.Paragraph data-testid="notice-body" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {notice.body}
        </Typography.Paragraph>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Flex gap={4} wrap>
            {/* A channel the platform has not set up is not news to the reader. */}
            {notice.deliveries.filter((d) => d.status !== 'skipped').map((d) => (
              <Tag key={d.channel} color={d.status === 'sent' ? 'green' : d.status === 'failed' ? 'red' : undefined} data-testid="notice-delivery">
                {t(`notifications.deliveryStatus.${d.status}`, { channel: t(`notifications.channels.${d.channel}`) })}
              </Tag>
            ))}
          </Flex>
          <Flex gap={8}>
            {notice.link && (
              <Link to={notice.link} data-testid="notice-link">
                {t('notifications.openCase')}
              </Link>
            )}
            {unread && (
              <Button size="small" icon={<CheckOutlined aria-hidden />} onClick={onRead} loading={busy} data-testid="notice-mark-read">
                {t('notifications.markRead')}
              </Button>
            )}
          </Flex>
        </Flex>
      </Flex>
    </Card>
  );
}

/** 我的通知: every signed-in user's notices, newest first, to read and mark read. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.title'));
  const { user, loading } = useSession();
  const location = useLocation();
  const { message } = App.useApp();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [list, setList] = useState<ListState>({ status: 'loading' });
  const [busy, setBusy] = useState<number | 'all' | null>(null);

  useEffect(() => {
    if (!user) return;
    const controller = new AbortController();
    setList({ status: 'loading' });
    fetchNotices({ unread: unreadOnly, limit: PAGE_SIZE }, { signal: controller.signal }).then(
      (page) => setList({ status: 'ready', items: page.items, unread: page.unread, next: page.nextCursor, loadingMore: false }),
      (error: unknown) => !controller.signal.aborted && setList({ status: 'error', error }),
    );
    return () => controller.abort();
  }, [user, unreadOnly, attempt]);

  if (loading) return <PageLoading />;
  if (!user) return <Navigate to={loginPathFor(location)} replace />;

  const loadMore = async () => {
    if (list.status !== 'ready' || list.next === null) return;
    setList({ ...list, loadingMore: true, moreError: undefined });
    try {
      const page = await fetchNotices({ unread: unreadOnly, limit: PAGE_SIZE, cursor: list.next });
      setList((current) => (current.status === 'ready' ? { ...current, items: [...current.items, ...page.items], unread: page.unread, next: page.nextCursor, loadingMore: false } : current));
    } catch (error) {
      setList((current) => (current.status === 'ready' ? { ...current, loadingMore: false, moreError: error } : current));
    }
  };

  const markOne = async (id: number) => {
    setBusy(id);
    try {
      const read = await markNoticeRead(id);
      setList((current) =>
        current.status === 'ready'
          ? { ...current, unread: read.unread, items: current.items.map((n) => (n.id === id ? { ...n, readAt: read.readAt } : n)) }
          : current,
      );
      announceNoticesChanged();
    } catch {
      message.error(t('notifications.actionFailed'));
    } finally {
      setBusy(null);
    }
  };

  const markAll = async () => {
    setBusy('all');
    try {
      await markAllNoticesRead();
      message.success(t('notifications.allRead'));
      announceNoticesChanged();
      setAttempt((n) => n + 1);
    } catch {
      message.error(t('notifications.actionFailed'));
    } finally {
      setBusy(null);
    }
  };

  const unread = list.status === 'ready' ? list.unread : 0;
  return (
    <Flex vertical gap={16} data-testid="notifications-page" style={{ maxWidth: 860 }}>
      <div>
        <Typography.Title level={2} style={{ margin: '0 0 4px' }}>
          {t('notifications.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('notifications.subtitle')}</Typography.Text>
      </div>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Flex align="center" gap={12}>
          <Segmented
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(value) => setUnreadOnly(value === 'unread')}
            options={[
              { value: 'all', label: t('notifications.all') },
              { value: 'unread', label: t('notifications.unreadOnly') },
            ]}
            data-testid="notices-filter"
          />
          {list.status === 'ready' && (
            <Typography.Text type="secondary" data-testid="notices-unread-count">
              {t('notifications.unreadCount', { n: unread })}
            </Typography.Text>
          )}
        </Flex>
        <Button onClick={markAll} disabled={unread === 0} loading={busy === 'all'} data-testid="notices-mark-all">
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      {list.status === 'loading' && <Skeleton active />}
      {list.status === 'error' && <ProblemAlert title={t('notifications.loadFailed')} error={list.error} onRetry={() => setAttempt((n) => n + 1)} />}
      {list.status === 'ready' && list.items.length === 0 && (
        <Empty description={unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')} data-testid="notices-empty" />
      )}
      {list.status === 'ready' &&
        list.items.map((notice) => <NoticeCard key={notice.id} notice={notice} busy={busy === notice.id} onRead={() => void markOne(notice.id)} />)}
      {list.status === 'ready' && list.moreError !== undefined && <ProblemAlert title={t('notifications.loadFailed')} error={list.moreError} onRetry={() => void loadMore()} />}
      {list.status === 'ready' && list.next !== null && (
        <Flex justify="center">
          <Button onClick={() => void loadMore()} loading={list.loadingMore} data-testid="notices-load-more" style={{ minWidth: 200 }}>
            {t('notifications.loadMore')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}

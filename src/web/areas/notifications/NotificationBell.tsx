import { BellOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { fetchNotices, NOTICES_CHANGED } from '../../api/notifications.js';
import { useSession } from '../../session/SessionContext.js';

/** New notices arrive from other people's work, so the count is asked again now and then. */
const POLL_MS = 60_000;

/** The header bell: the signed-in user's unread notices, linking to 我的通知. */
export function NotificationBell({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const location = useLocation();
  const [unread, setUnread] = useState<number | null>(null);
  const [tick, setTick] = useState(0);

  // Another person signing in on this browser must not see the last one's count, even briefly.
  useEffect(() => setUnread(null), [user?.id]);

  useEffect(() => {
    if (!user) return;
    const again = () => setTick((n) => n + 1);
    const timer = window.setInterval(again, POLL_MS);
    window.addEventListener(NOTICES_CHANGED, again);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener(NOTICES_CHANGED, again);
    };
  }, [user]);

  useEffect(() => {
    if (!user) return;
    const controller = new AbortController();
    fetchNotices({ unread: true, limit: 1 }, { signal: controller.signal }).then(
      (page) => setUnread(page.unread),
      // The count is a hint: a failed refresh keeps the last one rather than bothering anyone.
      () => undefined,
    );
    return () => controller.abort();
    // A page change is a natural moment to count again (the user may have acted on a case).
  }, [user, tick, location.pathname]);

  if (!user) return null;
  const count = unread ?? 0;
  return (
    <Link
      to="/notifications"
      aria-label={count ? t('notifications.bellUnread', { n: count }) : t('notifications.bell')}
      data-testid="notification-bell"
      data-unread={count}
      style={{ color: '#fff', display: 'inline-flex', alignItems: 'center', paddingInline: compact ? 6 : 4 }}
    >
      <Badge count={count} size="small" overflowCount={99} data-testid="notification-badge">
        <BellOutlined style={{ fontSize: 18, color: '#fff' }} aria-hidden />
      </Badge>
    </Link>
  );
}

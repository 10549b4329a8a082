import type { notificationsZhCN } from './notifications.zh-CN.js';

/** English texts of the notices inbox and the header bell, typed by the Chinese ones. */
export const notificationsEn: typeof notificationsZhCN = {
  bell: 'Notifications',
  bellUnread: 'Notifications, {{n}} unread',
  title: 'My notifications',
  subtitle: 'Acceptance, supplement requests, decisions and completion of your cases. With an email address or phone number on file, you also get them by mail or SMS.',
  all: 'All',
  unreadOnly: 'Unread',
  unreadCount: '{{n}} unread',
  markRead: 'Mark as read',
  markAllRead: 'Mark all as read',
  allRead: 'All marked as read',
  openCase: 'Open the case',
  empty: 'No notifications yet.',
  emptyUnread: 'No unread notifications.',
  loadFailed: 'The notifications could not be loaded',
  actionFailed: 'That did not work',
  loadMore: 'Load more',
  unreadTag: 'Unread',
  channels: {
    email: 'Email',
    sms: 'SMS',
  },
  deliveryStatus: {
    queued: '{{channel}} being sent',
    sent: '{{channel}} sent',
    failed: '{{channel}} failed',
    skipped: '{{channel}} not available',
  },
};

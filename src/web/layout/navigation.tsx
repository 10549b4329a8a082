import {
  AppstoreOutlined,
  AuditOutlined,
  FileSearchOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  SolutionOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { CurrentUser, WebArea } from '../api/auth.js';
import type { Translation } from '../i18n/zh-CN.js';
import { canOpenArea } from '../session/areaAccess.js';
import { useSession } from '../session/SessionContext.js';

type NavLabel = Exclude<keyof Translation['nav'], 'label' | 'openMenu'>;

export interface NavEntry {
  path: string;
  label: NavLabel;
  icon: ReactNode;
  /** The area behind the entry; public entries have none. */
  area?: WebArea;
}

/** Top-level navigation: the public pages, then one area per actor (DESIGN.md §1). */
export const NAV_ENTRIES: readonly NavEntry[] = [
  { path: '/', label: 'home', icon: <HomeOutlined /> },
  { path: '/items', label: 'items', icon: <AppstoreOutlined /> },
  { path: '/lookup', label: 'lookup', icon: <FileSearchOutlined /> },
  { path: '/my', label: 'my', icon: <UserOutlined />, area: 'applicant' },
  { path: '/window', label: 'window', icon: <SolutionOutlined />, area: 'window' },
  { path: '/dept', label: 'dept', icon: <AuditOutlined />, area: 'department' },
  { path: '/supervision', label: 'supervision', icon: <SafetyCertificateOutlined />, area: 'supervision' },
  { path: '/admin', label: 'admin', icon: <SettingOutlined />, area: 'admin' },
];

/** The entry a location belongs to: '/' only for the home page itself, otherwise by first path segment. */
export function activeNavPath(pathname: string): string | undefined {
  if (pathname === '/') return '/';
  const firstSegment = `/${pathname.split('/')[1] ?? ''}`;
  return NAV_ENTRIES.find((entry) => entry.path === firstSegment)?.path;
}

/** The entries a user sees: public pages always, areas only when their roles open them. */
export function visibleNavEntries(user: CurrentUser | null): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => !entry.area || canOpenArea(user, entry.area));
}

export function useNavEntries(): NavEntry[] {
  return visibleNavEntries(useSession().user);
}

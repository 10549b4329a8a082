import {
  AppstoreOutlined,
  AuditOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  SolutionOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Translation } from '../i18n/zh-CN.js';

type NavLabel = Exclude<keyof Translation['nav'], 'label' | 'openMenu'>;

export interface NavEntry {
  path: string;
  label: NavLabel;
  icon: ReactNode;
}

/** Top-level navigation: the public pages, then one area per actor (DESIGN.md §1). */
export const NAV_ENTRIES: readonly NavEntry[] = [
  { path: '/', label: 'home', icon: <HomeOutlined /> },
  { path: '/items', label: 'items', icon: <AppstoreOutlined /> },
  { path: '/my', label: 'my', icon: <UserOutlined /> },
  { path: '/window', label: 'window', icon: <SolutionOutlined /> },
  { path: '/dept', label: 'dept', icon: <AuditOutlined /> },
  { path: '/supervision', label: 'supervision', icon: <SafetyCertificateOutlined /> },
  { path: '/admin', label: 'admin', icon: <SettingOutlined /> },
];

/** The entry a location belongs to: '/' only for the home page itself, otherwise by first path segment. */
export function activeNavPath(pathname: string): string | undefined {
  if (pathname === '/') return '/';
  const firstSegment = `/${pathname.split('/')[1] ?? ''}`;
  return NAV_ENTRIES.find((entry) => entry.path === firstSegment)?.path;
}

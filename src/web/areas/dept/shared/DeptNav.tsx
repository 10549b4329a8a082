import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../../../session/SessionContext.js';

const ENTRIES = [
  { path: '/dept', label: 'inbox' },
  { path: '/dept/done', label: 'done' },
  { path: '/dept/cases', label: 'cases' },
  { path: '/dept/overview', label: 'overview', headOnly: true },
] as const;

/** The department area's own pages: 待办, 已办, 办件查询, and for heads 本部门在办. */
export function DeptNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { user } = useSession();
  const isHead = user?.roles.some((r) => r.role === 'department_head') ?? false;
  return (
    <nav aria-label={t('staff.nav.label')} data-testid="dept-nav">
      <Flex gap={8} wrap>
        {ENTRIES.filter((e) => !('headOnly' in e) || isHead).map((entry) => {
          const current = pathname === entry.path || pathname === `${entry.path}/`;
          return (
            <Link key={entry.path} to={entry.path} aria-current={current ? 'page' : undefined} data-testid={`dept-nav-${entry.label}`}>
              <Button type={current ? 'primary' : 'default'} tabIndex={-1}>
                {t(`staff.nav.${entry.label}`)}
              </Button>
            </Link>
          );
        })}
      </Flex>
    </nav>
  );
}

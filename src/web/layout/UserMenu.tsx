import { DownOutlined, IdcardOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { loginPathFor } from '../session/areaAccess.js';
import { useSession } from '../session/SessionContext.js';
import { ChangePasswordModal } from './ChangePasswordModal.js';

const LINK_STYLE = { color: '#fff', whiteSpace: 'nowrap' } as const;

/** 登录 / 注册 for visitors; the signed-in user's name with 修改密码 and 退出登录. */
export function UserMenu({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const { user, loading, logout } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = App.useApp();
  const [changingPassword, setChangingPassword] = useState(false);

  if (loading) return null;
  if (!user) {
    const onAuthPage = location.pathname === '/login' || location.pathname === '/register';
    return (
      <Flex gap={compact ? 10 : 16} align="center" data-testid="user-menu-anonymous">
        <Link to={onAuthPage ? '/login' : loginPathFor(location)} style={LINK_STYLE} data-testid="header-login">
          {t('auth.login.link')}
        </Link>
        <Link to="/register" style={LINK_STYLE} data-testid="header-register">
          {t('auth.register.link')}
        </Link>
      </Flex>
    );
  }

  const signOut = async () => {
    await logout();
    message.success(t('auth.logout.done'));
    navigate('/');
  };
  const onMenuClick = ({ key }: { key: string }) => {
    if (key === 'logout') void signOut();
    else if (key === 'password') setChangingPassword(true);
    else if (key === 'account') navigate('/account');
  };
  const items = [
    // On phones the button shows only an icon: the menu says who is signed in.
    ...(compact ? [{ key: 'who', label: user.displayName, disabled: true }, { type: 'divider' as const }] : []),
    { key: 'account', icon: <IdcardOutlined />, label: <span data-testid="menu-account">{t('account.profile.menu')}</span> },
    { key: 'password', icon: <KeyOutlined />, label: <span data-testid="menu-change-password">{t('auth.password.change')}</span> },
    { type: 'divider' as const },
    { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="menu-logout">{t('auth.logout.action')}</span> },
  ];
  return (
    <>
      <Dropdown
        trigger={['click']}
        placement="bottomRight"
        menu={{ items, onClick: onMenuClick }}
      >
        <Button
          type="text"
          aria-label={t('auth.userMenu', { name: user.displayName })}
          data-testid="user-menu"
          style={{ color: '#fff', paddingInline: compact ? 6 : 8, maxWidth: 240 }}
        >
          <UserOutlined style={{ fontSize: compact ? 18 : undefined }} />
          {!compact && (
            <>
              <span data-testid="user-display-name" style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
                {user.displayName}
              </span>
              <DownOutlined style={{ fontSize: 10 }} />
            </>
          )}
        </Button>
      </Dropdown>
      <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
    </>
  );
}

import {
  Button as AriaButton,
  Header,
  Menu,
  MenuItem,
  MenuSection,
  MenuTrigger,
  Popover,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../api/types';
import type { SignOutScope } from '../access/useSignOut';

export interface AccountMenuProps {
  user: SessionUser;
  onSignOut: (scope: SignOutScope) => void;
}

/** Who is signed in, and the way out; "everywhere" ends sessions on other devices too. */
export function AccountMenu({ user, onSignOut }: AccountMenuProps) {
  const { t } = useTranslation();
  return (
    <MenuTrigger>
      <AriaButton
        className="account-button"
        aria-label={t('account.menuLabel', { name: user.displayName })}
      >
        <span className="account-button__avatar" aria-hidden="true">
          {initials(user.displayName)}
        </span>
        <span className="account-button__text">
          <span className="account-button__name">{user.displayName}</span>
          <span className="account-button__role">{t(`roles.${user.role}`)}</span>
        </span>
      </AriaButton>
      <Popover className="menu-popover" placement="bottom end">
        <Menu
          className="menu"
          onAction={(key) => onSignOut(key === 'everywhere' ? 'everywhere' : 'this-device')}
        >
          <MenuSection>
            <Header className="menu__header">{user.email}</Header>
            <MenuItem id="this-device" className="menu__item">
              {t('account.signOut')}
            </MenuItem>
            <MenuItem id="everywhere" className="menu__item">
              {t('account.signOutEverywhere')}
            </MenuItem>
          </MenuSection>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

import { getRouteApi, Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SessionExpiredDialog } from '../access/SessionExpiredDialog';
import { useSignOut } from '../access/useSignOut';
import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { AccountMenu } from './AccountMenu';
import { Brand } from './Brand';
import { navigationFor } from './navigation';
import { MAIN_ID, SkipLink } from './SkipLink';

const appRoute = getRouteApi('/app');

/** The staff frame: skip link, banner with centre and account, role navigation, main content. */
export function AppLayout() {
  const { t } = useTranslation();
  const { user } = appRoute.useRouteContext();
  const signOut = useSignOut();
  return (
    <div className="app-shell">
      <SkipLink />
      <header className="app-header">
        <div className="app-header__bar">
          <Link to="/" className="app-header__home" aria-label={t('layout.homeLink')}>
            <Brand />
          </Link>
          {user.isDemo ? (
            <Badge tone="demo" title={t('layout.demoExplanation')}>
              {t('layout.demoBadge')}
            </Badge>
          ) : null}
          <span className="app-header__centre">{user.centre.name}</span>
          <div className="app-header__tools">
            <LanguageSwitch />
            <AccountMenu user={user} onSignOut={(scope) => signOut.mutate(scope)} />
          </div>
        </div>
        <nav className="app-nav" aria-label={t('nav.label')}>
          <ul className="app-nav__list">
            {navigationFor(user.role).map((item) => (
              <li key={item.to}>
                <Link
                  to={item.to}
                  className="app-nav__link"
                  activeOptions={{ exact: item.to === '/' }}
                >
                  {t(item.labelKey)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="app-main">
        {signOut.isError ? (
          <Alert tone="error" title={t('account.signOutFailed')}>
            {signOut.error.message}
          </Alert>
        ) : null}
        <Outlet />
        <SessionExpiredDialog user={user} />
      </main>
      <footer className="app-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </div>
  );
}

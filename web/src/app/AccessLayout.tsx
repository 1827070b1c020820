import { Outlet } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { Brand } from './Brand';
import { MAIN_ID, SkipLink } from './SkipLink';

/** The quiet frame around sign-in and 2FA: one column, no navigation, language always at hand. */
export function AccessFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="access-shell">
      <SkipLink />
      <header className="access-header">
        <Brand />
        <LanguageSwitch />
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="access-main">
        <div className="access-panel">{children}</div>
      </main>
      <footer className="access-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </div>
  );
}

export function AccessLayout() {
  return (
    <AccessFrame>
      <Outlet />
    </AccessFrame>
  );
}

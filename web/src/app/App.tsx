import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { I18nProvider as AriaI18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ReauthContext } from '../access/reauth';
import { ApiContext } from '../api/ApiContext';
import type { SchakelApp } from './create-app';

/** React Aria formats and announces in the user's language too (e.g. "selected", dates). */
function AriaLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <AriaI18nProvider locale={i18n.language}>{children}</AriaI18nProvider>;
}

export function App({ app }: { app: SchakelApp }) {
  return (
    <I18nextProvider i18n={app.i18n}>
      <AriaLocale>
        <QueryClientProvider client={app.queryClient}>
          <ApiContext.Provider value={app.api}>
            <ReauthContext.Provider value={app.reauth}>
              <RouterProvider router={app.router} />
            </ReauthContext.Provider>
          </ApiContext.Provider>
        </QueryClientProvider>
      </AriaLocale>
    </I18nextProvider>
  );
}

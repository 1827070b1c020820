import { QueryClient } from '@tanstack/react-query';
import { createBrowserHistory, type RouterHistory } from '@tanstack/react-router';
import type { i18n as I18n } from 'i18next';
import { ApiError, createApiClient, type ApiClient } from '../api/client';
import { ReauthBroker } from '../access/reauth';
import { forgetEverything } from '../api/session';
import { createI18n, currentLocale } from '../i18n/i18n';
import { safeRedirectTarget } from './guards';
import { createAppRouter, type AppRouter } from './router';

export interface SchakelApp {
  i18n: I18n;
  queryClient: QueryClient;
  api: ApiClient;
  router: AppRouter;
  reauth: ReauthBroker;
}

export interface CreateAppOptions {
  fetch?: typeof fetch;
  history?: RouterHistory;
  storage?: Storage;
}

/** Failures worth one more try: the network or the server, not a refusal or a bad request. */
function isTransient(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}

/** Wires the app's long-lived parts; tests build their own with a fake fetch and memory history. */
export function createSchakelApp(options: CreateAppOptions = {}): SchakelApp {
  const i18n = createI18n(options.storage);
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < 1 && isTransient(error),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  const reauth = new ReauthBroker();
  // The client needs the router to leave on a 401; the closure runs only after both exist.
  const api = createApiClient({
    reauthenticate: reauth,
    fetch: options.fetch,
    getLocale: () => currentLocale(i18n),
    describeFailure: (code) => i18n.t(`errors.${code}`),
    onUnauthorized: () => {
      forgetEverything(queryClient);
      const target = safeRedirectTarget(router.state.location.href);
      void router.navigate({
        to: '/login',
        search: target === undefined ? {} : { redirect: target },
      });
    },
  });
  const router: AppRouter = createAppRouter(
    { queryClient, api },
    options.history ?? createBrowserHistory(),
  );
  return { i18n, queryClient, api, router, reauth };
}

import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from './client';
import type { Session } from './types';

export const SESSION_KEY = ['session'] as const;

/**
 * The session is read once and then only replaced by the answers of sign-in, 2FA and sign-out
 * calls (or dropped on a 401). Refetching it behind the user's back, e.g. on window focus while
 * they fetch a code from their phone, would move them off a page mid-step.
 */
export function sessionQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: SESSION_KEY,
    queryFn: ({ signal }) => api.get<Session>('/api/auth/session', { signal }),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export function replaceSession(queryClient: QueryClient, session: Session): void {
  queryClient.setQueryData(SESSION_KEY, session);
}

export function forgetEverything(queryClient: QueryClient): void {
  // Signing out must not leave another person's data in memory for the next user of the browser.
  queryClient.clear();
  replaceSession(queryClient, { authenticated: false });
}

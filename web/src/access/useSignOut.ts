import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { ApiError } from '../api/client';
import { useApi } from '../api/ApiContext';
import { forgetEverything } from '../api/session';
import { accessApi } from './access.api';

export type SignOutScope = 'this-device' | 'everywhere';

/**
 * Signs out and wipes what the browser remembers. A 401 means the session was already gone, which
 * is the outcome asked for. Any other failure keeps the user signed in and says so: pretending to
 * have signed out while the server session lives on would be worse on a shared computer.
 */
export function useSignOut() {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const finish = () => {
    forgetEverything(queryClient);
    void navigate({ to: '/login', search: { signedOut: true } });
  };
  return useMutation({
    mutationFn: async (scope: SignOutScope) => {
      try {
        await (scope === 'everywhere' ? accessApi.logoutEverywhere(api) : accessApi.logout(api));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return;
        throw error;
      }
    },
    onSuccess: finish,
  });
}

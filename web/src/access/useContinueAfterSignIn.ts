import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { replaceSession } from '../api/session';
import type { Session } from '../api/types';
import { signInStepFor } from '../app/guards';

/**
 * Takes the session a sign-in step answered with and moves on: to the next step it still owes,
 * or, once complete, to the page the user first asked for (already checked to be on this site).
 */
export function useContinueAfterSignIn(redirectTarget: string | undefined) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (session: Session) => {
    replaceSession(queryClient, session);
    const step = signInStepFor(session);
    if (step === null) {
      void navigate({ href: redirectTarget ?? '/' });
      return;
    }
    void navigate({
      to: step,
      search: redirectTarget === undefined ? {} : { redirect: redirectTarget },
    });
  };
}

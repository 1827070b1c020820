import type { Role, Session, SessionUser } from '../api/types';

export type SignInStep = '/login' | '/2fa/enrol' | '/2fa/verify';
export type EntryPath = SignInStep | '/';

/** The sign-in step a session still owes, or null when it is complete. */
export function signInStepFor(session: Session): SignInStep | null {
  if (!session.authenticated) return '/login';
  switch (session.stage) {
    case 'mfa_enrol':
      return '/2fa/enrol';
    case 'mfa_challenge':
      return '/2fa/verify';
    case 'complete':
      return null;
  }
}

/** Where a session belongs: staff who still owe a 2FA step can reach nothing else. */
export function entryPathFor(session: Session): EntryPath {
  return signInStepFor(session) ?? '/';
}

/**
 * Only same-site paths are followed after sign-in; a `redirect` pointing elsewhere
 * (`//evil.example`, `https://…`, `/\evil`) would turn the login page into an open redirect.
 */
export function safeRedirectTarget(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  if (value === '/' || value.startsWith('/login') || value.startsWith('/2fa')) return undefined;
  return value;
}

export function hasRole(user: SessionUser, role: Role): boolean {
  return user.role === role;
}

// The API contract shared with the server (see the auth, audit and admin routes). Kept as plain
// types: the server validates what it sends with its response schemas, the browser trusts it.

export const ROLES = ['counsellor', 'caseworker', 'team_lead', 'analyst', 'dpo', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface CentreRef {
  id: string;
  code: string;
  name: string;
}

export interface TeamRef {
  id: string;
  name: string;
}

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  centre: CentreRef;
  teams: TeamRef[];
  isDemo: boolean;
}

export type SessionStage = 'mfa_enrol' | 'mfa_challenge' | 'complete';

export type Session =
  { authenticated: false } | { authenticated: true; stage: SessionStage; user: SessionUser };

export type AuthenticatedSession = Extract<Session, { authenticated: true }>;

export interface FieldErrorBody {
  path: string;
  message: string;
}

/** The one error shape every route answers with. */
export interface ErrorBody {
  code: string;
  message: string;
  fields?: FieldErrorBody[];
}

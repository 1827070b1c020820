import type { ApiClient } from '../api/client';
import type { Session } from '../api/types';

export interface OidcProvider {
  label: string;
  startUrl: string;
}

export interface Providers {
  oidc: OidcProvider | null;
}

export interface Enrolment {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

export interface EnrolmentConfirmation {
  recoveryCodes: string[];
  session: Session;
}

export type MfaProof = { code: string } | { recoveryCode: string };

// 401 on these routes means "wrong password or code", which the form shows; see RequestOptions.
const signInAnswer = { unauthorizedIsAnswer: true } as const;

export const accessApi = {
  providers: (api: ApiClient) => api.get<Providers>('/api/auth/providers'),
  login: (api: ApiClient, credentials: { email: string; password: string }) =>
    api.post<Session>('/api/auth/login', credentials, signInAnswer),
  startEnrolment: (api: ApiClient) => api.post<Enrolment>('/api/auth/mfa/enrol', {}, signInAnswer),
  confirmEnrolment: (api: ApiClient, code: string) =>
    api.post<EnrolmentConfirmation>('/api/auth/mfa/enrol/confirm', { code }, signInAnswer),
  verify: (api: ApiClient, proof: MfaProof) =>
    api.post<Session>('/api/auth/mfa/verify', proof, signInAnswer),
  logout: (api: ApiClient) => api.post<undefined>('/api/auth/logout', undefined, signInAnswer),
  logoutEverywhere: (api: ApiClient) =>
    api.post<undefined>('/api/auth/logout-all', undefined, signInAnswer),
};

import type { ApiClient } from '../api/client';
import type { CentreRef, Role, TeamRef } from '../api/types';

export interface AdminCentre {
  id: string;
  code: string;
  name: string;
  kind: 'vk' | 'hotline' | 'chat';
  teams: TeamRef[];
}

export interface AdminUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  centre: CentreRef;
  teams: TeamRef[];
  disabled: boolean;
  mfaEnrolled: boolean;
  isDemo: boolean;
  lastLoginAt: string | null;
}

export interface NewUser {
  email: string;
  displayName: string;
  role: Role | '';
  centreId: string;
  teamIds: string[];
  password: string;
}

export const ADMIN_USERS_KEY = ['admin', 'users'] as const;
export const ADMIN_CENTRES_KEY = ['admin', 'centres'] as const;

export const adminApi = {
  centres: (api: ApiClient) =>
    api.get<{ centres: AdminCentre[] }>('/api/admin/centres').then((body) => body.centres),
  users: (api: ApiClient) =>
    api.get<{ users: AdminUser[] }>('/api/admin/users').then((body) => body.users),
  createUser: (api: ApiClient, user: NewUser) => api.post<AdminUser>('/api/admin/users', user),
  disableUser: (api: ApiClient, userId: string) =>
    api.post<undefined>(`/api/admin/users/${encodeURIComponent(userId)}/disable`),
  resetMfa: (api: ApiClient, userId: string) =>
    api.post<undefined>(`/api/admin/users/${encodeURIComponent(userId)}/reset-mfa`),
};

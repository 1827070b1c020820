import type { Role, Session, SessionStage } from '../api/types';

export function signedInAs(
  role: Role,
  options: { stage?: SessionStage; isDemo?: boolean } = {},
): Session {
  return {
    authenticated: true,
    stage: options.stage ?? 'complete',
    user: {
      id: `user-${role}`,
      email: `${role}@vk-antwerpen.example`,
      displayName: 'An Peeters',
      role,
      centre: { id: 'centre-ant', code: 'ANT', name: 'VK Antwerpen' },
      teams: [{ id: 'team-1', name: 'Team Noord' }],
      isDemo: options.isDemo ?? false,
    },
  };
}

export const signedOut: Session = { authenticated: false };

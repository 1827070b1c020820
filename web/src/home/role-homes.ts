import type { Role } from '../api/types';

/** What a role does in Schakel, each with the page where it is done. */
export type Capability =
  | 'chatConsole'
  | 'chatSupervision'
  | 'chatFeedback'
  | 'hotlineCalls'
  | 'myCases'
  | 'dueReviews'
  | 'missedDeadlines'
  | 'waitingList'
  | 'teamCapacity'
  | 'partners'
  | 'monitoring'
  | 'auditLog'
  | 'users';

/**
 * Where each capability lives. Reviews due and missed deadlines are sections of the case home,
 * team capacity sits next to the waiting list. Only pages that exist: a home never shows a card
 * for something that cannot be opened.
 */
export const CAPABILITY_PAGES = {
  chatConsole: '/console',
  chatSupervision: '/console/supervise',
  chatFeedback: '/console/feedback',
  hotlineCalls: '/hotline',
  myCases: '/cases',
  dueReviews: '/cases',
  missedDeadlines: '/cases',
  waitingList: '/cases/waiting-list',
  teamCapacity: '/cases/waiting-list',
  partners: '/partners',
  monitoring: '/monitoring',
  auditLog: '/audit',
  users: '/admin/users',
} as const satisfies Record<Capability, string>;

const CASEWORK: Capability[] = ['myCases', 'dueReviews', 'missedDeadlines'];

export const CAPABILITIES_BY_ROLE: Record<Role, readonly Capability[]> = {
  counsellor: ['chatConsole', 'hotlineCalls'],
  caseworker: CASEWORK,
  // Team leads carry cases too, and see the team's load and queue first.
  team_lead: ['waitingList', 'teamCapacity', ...CASEWORK, 'chatSupervision', 'chatFeedback', 'partners'],
  // Aggregates only: analysts never open an individual case.
  analyst: ['monitoring'],
  dpo: ['auditLog'],
  // Accounts and the partner directory, never case content.
  admin: ['users', 'partners'],
};

export interface RoleHome {
  available: { capability: Capability; to: (typeof CAPABILITY_PAGES)[Capability] }[];
}

export function roleHome(role: Role): RoleHome {
  return { available: CAPABILITIES_BY_ROLE[role].map((capability) => ({ capability, to: CAPABILITY_PAGES[capability] })) };
}

import type { Role } from '../api/types';

/** Everything a role will do in Schakel; most of it arrives with later work. */
export type Capability =
  | 'chatConsole'
  | 'hotlineCalls'
  | 'myCases'
  | 'dueReviews'
  | 'missedDeadlines'
  | 'waitingList'
  | 'teamCapacity'
  | 'monitoring'
  | 'auditLog'
  | 'users'
  | 'settings';

const CASEWORK: Capability[] = ['myCases', 'dueReviews', 'missedDeadlines'];

export const CAPABILITIES_BY_ROLE: Record<Role, readonly Capability[]> = {
  counsellor: ['chatConsole', 'hotlineCalls'],
  caseworker: CASEWORK,
  // Team leads carry cases too, and see the team's load and queue first.
  team_lead: ['waitingList', 'teamCapacity', ...CASEWORK],
  // Aggregates only: analysts never open an individual case.
  analyst: ['monitoring'],
  dpo: ['auditLog'],
  // Accounts and settings, never case content.
  admin: ['users', 'settings'],
};

/** Capabilities that already have a page; the others are described, not linked. */
export const CAPABILITY_PAGES = {
  auditLog: '/audit',
  users: '/admin/users',
} as const satisfies Partial<Record<Capability, string>>;

export type PageCapability = keyof typeof CAPABILITY_PAGES;

function hasPage(capability: Capability): capability is PageCapability {
  return capability in CAPABILITY_PAGES;
}

export interface RoleHome {
  available: { capability: PageCapability; to: (typeof CAPABILITY_PAGES)[PageCapability] }[];
  upcoming: Exclude<Capability, PageCapability>[];
}

export function roleHome(role: Role): RoleHome {
  const home: RoleHome = { available: [], upcoming: [] };
  for (const capability of CAPABILITIES_BY_ROLE[role]) {
    if (hasPage(capability)) home.available.push({ capability, to: CAPABILITY_PAGES[capability] });
    else home.upcoming.push(capability);
  }
  return home;
}

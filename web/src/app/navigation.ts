import type { Role } from '../api/types';

export type NavigationPath = '/' | '/audit' | '/admin/users' | '/monitoring' | '/cases' | '/cases/waiting-list';

export interface NavigationItem {
  to: NavigationPath;
  labelKey: 'nav.home' | 'nav.audit' | 'nav.users' | 'capabilities.monitoring.title' | 'capabilities.myCases.title' | 'capabilities.waitingList.title';
}

const HOME: NavigationItem = { to: '/', labelKey: 'nav.home' };
const CASES: NavigationItem = { to: '/cases', labelKey: 'capabilities.myCases.title' };
const WAITING_LIST: NavigationItem = { to: '/cases/waiting-list', labelKey: 'capabilities.waitingList.title' };

/**
 * Links only to pages that exist. What each role will get later is described on its home page
 * instead, so the menu never leads to a dead end. Admins manage accounts and settings only:
 * nothing here leads them to case content.
 */
const EXTRA_ITEMS_BY_ROLE: Record<Role, NavigationItem[]> = {
  counsellor: [],
  caseworker: [CASES],
  team_lead: [CASES, WAITING_LIST],
  analyst: [{ to: '/monitoring', labelKey: 'capabilities.monitoring.title' }],
  dpo: [{ to: '/audit', labelKey: 'nav.audit' }],
  admin: [{ to: '/admin/users', labelKey: 'nav.users' }],
};

export function navigationFor(role: Role): NavigationItem[] {
  return [HOME, ...EXTRA_ITEMS_BY_ROLE[role]];
}

import type { Role } from '../api/types';

export type NavigationPath = '/' | '/audit' | '/admin/users' | '/monitoring' | '/cases' | '/cases/waiting-list' | '/console' | '/console/supervise' | '/console/feedback' | '/hotline' | '/consult' | '/kindreflex/stats' | '/partners' | '/admin/retention';

export interface NavigationItem {
  to: NavigationPath;
  labelKey: 'nav.home' | 'nav.audit' | 'nav.users' | 'nav.partners' | 'nav.retention' | 'capabilities.monitoring.title' | 'capabilities.myCases.title' | 'capabilities.waitingList.title' | 'capabilities.chatConsole.title' | 'capabilities.hotlineCalls.title' | 'capabilities.consultRequests.title' | 'capabilities.kindreflexStats.title' | 'capabilities.chatFeedback.title';
}

const HOME: NavigationItem = { to: '/', labelKey: 'nav.home' };
const CASES: NavigationItem = { to: '/cases', labelKey: 'capabilities.myCases.title' };
const WAITING_LIST: NavigationItem = { to: '/cases/waiting-list', labelKey: 'capabilities.waitingList.title' };
const CHAT_CONSOLE: NavigationItem = { to: '/console', labelKey: 'capabilities.chatConsole.title' };
const PARTNERS: NavigationItem = { to: '/partners', labelKey: 'nav.partners' };
const HOTLINE: NavigationItem = { to: '/hotline', labelKey: 'capabilities.hotlineCalls.title' };
const CONSULT: NavigationItem = { to: '/consult', labelKey: 'capabilities.consultRequests.title' };
// Anonymous counts of the public guide: aggregates, so analysts see them too.
const KINDREFLEX_STATS: NavigationItem = { to: '/kindreflex/stats', labelKey: 'capabilities.kindreflexStats.title' };
// A team lead's chat console is the supervision view (queue, pairs, acute-danger reports).
const CHAT_SUPERVISION: NavigationItem = { to: '/console/supervise', labelKey: 'capabilities.chatConsole.title' };
// Periods, purge and holds: for the roles with retention:manage.
const RETENTION: NavigationItem = { to: '/admin/retention', labelKey: 'nav.retention' };
const CHAT_FEEDBACK: NavigationItem = { to: '/console/feedback', labelKey: 'capabilities.chatFeedback.title' };

/**
 * Links only to pages that exist. What each role will get later is described on its home page
 * instead, so the menu never leads to a dead end. Admins manage accounts and settings only:
 * nothing here leads them to case content.
 */
const EXTRA_ITEMS_BY_ROLE: Record<Role, NavigationItem[]> = {
  counsellor: [CHAT_CONSOLE, HOTLINE, CONSULT],
  caseworker: [CASES, CONSULT],
  team_lead: [CASES, WAITING_LIST, CONSULT, CHAT_SUPERVISION, CHAT_FEEDBACK, PARTNERS, KINDREFLEX_STATS],
  analyst: [{ to: '/monitoring', labelKey: 'capabilities.monitoring.title' }, KINDREFLEX_STATS],
  dpo: [{ to: '/audit', labelKey: 'nav.audit' }, RETENTION],
  admin: [{ to: '/admin/users', labelKey: 'nav.users' }, PARTNERS, RETENTION],
};

export function navigationFor(role: Role): NavigationItem[] {
  return [HOME, ...EXTRA_ITEMS_BY_ROLE[role]];
}

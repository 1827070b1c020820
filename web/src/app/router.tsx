import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  notFound,
  redirect,
  type RouterHistory,
  type SearchSchemaInput,
} from '@tanstack/react-router';
import type { ApiClient } from '../api/client';
import { sessionQueryOptions } from '../api/session';
import type { Role, Session, SessionUser } from '../api/types';
import { LoginPage } from '../access/LoginPage';
import { MfaChallengePage } from '../access/MfaChallengePage';
import { MfaEnrolPage } from '../access/MfaEnrolPage';
import { CreateUserPage } from '../admin/CreateUserPage';
import { UsersPage } from '../admin/UsersPage';
import { AuditPage } from '../audit/AuditPage';
import { parseAuditSearch, type AuditFilters } from '../audit/audit-search';
import { HomePage } from '../home/HomePage';
import { parseMonitoringSearch } from '../monitoring/monitoring-search';
import { parseConsultSearch } from '../consult/consult-search';
import { AccessLayout } from './AccessLayout';
import { AppLayout } from './AppLayout';
import { safeRedirectTarget, signInStepFor, type SignInStep } from './guards';
import { RootErrorPage, RootLayout, RootNotFoundPage, RootPendingPage } from './RootLayout';
import { NotFoundContent } from './NotFoundContent';

export interface RouterContext {
  queryClient: QueryClient;
  api: ApiClient;
}

function loadSession(context: RouterContext): Promise<Session> {
  return context.queryClient.ensureQueryData(sessionQueryOptions(context.api));
}

interface AccessSearch {
  redirect?: string;
  signedOut?: boolean;
}

function parseAccessSearch(
  search: { redirect?: string; signedOut?: boolean } & SearchSchemaInput,
): AccessSearch {
  const redirectTarget = safeRedirectTarget(search.redirect);
  return {
    ...(redirectTarget === undefined ? {} : { redirect: redirectTarget }),
    ...(search.signedOut === true ? { signedOut: true } : {}),
  };
}

/** Sends a visitor of a sign-in step to the step their session is actually at. */
async function keepOnOwnStep(context: RouterContext, path: SignInStep, search: AccessSearch) {
  const session = await loadSession(context);
  const step = signInStepFor(session);
  if (step === path) return;
  if (step === null) {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router's redirects are thrown by design
    throw redirect({ href: search.redirect ?? '/' });
  }
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router's redirects are thrown by design
  throw redirect({
    to: step,
    search: search.redirect === undefined ? {} : { redirect: search.redirect },
  });
}

/**
 * Not allowed looks the same as not there, as in the API (404, never 403). Called from the route's
 * loader rather than beforeLoad: a notFound thrown there is shown by the route's own
 * notFoundComponent, inside the staff layout, instead of replacing the whole page.
 */
function requireRole(user: SessionUser, role: Role): void {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- thrown by design, like redirect
  if (user.role !== role) throw notFound();
}

function requireOneOf(user: SessionUser, allowed: readonly Role[]): void {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- thrown by design, like redirect
  if (!allowed.includes(user.role)) throw notFound();
}

/** Roles with `consult:handle` (src/access/permissions.ts). */
const CONSULT_ROLES: readonly Role[] = ['counsellor', 'caseworker', 'team_lead'];

/** Roles with `retention:manage` (src/access/permissions.ts). */
const RETENTION_ROLES: readonly Role[] = ['dpo', 'admin'];

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: RootNotFoundPage,
  errorComponent: RootErrorPage,
  pendingComponent: RootPendingPage,
});

const accessLayoutRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'access',
  component: AccessLayout,
});

const loginRoute = createRoute({
  getParentRoute: () => accessLayoutRoute,
  path: 'login',
  validateSearch: parseAccessSearch,
  beforeLoad: ({ context, search }) => keepOnOwnStep(context, '/login', search),
  component: LoginPage,
});

const mfaEnrolRoute = createRoute({
  getParentRoute: () => accessLayoutRoute,
  path: '2fa/enrol',
  validateSearch: parseAccessSearch,
  beforeLoad: ({ context, search }) => keepOnOwnStep(context, '/2fa/enrol', search),
  component: MfaEnrolPage,
});

const mfaChallengeRoute = createRoute({
  getParentRoute: () => accessLayoutRoute,
  path: '2fa/verify',
  validateSearch: parseAccessSearch,
  beforeLoad: ({ context, search }) => keepOnOwnStep(context, '/2fa/verify', search),
  component: MfaChallengePage,
});

const appLayoutRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const session = await loadSession(context);
    if (session.authenticated && session.stage === 'complete') return { user: session.user };
    const target = safeRedirectTarget(location.href);
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router's redirects are thrown by design
    throw redirect({
      to: signInStepFor(session) ?? '/login',
      search: target === undefined ? {} : { redirect: target },
    });
  },
  component: AppLayout,
});

const homeRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/',
  component: HomePage,
});

const auditRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'audit',
  validateSearch: (search: AuditFilters & SearchSchemaInput) => parseAuditSearch(search),
  loader: ({ context }) => requireRole(context.user, 'dpo'),
  notFoundComponent: NotFoundContent,
  component: AuditPage,
});

const usersRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'admin/users',
  validateSearch: (search: { created?: string } & SearchSchemaInput) =>
    typeof search.created === 'string' && search.created !== '' ? { created: search.created } : {},
  loader: ({ context }) => requireRole(context.user, 'admin'),
  notFoundComponent: NotFoundContent,
  component: UsersPage,
});

const createUserRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'admin/users/new',
  loader: ({ context }) => requireRole(context.user, 'admin'),
  notFoundComponent: NotFoundContent,
  component: CreateUserPage,
});

// The public Kindreflex guide: no session, no staff frame, loaded only when opened.
const kindreflexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'kindreflex',
  component: lazyRouteComponent(() => import('../kindreflex/KindreflexPage'), 'KindreflexPage'),
});

// Anonymous counts: team leads and analysts (aggregates only).
const kindreflexStatsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'kindreflex/stats',
  loader: ({ context }) => requireOneOf(context.user, ['team_lead', 'analyst']),
  notFoundComponent: NotFoundContent,
  component: lazyRouteComponent(() => import('../kindreflex/KindreflexStatsPage'), 'KindreflexStatsPage'),
});

// The children's chat: public, no session, none of the staff frame.
const chatRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'chat',
  component: lazyRouteComponent(() => import('../chat/ChatPage'), 'ChatPage'),
});

const consoleRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'console',
  loader: ({ context }) => requireRole(context.user, 'counsellor'),
  notFoundComponent: NotFoundContent,
  component: lazyRouteComponent(() => import('../console/ConsolePage'), 'ConsolePage'),
});

const superviseRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'console/supervise',
  loader: ({ context }) => requireRole(context.user, 'team_lead'),
  notFoundComponent: NotFoundContent,
  component: lazyRouteComponent(() => import('../console/SupervisorPage'), 'SupervisorPage'),
});

const feedbackRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'console/feedback',
  loader: ({ context }) => requireRole(context.user, 'team_lead'),
  notFoundComponent: NotFoundContent,
  component: lazyRouteComponent(() => import('../console/FeedbackPage'), 'FeedbackPage'),
});

const hotlineRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'hotline',
  loader: ({ context }) => requireRole(context.user, 'counsellor'),
  notFoundComponent: NotFoundContent,
  component: lazyRouteComponent(() => import('../hotline/HotlinePage'), 'HotlinePage'),
});

// Analysts' dashboard: aggregates only; the filters live in the URL.
const monitoringRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'monitoring',
  validateSearch: (search: Record<string, unknown>) => parseMonitoringSearch(search),
  loader: ({ context }) => requireRole(context.user, 'analyst'),
  notFoundComponent: NotFoundContent,
  component: lazyRouteComponent(() => import('../monitoring/MonitoringPage'), 'MonitoringPage'),
});

// Case work: caseworkers and team leads; the waiting list is the lead's own.
function requireCaseWork(user: SessionUser, leadOnly = false): void {
  const allowed: Role[] = leadOnly ? ['team_lead'] : ['caseworker', 'team_lead'];
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- thrown by design, like redirect
  if (!allowed.includes(user.role)) throw notFound();
}

const casesRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'cases',
  loader: ({ context }) => requireCaseWork(context.user),
  notFoundComponent: NotFoundContent,
  component: lazyRouteComponent(() => import('../cases/CasesHomePage'), 'CasesHomePage'),
});

const caseIntakeRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'cases/intake',
  loader: ({ context }) => requireCaseWork(context.user),
  notFoundComponent: NotFoundContent,
  component: lazyRouteComponent(() => import('../cases/IntakePage'), 'IntakePage'),
});

const waitingListRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'cases/waiting-list',
  loader: ({ context }) => requireCaseWork(context.user, true),
  notFoundComponent: NotFoundContent,
  component: lazyRouteComponent(() => import('../cases/WaitingListPage'), 'WaitingListPage'),
});

const caseFileRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'cases/$caseId',
  loader: ({ context }) => requireCaseWork(context.user),
  notFoundComponent: NotFoundContent,
  component: lazyRouteComponent(() => import('../cases/CaseFilePage'), 'CaseFilePage'),
});

// Advice and consult: the centre's consult handlers.
const consultListRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'consult',
  validateSearch: (search: { view?: string; sort?: string } & SearchSchemaInput) => parseConsultSearch(search),
  loader: ({ context }) => requireOneOf(context.user, CONSULT_ROLES),
  notFoundComponent: NotFoundContent,
  component: lazyRouteComponent(() => import('../consult/ConsultListPage'), 'ConsultListPage'),
});

const consultRegisterRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'consult/new',
  loader: ({ context }) => requireOneOf(context.user, CONSULT_ROLES),
  notFoundComponent: NotFoundContent,
  component: lazyRouteComponent(() => import('../consult/ConsultRegisterPage'), 'ConsultRegisterPage'),
});

const consultDetailRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'consult/$consultId',
  loader: ({ context }) => requireOneOf(context.user, CONSULT_ROLES),
  notFoundComponent: NotFoundContent,
  component: lazyRouteComponent(() => import('../consult/ConsultDetailPage'), 'ConsultDetailPage'),
});

// The partner directory: kept by team leads and administrators (permission partners:manage).
const partnersRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'partners',
  loader: ({ context }) => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- thrown by design, like redirect
    if (context.user.role !== 'team_lead' && context.user.role !== 'admin') throw notFound();
  },
  notFoundComponent: NotFoundContent,
  component: lazyRouteComponent(() => import('../partners/PartnerDirectoryPage'), 'PartnerDirectoryPage'),
});

// Retention periods, dry run and purge, holds: the DPO and administrators (retention:manage).
const retentionRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'admin/retention',
  loader: ({ context }) => requireOneOf(context.user, RETENTION_ROLES),
  notFoundComponent: NotFoundContent,
  component: lazyRouteComponent(() => import('../retention/RetentionPage'), 'RetentionPage'),
});

const monitoringStudiesRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'monitoring/studies',
  loader: ({ context }) => requireRole(context.user, 'analyst'),
  notFoundComponent: NotFoundContent,
  component: lazyRouteComponent(() => import('../monitoring/StudiesPage'), 'StudiesPage'),
});

const routeTree = rootRoute.addChildren([
  accessLayoutRoute.addChildren([loginRoute, mfaEnrolRoute, mfaChallengeRoute]),
  chatRoute,
  appLayoutRoute.addChildren([casesRoute, caseIntakeRoute, waitingListRoute, caseFileRoute, homeRoute, auditRoute, usersRoute, createUserRoute, consoleRoute, superviseRoute, feedbackRoute, hotlineRoute, kindreflexStatsRoute, monitoringRoute, monitoringStudiesRoute, consultListRoute, consultRegisterRoute, consultDetailRoute, partnersRoute, retentionRoute]),
  kindreflexRoute,
]);

export function createAppRouter(context: RouterContext, history?: RouterHistory) {
  return createRouter({
    routeTree,
    context,
    history,
    defaultPreload: false,
    // Pages read their data through React Query; the router only decides who may see what.
    defaultPendingMs: 300,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}

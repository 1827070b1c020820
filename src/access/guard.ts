// Deny by default. Every route declares `config.permission` or `config.public: true`; start-up
// fails for a route that declares neither. Before any body is parsed, the session cookie is
// resolved to an actor and the route's permission is checked against the actor's role.
import '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { AuthSettings } from '../platform/config.js';
import type { Actor, Ctx } from '../platform/context.js';
import type { Db } from '../platform/db.js';
import { AppError, localeOf } from '../platform/errors.js';
import { roleHas, type Permission } from './permissions.js';
import { csrfFor, findSession, revokeSession, touchSession, type SessionStage } from './session.repository.js';

export const SESSION_COOKIE = 'schakel_session';
export const CSRF_COOKIE = 'schakel_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** `authenticated`: any signed-in user, also halfway through 2FA (for the 2FA routes). */
export type RouteAccess = Permission | 'authenticated';

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: RouteAccess;
    public?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    session: { tokenHash: string; token: string; stage: SessionStage; userId: string } | null;
  }
}

/** Outside /api only the UI's static files are served; the API docs are public reading. */
const isPluginPublic = (url: string): boolean => !url.startsWith('/api') || url.startsWith('/api/docs');

export interface RouteEntry {
  method: string;
  url: string;
  permission: RouteAccess | null;
  public: boolean;
}

/** Every route with what it requires: the inventory the permission tests walk through. */
export const routeInventory = new WeakMap<FastifyInstance, RouteEntry[]>();

export function declareAccessCheck(app: FastifyInstance): void {
  const inventory: RouteEntry[] = [];
  routeInventory.set(app, inventory);
  app.addHook('onRoute', (route: RouteOptions) => {
    const config = (route.config ?? {}) as { permission?: RouteAccess; public?: boolean };
    for (const method of [route.method].flat()) {
      inventory.push({ method, url: route.url, permission: config.permission ?? null, public: config.public === true || (!config.permission && isPluginPublic(route.url)) });
    }
    if (config.permission || config.public === true) return;
    if (isPluginPublic(route.url)) {
      route.config = { ...config, public: true };
      return;
    }
    throw new Error(`Route ${String(route.method)} ${route.url} declares neither a permission nor public: true`);
  });
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function installGuard(app: FastifyInstance, deps: { db: Db; auth: AuthSettings }): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const config = request.routeOptions.config;
    const token = request.cookies[SESSION_COOKIE];
    if (token) await resolveSession(request, reply, deps, token);

    if (config.public === true || request.is404) return;
    const session = request.session;
    if (!session || !request.actor) throw new AppError(401, 'unauthenticated');
    checkCsrf(request, session.token);
    const needed = config.permission;
    if (needed === 'authenticated') return;
    if (session.stage !== 'complete') throw new AppError(403, 'mfa_required');
    if (!needed || !roleHas(request.actor.role, needed)) throw new AppError(403, 'forbidden');
  });
}

function checkCsrf(request: FastifyRequest, token: string): void {
  if (safeMethods.has(request.method)) return;
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || sent !== csrfFor(token)) throw new AppError(403, 'csrf_failed');
}

async function resolveSession(request: FastifyRequest, reply: FastifyReply, deps: { db: Db; auth: AuthSettings }, token: string): Promise<void> {
  const row = await findSession(deps.db, token);
  const now = Date.now();
  const expired =
    !row ||
    row.user.disabled ||
    row.absoluteExpiresAt.getTime() <= now ||
    now - row.lastSeenAt.getTime() > deps.auth.idleTimeoutMs;
  if (expired) {
    if (row) await revokeSession(deps.db, row.tokenHash);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return;
  }
  // Touch at most once a minute: keeps the idle timer honest without a write per request.
  if (now - row.lastSeenAt.getTime() > 60_000) await touchSession(deps.db, row.tokenHash);
  request.session = { tokenHash: row.tokenHash, token, stage: row.stage, userId: row.user.id };
  request.actor = {
    userId: row.user.id,
    role: row.user.role,
    centreId: row.user.centreId,
    teamIds: row.user.teamIds,
    isDemo: row.user.isDemo,
  };
}

export function ctxOf(request: FastifyRequest, db: Db): Ctx {
  return { actor: request.actor, locale: localeOf(request), route: `${request.method} ${request.routeOptions.url ?? ''}`, db };
}

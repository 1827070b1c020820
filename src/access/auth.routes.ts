import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AuthSettings } from '../platform/config.js';
import { inTransaction } from '../platform/context.js';
import type { Db } from '../platform/db.js';
import { AppError } from '../platform/errors.js';
import type { SecretBox } from '../platform/secret-box.js';
import { centres } from './access.tables.js';
import { confirmResponse, codeBody, enrolResponse, loginBody, providersResponse, sessionResponse, verifyBody, type SessionResponse } from './auth.schema.js';
import { CSRF_COOKIE, SESSION_COOKIE, ctxOf } from './guard.js';
import { login } from './login.service.js';
import { confirmEnrolment, startEnrolment, verifySecondFactor } from './mfa.service.js';
import { csrfFor, findSession, revokeSession, revokeUserSessions, teamsOf } from './session.repository.js';

export interface AuthRouteDeps {
  db: Db;
  auth: AuthSettings;
  box: SecretBox;
  oidcLabel: string | null;
}

export function setSessionCookies(request: FastifyRequest, reply: FastifyReply, token: string): void {
  const secure = request.protocol === 'https';
  void reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure });
  // Readable by the page script, which echoes it in the x-csrf-token header on every write.
  void reply.setCookie(CSRF_COOKIE, csrfFor(token), { path: '/', httpOnly: false, sameSite: 'strict', secure });
}

export async function describeSession(db: Db, token: string | undefined): Promise<SessionResponse> {
  if (!token) return { authenticated: false };
  const row = await findSession(db, token);
  if (!row) return { authenticated: false };
  const [centre] = await db.select().from(centres).where(eq(centres.id, row.user.centreId));
  return {
    authenticated: true,
    stage: row.stage,
    user: {
      id: row.user.id,
      email: row.user.email,
      displayName: row.user.displayName,
      role: row.user.role,
      centre: { id: centre!.id, code: centre!.code, name: centre!.name },
      teams: await teamsOf(db, row.user.id),
      isDemo: row.user.isDemo,
    },
  };
}

export function authRoutes(app: FastifyInstance, deps: AuthRouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];
  const mfaDeps = { box: deps.box, auth: deps.auth };
  const sessionOf = (request: FastifyRequest) => {
    if (!request.session) throw new AppError(401, 'unauthenticated');
    return request.session;
  };

  r.get('/api/auth/session', { config: { public: true }, schema: { tags, response: { 200: sessionResponse } } }, async (request, reply) => {
    const session = request.session;
    if (!session) return { authenticated: false as const };
    void reply.setCookie(CSRF_COOKIE, csrfFor(session.token), { path: '/', httpOnly: false, sameSite: 'strict', secure: request.protocol === 'https' });
    return describeSession(deps.db, session.token);
  });

  r.get('/api/auth/providers', { config: { public: true }, schema: { tags, response: { 200: providersResponse } } }, async () => ({
    oidc: deps.oidcLabel ? { label: deps.oidcLabel, startUrl: '/api/auth/oidc/start' } : null,
  }));

  r.post('/api/auth/login', { config: { public: true }, schema: { tags, body: loginBody, response: { 200: sessionResponse } } }, async (request, reply) => {
    const result = await login(ctxOf(request, deps.db), deps.auth, { ...request.body, ip: request.ip });
    if (request.session) await revokeSession(deps.db, request.session.tokenHash);
    setSessionCookies(request, reply, result.token);
    return describeSession(deps.db, result.token);
  });

  r.post('/api/auth/mfa/enrol', { config: { permission: 'authenticated' }, schema: { tags, body: z.strictObject({}).optional(), response: { 200: enrolResponse } } }, async (request) => {
    const session = sessionOf(request);
    if (session.stage !== 'mfa_enrol') throw new AppError(409, 'mfa_wrong_stage');
    return startEnrolment(ctxOf(request, deps.db), mfaDeps, session.userId);
  });

  r.post('/api/auth/mfa/enrol/confirm', { config: { permission: 'authenticated' }, schema: { tags, body: codeBody, response: { 200: confirmResponse } } }, async (request) => {
    const session = sessionOf(request);
    if (session.stage !== 'mfa_enrol') throw new AppError(409, 'mfa_wrong_stage');
    const recoveryCodes = await confirmEnrolment(ctxOf(request, deps.db), mfaDeps, session, request.body.code);
    return { recoveryCodes, session: await describeSession(deps.db, session.token) };
  });

  r.post('/api/auth/mfa/verify', { config: { permission: 'authenticated' }, schema: { tags, body: verifyBody, response: { 200: sessionResponse } } }, async (request) => {
    const session = sessionOf(request);
    if (session.stage !== 'mfa_challenge') throw new AppError(409, 'mfa_wrong_stage');
    const body = request.body;
    await verifySecondFactor(ctxOf(request, deps.db), mfaDeps, session, 'code' in body ? { code: body.code } : { recoveryCode: body.recoveryCode });
    return describeSession(deps.db, session.token);
  });

  r.post('/api/auth/logout', { config: { permission: 'authenticated' }, schema: { tags } }, async (request, reply) => {
    const session = sessionOf(request);
    await inTransaction(ctxOf(request, deps.db), async ({ tx, audit }) => {
      await revokeSession(tx, session.tokenHash);
      audit({ action: 'auth.logout', recordType: 'user', recordId: session.userId });
    });
    void reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  r.post('/api/auth/logout-all', { config: { permission: 'authenticated' }, schema: { tags } }, async (request, reply) => {
    const session = sessionOf(request);
    await inTransaction(ctxOf(request, deps.db), async ({ tx, audit }) => {
      await revokeUserSessions(tx, session.userId);
      audit({ action: 'auth.logout_everywhere', recordType: 'user', recordId: session.userId });
    });
    void reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
    return reply.status(204).send();
  });
}

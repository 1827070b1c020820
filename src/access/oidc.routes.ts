// Optional single sign-on through OpenID Connect (authorisation code + PKCE). The identity
// provider's claim (e-mail by default) is mapped to an existing Schakel account: SSO never
// creates accounts, so an admin still decides who has access and with which role.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { eq, sql } from 'drizzle-orm';
import * as client from 'openid-client';
import { z } from 'zod';
import type { AuthSettings, OidcSettings } from '../platform/config.js';
import { inTransaction } from '../platform/context.js';
import type { Db } from '../platform/db.js';
import { AppError } from '../platform/errors.js';
import type { SecretBox } from '../platform/secret-box.js';
import { users } from './access.tables.js';
import { setSessionCookies } from './auth.routes.js';
import { ctxOf } from './guard.js';
import { initialStage } from './login.service.js';
import { createSession } from './session.repository.js';

const FLOW_COOKIE = 'schakel_oidc';

export async function oidcRoutes(app: FastifyInstance, deps: { db: Db; auth: AuthSettings; oidc: OidcSettings | undefined; box: SecretBox }): Promise<void> {
  const settings = deps.oidc;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];
  let discovered: Promise<client.Configuration> | undefined;
  // Discovery happens at first use: the provider may start after Schakel does.
  const configuration = (s: OidcSettings) => {
    discovered ??= client
      .discovery(new URL(s.issuer), s.clientId, s.clientSecret, undefined, new URL(s.issuer).protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {})
      .catch((e: unknown) => {
        discovered = undefined;
        throw e;
      });
    return discovered;
  };

  r.get('/api/auth/oidc/start', { config: { public: true }, schema: { tags } }, async (request, reply) => {
    if (!settings) throw new AppError(404, 'oidc_not_configured');
    const config = await configuration(settings);
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: settings.redirectUri,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
    });
    // Lax, not Strict: the provider sends the browser back with a cross-site navigation.
    void reply.setCookie(FLOW_COOKIE, deps.box.seal(JSON.stringify({ verifier, state })), {
      path: '/api/auth/oidc',
      httpOnly: true,
      sameSite: 'lax',
      secure: request.protocol === 'https',
      maxAge: 600,
    });
    return reply.redirect(url.href);
  });

  r.get('/api/auth/oidc/callback', { config: { public: true }, schema: { tags, querystring: z.record(z.string(), z.string()) } }, async (request, reply) => {
    if (!settings) throw new AppError(404, 'oidc_not_configured');
    const sealed = request.cookies[FLOW_COOKIE];
    if (!sealed) throw new AppError(400, 'oidc_failed');
    void reply.clearCookie(FLOW_COOKIE, { path: '/api/auth/oidc' });
    let flow: { verifier: string; state: string };
    try {
      flow = JSON.parse(deps.box.open(sealed)) as { verifier: string; state: string };
    } catch {
      throw new AppError(400, 'oidc_failed');
    }
    const config = await configuration(settings);
    const current = new URL(request.url, settings.redirectUri);
    let claims: Record<string, unknown>;
    try {
      const tokens = await client.authorizationCodeGrant(config, current, { pkceCodeVerifier: flow.verifier, expectedState: flow.state });
      claims = (tokens.claims() ?? {});
      // Conforming providers put profile claims in userinfo rather than the ID token.
      if (claims[settings.claim] === undefined && typeof claims.sub === 'string') {
        claims = { ...(await client.fetchUserInfo(config, tokens.access_token, claims.sub)), ...claims };
      }
    } catch {
      throw new AppError(400, 'oidc_failed');
    }
    const subject = typeof claims.sub === 'string' ? claims.sub : '';
    const claimValue = claims[settings.claim];
    const [bySubject] = await deps.db.select().from(users).where(eq(users.oidcSubject, subject));
    const [byClaim] = bySubject || typeof claimValue !== 'string' ? [] : await deps.db.select().from(users).where(eq(sql`lower(${users.email})`, claimValue.toLowerCase()));
    const user = bySubject ?? byClaim;
    if (!user || user.disabledAt) throw new AppError(403, 'oidc_unknown_user');
    const stage = settings.trustMfa ? 'complete' : initialStage(user);
    const token = await inTransaction({ ...ctxOf(request, deps.db), actor: null }, async ({ tx, audit }) => {
      await tx.update(users).set({ oidcSubject: subject, lastLoginAt: new Date() }).where(eq(users.id, user.id));
      audit({ action: 'auth.login_oidc', recordType: 'user', recordId: user.id, centreId: user.centreId, details: { stage } });
      return createSession(tx, user.id, stage, deps.auth.absoluteTimeoutMs);
    });
    setSessionCookies(request, reply, token);
    return reply.redirect('/');
  });
}

// buildApp(): the whole HTTP application for a given configuration and database. Tests build it
// around a throwaway database; server.ts builds it around the real one and listens.
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import { authRoutes } from './access/auth.routes.js';
import { declareAccessCheck, installGuard } from './access/guard.js';
import { oidcRoutes } from './access/oidc.routes.js';
import { usersRoutes } from './access/users.routes.js';
import './access/access.messages.js';
import { auditRoutes } from './audit/audit.routes.js';
import { registerChat } from './chat/chat.plugin.js';
import { contactsRoutes } from './contacts/contacts.routes.js';
import { RepeatKeys } from './contacts/contacts.service.js';
import { hotlineRoutes } from './hotline/hotline.routes.js';
import { handoffRoutes } from './handoff/handoff.routes.js';
import { consultRoutes } from './consult/consult.routes.js';
import { kindreflexRoutes } from './kindreflex/kindreflex.routes.js';
import { caseRoutes } from './cases/cases.routes.js';
import { monitoringRoutes } from './monitoring/monitoring.routes.js';
import { assessmentsRoutes } from './assessments/assessments.routes.js';
import { plansRoutes } from './plans/plans.routes.js';
import { partnersRoutes } from './partners/partners.routes.js';
import { teamworkRoutes } from './teamwork/teamwork.routes.js';
import { manoRoutes } from './mano/mano.routes.js';
import { retentionRoutes } from './retention/retention.routes.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db.js';
import { installErrorHandling } from './platform/errors.js';
import { healthRoutes } from './platform/health.routes.js';
import { loggerOptions } from './platform/logging.js';
import { appliedMigration } from './platform/migrate.js';
import { SecretBox } from './platform/secret-box.js';
import { zodValidatorCompiler } from './platform/validation.js';

export const BODY_LIMIT = 256 * 1024;
const webDist = fileURLToPath(new URL('../web/dist', import.meta.url));

export interface AppDeps {
  config: Config;
  database: Database;
  secretKey: string;
  /** Where logs go (default stdout); tests capture them to prove what is never logged. */
  logStream?: NodeJS.WritableStream;
}

export async function buildApp({ config, database, secretKey, logStream }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config.logLevel, logStream),
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    ajv: { customOptions: { strict: true } },
  });
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app, BODY_LIMIT);
  declareAccessCheck(app);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Schakel API', version: '0.1.0', description: 'Schakel: VK, hotline 1712 and chat for minors' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'schakel_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  // The docs page needs inline styles of its own; it shows only the public API description.
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  // Before any route: the plugin must see every route to refuse upgrades where none is declared.
  await app.register(websocket, { options: { maxPayload: 16 * 1024 } });

  const box = new SecretBox(secretKey);
  const db = database.db;
  installGuard(app, { db, auth: config.auth });
  healthRoutes(app, database, await appliedMigration(database));
  authRoutes(app, { db, auth: config.auth, box, oidcLabel: config.oidc?.label ?? null });
  await oidcRoutes(app, { db, auth: config.auth, oidc: config.oidc, box });
  usersRoutes(app, { db });
  auditRoutes(app, { db });
  await registerChat(app, { database, secretKey });
  contactsRoutes(app, { db });
  hotlineRoutes(app, { db, repeatKeys: new RepeatKeys(secretKey) });
  handoffRoutes(app, { db });
  consultRoutes(app, { db });
  await kindreflexRoutes(app, { db, secretKey });
  caseRoutes(app, { db, indexFirst: database.indexFirst ?? null, documentMaxBytes: config.documentMaxBytes });
  monitoringRoutes(app, { db });
  assessmentsRoutes(app, { db });
  plansRoutes(app, { db });
  partnersRoutes(app, { db });
  teamworkRoutes(app, { db });
  manoRoutes(app, { db });
  retentionRoutes(app, { db });

  if (existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
    // Single-page app: unknown non-API paths get the shell; unknown API paths stay JSON 404s.
    app.get('/*', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
      if (request.url.startsWith('/api')) return reply.callNotFound();
      return reply.type('text/html').sendFile('index.html');
    });
  }
  return app;
}

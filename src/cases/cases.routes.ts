// All case-work routes, registered from app.ts as one capability.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../platform/db.js';
import './cases.messages.js';
import { intakeRoutes } from './intake/intake.routes.js';
import { taxonomyRoutes } from './taxonomy/taxonomy.routes.js';

export function caseRoutes(app: FastifyInstance, deps: { db: Db }): void {
  taxonomyRoutes(app, deps);
  intakeRoutes(app, deps);
}

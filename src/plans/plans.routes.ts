// The plans of a case: the safety plan (immediate safety) and the recovery plan.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../platform/db.js';
import './plans.messages.js';
import { recoveryPlanRoutes } from './recovery-plan.routes.js';
import { safetyPlanRoutes } from './safety-plan.routes.js';

export function plansRoutes(app: FastifyInstance, deps: { db: Db }): void {
  safetyPlanRoutes(app, deps);
  recoveryPlanRoutes(app, deps);
}

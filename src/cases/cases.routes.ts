// All case-work routes, registered from app.ts as one capability.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../platform/db.js';
import './cases.messages.js';
import { documentRoutes } from './documents/documents.routes.js';
import { caseFileRoutes } from './file/file.routes.js';
import { homeRoutes } from './home/home.routes.js';
import { intakeRoutes } from './intake/intake.routes.js';
import { searchRoutes } from './search/search.routes.js';
import { taxonomyRoutes } from './taxonomy/taxonomy.routes.js';
import { waitingRoutes } from './waiting/waiting.routes.js';

export function caseRoutes(app: FastifyInstance, deps: { db: Db; indexFirst: Db | null; documentMaxBytes: number }): void {
  taxonomyRoutes(app, deps);
  intakeRoutes(app, deps);
  homeRoutes(app, deps);
  waitingRoutes(app, deps);
  searchRoutes(app, deps);
  caseFileRoutes(app, deps);
  documentRoutes(app, { db: deps.db, maxBytes: deps.documentMaxBytes });
}

// Wires the chat into the application: the database-backed bus between processes, the hub of
// this process's sockets, rate limits for the public routes, and a transport heartbeat that drops
// sockets whose network silently died (a phone going to sleep).
import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import type { Database } from '../platform/db.js';
import { rateLimitOptions } from '../platform/rate-limit.js';
import { AppError } from '../platform/errors.js';
import { openChatBus } from './chat-bus.js';
import { ChatHub } from './chat-hub.js';
import { ChatSecrets } from './chat-secrets.js';
import { ChatStore } from './chat-store.js';
import { chatRoutes } from './chat.routes.js';
import { consoleRoutes } from './console.routes.js';
import { superviseRoutes } from './supervise.routes.js';
import { feedbackRoutes } from './feedback.routes.js';
import type { ChatSocketDeps } from './child-socket.js';
import './chat.messages.js';

const HEARTBEAT_MS = 30_000;

export interface ChatPluginOptions {
  database: Database;
  secretKey: string;
}

export async function registerChat(app: FastifyInstance, options: ChatPluginOptions): Promise<ChatHub> {
  const bus = await openChatBus(options.database);
  const hub = new ChatHub(bus);
  const db = options.database.db;
  const deps: ChatSocketDeps = { db, hub, secrets: new ChatSecrets(options.secretKey), store: new ChatStore(db) };

  await app.register(async (scope) => {
    await scope.register(rateLimit, {
      // Counted in the database under a keyed hash: one budget per address across all processes.
      ...rateLimitOptions(options.database.db, options.secretKey),
      // The limiter needs to recognise an address for a few minutes, not to know it.
      keyGenerator: (request) => createHash('sha256').update(`schakel-chat-limit:${request.ip}`).digest('base64url'),
      errorResponseBuilder: () => new AppError(429, 'rate_limited'),
    });
    chatRoutes(scope, deps);
    consoleRoutes(scope, deps);
    superviseRoutes(scope, deps);
    feedbackRoutes(scope, deps);
  });

  const awaitingPong = new WeakSet<WebSocket>();
  const timer = setInterval(() => {
    for (const socket of app.websocketServer.clients) {
      if (awaitingPong.has(socket)) {
        socket.terminate();
        continue;
      }
      awaitingPong.add(socket);
      socket.once('pong', () => awaitingPong.delete(socket));
      socket.ping();
    }
  }, HEARTBEAT_MS);
  timer.unref();

  app.addHook('onClose', async () => {
    clearInterval(timer);
    hub.stop();
    await bus.close();
  });
  return hub;
}

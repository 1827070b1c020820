// The after-chat question: the child answers without an account (the chat's own token proves it
// was their chat); supervisors and analysts read only the monthly counts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../access/guard.js';
import { actorOf } from './queue.service.js';
import type { ChatSocketDeps } from './child-socket.js';
import { tokenSchema } from './chat.schema.js';
import { feedbackAnswers } from './chat.tables.js';
import { DISCLOSURE_THRESHOLD } from '../monitoring/disclosure.js';
import { feedbackByMonth, publishableFeedback, recordFeedback } from './feedback.service.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const thisMonth = () => new Date().toISOString().slice(0, 7);
const monthsQuery = z.strictObject({ from: month.optional(), to: month.optional() });
const count = z.number().nullable().describe('null: withheld (fewer than `threshold`, or it would give such a count away)');
const monthsResponse = z.object({
  months: z.array(z.object({ month: z.string(), counts: z.object(Object.fromEntries(feedbackAnswers.map((a) => [a, count])) as Record<(typeof feedbackAnswers)[number], typeof count>), total: count })),
  threshold: z.number(),
});
/** Default range: the last twelve months up to this one. */
function range(query: { from?: string | undefined; to?: string | undefined }) {
  const to = query.to ?? thisMonth();
  const [y, m] = to.split('-').map(Number) as [number, number];
  const from = query.from ?? `${m === 12 ? y : y - 1}-${String((m % 12) + 1).padStart(2, '0')}`;
  return { from, to };
}

export function feedbackRoutes(app: FastifyInstance, deps: ChatSocketDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/chat/feedback',
    { config: { public: true, rateLimit: { max: 10, timeWindow: 10 * 60_000 } }, schema: { tags: ['chat'], body: z.strictObject({ token: tokenSchema, answer: z.enum(feedbackAnswers) }) } },
    async (request, reply) => {
      await recordFeedback(deps.db, deps.secrets, request.body.token, request.body.answer);
      return reply.status(204).send();
    },
  );

  // Both readings withhold small counts: a supervisor knows who chatted with whom in a quiet month.
  r.get('/api/console/feedback', { config: { permission: 'chat:supervise' }, schema: { tags: ['chat supervision'], querystring: monthsQuery, response: { 200: monthsResponse } } }, async (request) => ({
    months: publishableFeedback(await feedbackByMonth(deps.db, { ...range(request.query), centreId: actorOf(ctxOf(request, deps.db)).centreId })),
    threshold: DISCLOSURE_THRESHOLD,
  }));

  // All chat services together: an anonymous monthly figure for monitoring (counts only).
  r.get('/api/monitoring/chat-feedback', { config: { permission: 'monitoring:read' }, schema: { tags: ['monitoring'], querystring: monthsQuery, response: { 200: monthsResponse } } }, async (request) => ({
    months: publishableFeedback(await feedbackByMonth(deps.db, range(request.query))),
    threshold: DISCLOSURE_THRESHOLD,
  }));
}

import type { Actor, Ctx } from '../platform/context.js';
import { AppError } from '../platform/errors.js';

/** Case services act for a signed-in person only; the guard has already checked the route. */
export function actorOf(ctx: Ctx): Actor {
  if (!ctx.actor) throw new AppError(401, 'unauthenticated');
  return ctx.actor;
}

// The words of the chat: pre-chat choices, and the messages that travel over the WebSockets.
// Every frame from a browser is parsed here first; anything else is refused, never guessed at.
import { z } from 'zod';

export const MESSAGE_MAX = 2_000;
export const NOTE_MAX = 4_000;

export const ageBands = ['under_12', '12_14', '15_17', '18_plus'] as const;
export const topics = ['home', 'hurt', 'touch', 'online', 'friend', 'other'] as const;
/** The child's own feeling: 2 "it is urgent", 1 "fairly", 0 "it can wait". */
export const urgencySchema = z.number().int().min(0).max(2);
export const localeSchema = z.enum(['nl-BE', 'en']);

export const startBody = z.strictObject({
  ageBand: z.enum(ageBands).optional(),
  topic: z.enum(topics).optional(),
  urgency: urgencySchema.default(1),
  locale: localeSchema.default('nl-BE'),
  /** The token of an earlier chat in this browser: a blocked sender stays blocked. */
  previousToken: z.string().min(20).max(100).optional(),
});

export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const messageBody = z.string().max(MESSAGE_MAX).refine((s) => s.trim().length > 0);
const seq = z.number().int().min(0).max(2_147_483_647);

/** Frames a child's browser may send. */
export const childFrame = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hello'), token: tokenSchema, after: seq }),
  z.strictObject({ type: z.literal('send'), clientId: z.uuid(), body: messageBody }),
  z.strictObject({ type: z.literal('seen'), delivered: seq, read: seq }),
  z.strictObject({ type: z.literal('leave'), reason: z.enum(['child_left', 'quick_exit']) }),
  z.strictObject({ type: z.literal('ping') }),
]);
export type ChildFrame = z.infer<typeof childFrame>;

/** Frames a counsellor's console may send. */
export const staffFrame = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hello'), after: z.record(z.uuid(), seq) }),
  z.strictObject({ type: z.literal('send'), conversationId: z.uuid(), clientId: z.uuid(), body: messageBody }),
  z.strictObject({ type: z.literal('seen'), conversationId: z.uuid(), delivered: seq, read: seq }),
  z.strictObject({ type: z.literal('ping') }),
]);
export type StaffFrame = z.infer<typeof staffFrame>;

export function parseFrame<T>(schema: z.ZodType<T>, raw: string): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface WireMessage {
  seq: number;
  clientId: string;
  from: 'child' | 'counsellor' | 'system';
  body: string;
  sentAt: string;
}

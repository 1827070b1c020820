import { z } from 'zod';
import { roles } from './permissions.js';

export const loginBody = z.strictObject({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1024),
});

export const sessionUser = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  centre: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  teams: z.array(z.object({ id: z.uuid(), name: z.string() })),
  isDemo: z.boolean(),
});

export const sessionResponse = z.union([
  z.object({ authenticated: z.literal(false) }),
  z.object({
    authenticated: z.literal(true),
    stage: z.enum(['mfa_enrol', 'mfa_challenge', 'complete']),
    user: sessionUser,
  }),
]);
export type SessionResponse = z.infer<typeof sessionResponse>;

export const enrolResponse = z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() });
export const codeBody = z.strictObject({ code: z.string().trim().regex(/^\d{6}$/) });
export const verifyBody = z.union([
  z.strictObject({ code: z.string().trim().regex(/^\d{6}$/) }),
  z.strictObject({ recoveryCode: z.string().trim().min(6).max(32) }),
]);
export const confirmResponse = z.object({ recoveryCodes: z.array(z.string()), session: sessionResponse });
export const providersResponse = z.object({
  oidc: z.object({ label: z.string(), startUrl: z.string() }).nullable(),
});

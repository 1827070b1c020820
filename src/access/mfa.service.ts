// TOTP two-factor authentication, required for every staff account (demo accounts excepted).
// Secrets are sealed at rest; a code is accepted once (replay guard); recovery codes are single-use.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { AuthSettings } from '../platform/config.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import { AppError } from '../platform/errors.js';
import type { SecretBox } from '../platform/secret-box.js';
import { recoveryCodes, users } from './access.tables.js';
import { setSessionStage } from './session.repository.js';
import { accountKey, clearFailures, isLocked, recordFailure, throttleState } from './throttle.js';

const ISSUER = 'Schakel';
const hashCode = (code: string): string =>
  createHash('sha256').update(`recovery:${code.replace(/[\s-]/g, '').toLowerCase()}`).digest('hex');

export interface MfaDeps {
  box: SecretBox;
  auth: AuthSettings;
}

async function userRow(ctx: Ctx, userId: string) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new AppError(401, 'unauthenticated');
  return user;
}

export async function startEnrolment(ctx: Ctx, deps: MfaDeps, userId: string) {
  const user = await userRow(ctx, userId);
  const secret = generateSecret();
  const otpauthUrl = generateURI({ issuer: ISSUER, label: user.email, secret });
  await inTransaction(ctx, async ({ tx, audit }) => {
    await tx.update(users).set({ mfaPendingSecret: deps.box.seal(secret) }).where(eq(users.id, userId));
    audit({ action: 'auth.mfa_enrol_start', recordType: 'user', recordId: userId, centreId: user.centreId });
  });
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { secret, otpauthUrl, qrSvg };
}

async function checkCode(secret: string, code: string, lastStep: number | null): Promise<number | null> {
  const result = await verify({
    secret,
    token: code.replace(/\s/g, ''),
    epochTolerance: 30, // one step either side: phones drift
    ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
  });
  return result.valid ? (result as { timeStep?: number }).timeStep ?? Math.floor(Date.now() / 30_000) : null;
}

async function guardAttempts(ctx: Ctx, deps: MfaDeps, userId: string): Promise<void> {
  const state = await throttleState(ctx.db, accountKey(userId));
  if (isLocked(state)) {
    throw new AppError(423, 'account_locked', { until: state.lockedUntil!.toISOString().slice(0, 16).replace('T', ' ') });
  }
}

async function failAttempt(ctx: Ctx, deps: MfaDeps, user: { id: string; centreId: string }): Promise<never> {
  await inTransaction(ctx, async ({ tx, audit }) => {
    await recordFailure(tx, accountKey(user.id), deps.auth.lockAfter, deps.auth.lockMs, 24 * 3_600_000);
    audit({ action: 'auth.mfa_failed', recordType: 'user', recordId: user.id, centreId: user.centreId });
  });
  throw new AppError(400, 'mfa_invalid_code', {}, [{ path: 'code', key: 'mfa_invalid_code' }]);
}

export async function confirmEnrolment(ctx: Ctx, deps: MfaDeps, session: { userId: string; tokenHash: string }, code: string): Promise<string[]> {
  const user = await userRow(ctx, session.userId);
  if (!user.mfaPendingSecret) throw new AppError(409, 'mfa_not_enrolling');
  await guardAttempts(ctx, deps, user.id);
  const secret = deps.box.open(user.mfaPendingSecret);
  const step = await checkCode(secret, code, null);
  if (step === null) return failAttempt(ctx, deps, user);
  const codes = Array.from({ length: 10 }, () => {
    const raw = randomBytes(5).toString('hex'); // 40 bits each, shown as xxxxx-xxxxx
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  await inTransaction(ctx, async ({ tx, audit }) => {
    await tx
      .update(users)
      .set({ mfaSecret: user.mfaPendingSecret, mfaPendingSecret: null, mfaEnrolledAt: new Date(), mfaLastStep: step })
      .where(eq(users.id, user.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId: user.id, codeHash: hashCode(c) })));
    await clearFailures(tx, accountKey(user.id));
    await setSessionStage(tx, session.tokenHash, 'complete');
    audit({ action: 'auth.mfa_enrolled', recordType: 'user', recordId: user.id, centreId: user.centreId });
  });
  return codes;
}

export async function verifySecondFactor(
  ctx: Ctx,
  deps: MfaDeps,
  session: { userId: string; tokenHash: string },
  input: { code?: string | undefined; recoveryCode?: string | undefined },
): Promise<void> {
  const user = await userRow(ctx, session.userId);
  if (!user.mfaSecret) throw new AppError(409, 'mfa_wrong_stage');
  await guardAttempts(ctx, deps, user.id);
  if (input.code) {
    const step = await checkCode(deps.box.open(user.mfaSecret), input.code, user.mfaLastStep);
    if (step === null) return failAttempt(ctx, deps, user);
    await inTransaction(ctx, async ({ tx, audit }) => {
      await tx.update(users).set({ mfaLastStep: step }).where(eq(users.id, user.id));
      await clearFailures(tx, accountKey(user.id));
      await setSessionStage(tx, session.tokenHash, 'complete');
      audit({ action: 'auth.mfa_verified', recordType: 'user', recordId: user.id, centreId: user.centreId });
    });
    return;
  }
  const used = await inTransaction(ctx, async ({ tx, audit }) => {
    const [row] = await tx
      .update(recoveryCodes)
      .set({ usedAt: new Date() })
      .where(and(eq(recoveryCodes.userId, user.id), eq(recoveryCodes.codeHash, hashCode(input.recoveryCode ?? '')), isNull(recoveryCodes.usedAt)))
      .returning({ id: recoveryCodes.id });
    if (!row) return false;
    await clearFailures(tx, accountKey(user.id));
    await setSessionStage(tx, session.tokenHash, 'complete');
    audit({ action: 'auth.mfa_recovery_code_used', recordType: 'user', recordId: user.id, centreId: user.centreId });
    return true;
  });
  if (!used) await failAttempt(ctx, deps, user);
}

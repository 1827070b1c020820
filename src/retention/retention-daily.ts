// Everything retention does once a day, for every centre, in one place: the daily job and
// `schakel retention run` both call runDailyRetention, so an operator who runs it by hand gets
// exactly what the night would have done. Case-work records go through a recorded dry run and
// the purge it describes (retention.service.ts); the free-text reasons of hand-offs without
// consent are emptied after their conversation's period (handoff-reason-retention.ts).
import { countExpiredHandoffReasons, emptyExpiredHandoffReasons } from '../handoff/handoff-reason-retention.js';
import { systemCtx } from '../platform/context.js';
import type { Db } from '../platform/db.js';
import { dryRun, purge } from './retention.service.js';

export interface DailyRetention {
  dryRun: Awaited<ReturnType<typeof dryRun>>;
  /** Null when only a dry run was asked for. */
  purge: Awaited<ReturnType<typeof purge>> | null;
  /** Hand-off reasons past their period: emptied now, or (dry run) that would be. */
  handoffReasons: { due: number; emptied: number };
}

/**
 * `source` names who ran it in the audit log ('job retention', 'cli retention'). With
 * `dryRunOnly` nothing changes: the case-work dry run is recorded and the due reasons counted.
 */
export async function runDailyRetention(db: Db, options: { source: string; dryRunOnly?: boolean; now?: Date }): Promise<DailyRetention> {
  const now = options.now ?? new Date();
  const ctx = systemCtx(db, options.source);
  if (options.dryRunOnly) return { dryRun: await dryRun(ctx, now), purge: null, handoffReasons: { due: await countExpiredHandoffReasons(db, now), emptied: 0 } };
  // Each part runs even when the other fails: a case-work purge that stumbles must not keep a
  // child's story in a hand-off reason past its period, nor the other way round.
  const casework = await settle(async () => {
    const dry = await dryRun(ctx, now);
    return { dryRun: dry, purge: await purge(ctx, dry.runId, now) };
  });
  const reasons = await settle(() => emptyExpiredHandoffReasons(db, now, options.source));
  if (!casework.ok) throw casework.error;
  if (!reasons.ok) throw reasons.error;
  return { ...casework.value, handoffReasons: { due: reasons.value, emptied: reasons.value } };
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
async function settle<T>(work: () => Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The scheduled job: every centre, a dry run recorded first, then all it describes. */
export const retentionJob = (db: Db, now = new Date()) => runDailyRetention(db, { source: 'job retention', now });

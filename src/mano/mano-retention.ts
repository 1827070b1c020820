// The end of MANO's retention, called by the retention run (src/retention): tracks and their
// letters. What stays is each track's outcome. A track still running keeps its case file.
import { inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Tx } from '../platform/db.js';
import { rowsIn, type Purged } from '../platform/purged.js';
import { manoLetters, manoTracks } from './mano.tables.js';

export async function purgeMano(tx: Tx, ids: string[]): Promise<Purged> {
  const letters = await tx.delete(manoLetters).where(inArray(manoLetters.caseId, ids)).returning({ id: manoLetters.id });
  const gone = await tx.delete(manoTracks).where(inArray(manoTracks.caseId, ids)).returning({ caseId: manoTracks.caseId, outcome: manoTracks.outcome });
  return { records: rowsIn(letters, gone), values: gone.map((g) => ({ caseId: g.caseId, metric: 'mano_outcome', value: g.outcome ?? 'open' })) };
}

/** True in SQL while the case with this id has a MANO track without an outcome. */
export const manoTrackRunning = (caseId: AnyPgColumn): SQL => sql`exists (select 1 from ${manoTracks} where ${manoTracks.caseId} = ${caseId} and ${manoTracks.outcome} is null)`;

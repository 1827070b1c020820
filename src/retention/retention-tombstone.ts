// The end of a case file: what shorter periods left of its case-work records goes first (each
// capability purges its own), then the case file itself becomes a tombstone (src/cases/
// case-file-tombstone.ts explains what stays and why). One transaction: never half purged.
import { tombstoneCaseFiles } from '../cases/case-file-tombstone.js';
import type { Tx } from '../platform/db.js';
import { purgeOrder } from './retention-policy.js';
import { purgers, type Purged } from './retention-purge.js';

export { purgeIntakeReports } from '../cases/case-file-tombstone.js';

/** Case files to tombstones. The values: one per file (its track) and the case-work records left. */
export async function purgeCaseFiles(tx: Tx, caseIds: string[], now: Date): Promise<Purged & { files: { id: string; centreId: string }[] }> {
  const result: Purged & { files: { id: string; centreId: string }[] } = { records: 0, values: [], files: [] };
  if (caseIds.length === 0) return result;
  // What shorter periods left (a held-over disclosure, a document) goes with the file.
  for (const type of purgeOrder) {
    const purged = await purgers[type](tx, caseIds);
    result.records += purged.records;
    result.values.push(...purged.values);
  }
  const { records, files } = await tombstoneCaseFiles(tx, caseIds, now);
  result.records += records;
  result.values.push(...files.map((f) => ({ caseId: f.caseId, metric: 'case_file', value: f.track })));
  result.files = files.map((f) => ({ id: f.caseId, centreId: f.centreId }));
  return result;
}

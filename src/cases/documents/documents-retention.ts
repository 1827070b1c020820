// The end of documents' retention, called by the retention run (src/retention).
import { inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db.js';
import type { Purged } from '../../platform/purged.js';
import { caseDocumentContents, caseDocuments } from './documents.tables.js';

/** Documents with their bytes (also softly removed ones); the count per media type stays. */
export async function purgeDocuments(tx: Tx, ids: string[]): Promise<Purged> {
  const documentIds = (await tx.select({ id: caseDocuments.id }).from(caseDocuments).where(inArray(caseDocuments.caseId, ids))).map((d) => d.id);
  if (documentIds.length === 0) return { records: 0, values: [] };
  await tx.delete(caseDocumentContents).where(inArray(caseDocumentContents.documentId, documentIds));
  const gone = await tx.delete(caseDocuments).where(inArray(caseDocuments.id, documentIds)).returning({ caseId: caseDocuments.caseId, mediaType: caseDocuments.mediaType });
  return { records: gone.length, values: gone.map((g) => ({ caseId: g.caseId, metric: 'document_type', value: g.mediaType.split(';')[0]! })) };
}

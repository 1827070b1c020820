// Documents in a case file: added by the case team, listed and downloaded as audited reads,
// removed softly. The bytes are checked for what they are before anything is stored; a closed
// case takes no new documents and loses none.
import { createHash } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { staffNames } from '../../access/organisation.service.js';
import { inTransaction, type Ctx } from '../../platform/context.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { actorOf } from '../actor.js';
import { loadCaseFor, loadOpenCaseFor } from '../case.repository.js';
import { recordCaseEvents } from '../timeline.js';
import { documentTypes, safeFileName, sniffDocumentType } from './document-type.js';
import { caseDocumentContents, caseDocuments } from './documents.tables.js';

type DocumentRow = typeof caseDocuments.$inferSelect;

const present = (d: DocumentRow, names: Map<string, string>) => ({
  id: d.id,
  fileName: d.fileName,
  mediaType: d.mediaType,
  sizeBytes: d.sizeBytes,
  uploadedAt: d.uploadedAt.toISOString(),
  uploadedBy: { id: d.uploadedBy, name: names.get(d.uploadedBy) ?? '' },
});

/** Before the bytes are read: may this actor add to this case at all? (404 / 409 otherwise.) */
export async function assertMayAddDocument(ctx: Ctx, caseId: string): Promise<void> {
  const actor = actorOf(ctx);
  await inTransaction(ctx, async ({ tx }) => {
    await loadOpenCaseFor(tx, actor, caseId);
  });
}

export async function addDocument(ctx: Ctx, caseId: string, input: { fileName: string; bytes: Buffer }) {
  const actor = actorOf(ctx);
  if (input.bytes.length === 0) throw invalid([{ path: 'file', key: 'document_empty' }]);
  const type = sniffDocumentType(input.bytes);
  if (!type) throw new AppError(415, 'document_type_not_allowed', {}, [{ path: 'file', key: 'document_type_not_allowed' }]);
  const fileName = safeFileName(input.fileName, type);
  const now = new Date();
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const [document] = await tx
      .insert(caseDocuments)
      .values({ caseId: row.id, uploadedBy: actor.userId, fileName, mediaType: documentTypes[type].mediaType, sizeBytes: input.bytes.length, sha256: createHash('sha256').update(input.bytes).digest('hex'), uploadedAt: now })
      .returning();
    await tx.insert(caseDocumentContents).values({ documentId: document!.id, content: input.bytes });
    // No file name on the timeline or in the audit trail: names of documents often name people.
    const details = { documentId: document!.id, documentType: type, sizeBytes: input.bytes.length };
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'document.added', recordType: 'document', recordId: document!.id, occurredAt: now, details }]);
    audit({ action: 'case_document.create', recordType: 'case', recordId: row.id, centreId: row.centreId, details });
    return present(document!, await staffNames(tx, [actor.userId]));
  });
}

export async function listDocuments(ctx: Ctx, caseId: string) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId);
    const documents = await tx
      .select()
      .from(caseDocuments)
      .where(and(eq(caseDocuments.caseId, row.id), isNull(caseDocuments.removedAt)))
      .orderBy(asc(caseDocuments.uploadedAt));
    audit({ action: 'case_document.list', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { documentIds: documents.map((d) => d.id) } });
    const names = await staffNames(tx, documents.map((d) => d.uploadedBy));
    return { documents: documents.map((d) => present(d, names)), readOnly: row.status === 'closed' };
  });
}

/** The bytes of one document, for download: every read is in the audit trail. */
export async function readDocument(ctx: Ctx, caseId: string, documentId: string) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId);
    const [found] = await tx
      .select({ document: caseDocuments, content: caseDocumentContents.content })
      .from(caseDocuments)
      .innerJoin(caseDocumentContents, eq(caseDocumentContents.documentId, caseDocuments.id))
      .where(and(eq(caseDocuments.id, documentId), eq(caseDocuments.caseId, row.id), isNull(caseDocuments.removedAt)));
    if (!found) throw notFound();
    audit({ action: 'case_document.read', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { documentId } });
    return { fileName: found.document.fileName, mediaType: found.document.mediaType, content: found.content };
  });
}

export async function removeDocument(ctx: Ctx, caseId: string, documentId: string): Promise<void> {
  const actor = actorOf(ctx);
  const now = new Date();
  await inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const [removed] = await tx
      .update(caseDocuments)
      .set({ removedAt: now, removedBy: actor.userId })
      .where(and(eq(caseDocuments.id, documentId), eq(caseDocuments.caseId, row.id), isNull(caseDocuments.removedAt)))
      .returning({ id: caseDocuments.id });
    if (!removed) throw notFound();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'document.removed', recordType: 'document', recordId: documentId, occurredAt: now, details: { documentId } }]);
    audit({ action: 'case_document.remove', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { documentId } });
  });
}

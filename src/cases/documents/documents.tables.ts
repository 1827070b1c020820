import { bigint, customType, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../access/access.tables.js';
import { cases } from '../cases.tables.js';

/** Raw bytes. PostgreSQL's pg driver returns a Buffer, PGlite a Uint8Array: both become a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * A document in a case file (a school report, a medical letter, a photo). The metadata lives here;
 * the bytes in `case_document_contents`, so lists never read them. Both are in the database: one
 * PostgreSQL backup holds the whole file, and every process can serve every document.
 */
export const caseDocuments = pgTable(
  'case_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    /** As the worker named it, made safe (no path, no control characters). Personal data. */
    fileName: text('file_name').notNull(),
    /** Decided from the content (magic bytes), never from the name or the browser's claim. */
    mediaType: text('media_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    /** Soft removal: gone from the file, kept (and audited) until retention purges the case. */
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedBy: uuid('removed_by').references(() => users.id),
  },
  (t) => [index('case_documents_case').on(t.caseId, t.uploadedAt)],
);

export const caseDocumentContents = pgTable('case_document_contents', {
  documentId: uuid('document_id')
    .primaryKey()
    .references(() => caseDocuments.id),
  content: bytea('content').notNull(),
});

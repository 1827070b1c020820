// The case file as one read: the child's story at a glance (who is who, what happened, what we
// are worried about, what is working, what needs to happen, the chronology). Every read is
// audited. The reporter's identity is not part of it: it has its own route for the case team.
import { eq, inArray } from 'drizzle-orm';
import { auditRead, inTransaction, type Ctx } from '../../platform/context.js';
import { actorOf } from '../actor.js';
import { loadCaseFor } from '../case.repository.js';
import { summaryOf } from '../case-summary.js';
import { caseNotes, casePersons } from '../cases.tables.js';
import { caseReporters, caseReports } from '../intake/intake.tables.js';
import type { CaseFile } from './file.schema.js';
import { loadCaseFile, type CaseFileRows } from './case-file.read.js';

export type PersonRow = typeof casePersons.$inferSelect;
export type NoteRow = typeof caseNotes.$inferSelect;

export const presentPerson = (p: PersonRow) => ({
  id: p.id,
  kind: p.kind,
  firstName: p.firstName,
  lastName: p.lastName,
  dateOfBirth: p.dateOfBirth,
  unborn: p.unborn,
  expectedBirth: p.expectedBirth,
  roleLabel: p.roleLabel,
  organisation: p.organisation,
  phone: p.phone,
  livesWithChild: p.livesWithChild,
  notes: p.notes,
  version: p.version,
});

export const presentNote = (n: NoteRow, names: Map<string, string>) => ({
  id: n.id,
  kind: n.kind,
  concernsDate: n.concernsDate,
  body: n.body,
  author: { id: n.authorId, name: names.get(n.authorId) ?? '' },
  createdAt: n.createdAt.toISOString(),
  updatedAt: n.updatedAt.toISOString(),
  version: n.version,
});

/** The case file's answer as JSON text, ready to send (see case-file.read.ts). */
export type CaseFileJson = string & { readonly caseFileJson: unique symbol };

/** What the file holds besides its arrays: the head, built here where the summary's rules live. */
type CaseFileHead = Omit<CaseFile, keyof CaseFileRows['json']>;

function headOf({ row, children, ownerName, teamName }: CaseFileRows): CaseFileHead {
  const names = new Map(row.ownerId && ownerName !== null ? [[row.ownerId, ownerName]] : []);
  return {
    ...summaryOf(row, children, names),
    team: { id: row.teamId, name: teamName },
    openedAt: row.openedAt.toISOString(),
    firstContactDueAt: row.firstContactDueAt.toISOString(),
    followUpDueAt: row.followUpDueAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    closureOutcome: row.closureOutcome,
    closureNote: row.closureNote,
    forms: row.forms,
    contexts: row.contexts,
    story: { worries: row.worries, strengths: row.strengths, nextSteps: row.nextSteps },
    readOnly: row.status === 'closed',
  };
}

/** The head serialised, with the arrays PostgreSQL wrote spliced in as they are. */
function present(file: CaseFileRows): CaseFileJson {
  const parts = Object.entries(file.json).map(([key, text]) => `,${JSON.stringify(key)}:${text}`);
  return `${JSON.stringify(headOf(file)).slice(0, -1)}${parts.join('')}}` as CaseFileJson;
}

/** One statement reads the file; its audit event is committed (with other reads') before the answer. */
export async function readCaseFile(ctx: Ctx, caseId: string): Promise<CaseFileJson> {
  const file = await loadCaseFile(ctx.db, actorOf(ctx), caseId);
  await auditRead(ctx, [{ action: 'case.read', recordType: 'case', recordId: file.row.id, centreId: file.row.centreId }]);
  return present(file);
}

/** Who reported the concerns of this case: for the case team only, each read audited. */
export async function readCaseReporters(ctx: Ctx, caseId: string) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId);
    const reports = await tx.select({ id: caseReports.id, receivedAt: caseReports.receivedAt, source: caseReports.source }).from(caseReports).where(eq(caseReports.caseId, row.id));
    const reporters = reports.length
      ? await tx.select().from(caseReporters).where(inArray(caseReporters.reportId, reports.map((r) => r.id)))
      : [];
    audit({ action: 'case.reporters_read', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { reportIds: reports.map((r) => r.id) } });
    return reports
      .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())
      .map((r) => {
        const who = reporters.find((x) => x.reportId === r.id);
        return {
          reportId: r.id,
          receivedAt: r.receivedAt.toISOString(),
          source: r.source,
          anonymous: who?.anonymous ?? true,
          name: who?.name ?? '',
          organisation: who?.organisation ?? '',
          profession: who?.profession ?? '',
          relationToChild: who?.relationToChild ?? '',
          phone: who?.phone ?? '',
          email: who?.email ?? '',
          wantsFeedback: who?.wantsFeedback ?? false,
        };
      });
  });
}

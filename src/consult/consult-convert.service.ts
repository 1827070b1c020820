// When the family becomes known, a consult becomes a report: registered through the intake
// service (never its tables) as a professional's report, prefilled from the consult, with the
// professional as the reporter (protected like any reporter's identity). Report and consult point
// at each other, and the link is written in the report's own transaction, so a failure leaves
// neither behind and a second conversion is refused instead of making a second report.
import { eq } from 'drizzle-orm';
import { roleHas } from '../access/permissions.js';
import { registerReport } from '../cases/intake/intake.service.js';
import type { RegisterReportInput } from '../cases/intake/intake.schema.js';
import type { Ctx } from '../platform/context.js';
import { AppError, invalid, notFound } from '../platform/errors.js';
import { translate } from '../platform/i18n.js';
import { actorOf } from './consult.service.js';
import { assertConsultVersion } from './consult-edit.js';
import { loadRequestFor, presentDetail, type ConsultRow } from './consult.repository.js';
import type { ConsultDetail, ConvertInput } from './consult.schema.js';
import { consultRequests } from './consult.tables.js';
import { brusselsDate } from './response-time.js';

function assertConvertible(row: ConsultRow, version: number): void {
  assertConsultVersion(row, version);
  if (row.reportId !== null) throw new AppError(409, 'consult_already_converted');
  if (!row.familyNamed || !row.family?.children.length) throw invalid([{ path: 'family', key: 'consult_convert_needs_family' }]);
}

/** The report as intake wants it. The case file is written in Dutch, whatever the worker's UI. */
function reportFrom(row: ConsultRow, input: ConvertInput): RegisterReportInput {
  const parents = (row.family?.parents ?? []).map((p) => `${p.firstName} ${p.lastName}`.trim()).join(', ');
  const concern = [
    row.question,
    row.observations,
    parents ? translate('nl-BE', 'consult_concern_parents', { parents }) : null,
    translate('nl-BE', 'consult_concern_origin', { reference: row.reference }),
  ]
    .filter((part): part is string => part !== null && part !== '')
    .join('\n\n');
  return {
    source: 'professional',
    concern,
    children: (row.family?.children ?? []).map((c) => ({ firstName: c.firstName, lastName: c.lastName, dateOfBirth: c.dateOfBirth, unborn: false, expectedBirth: null })),
    reporter: {
      anonymous: false,
      name: row.contactName ?? '',
      organisation: row.contactOrganisation ?? '',
      profession: row.contactRole ?? '',
      relationToChild: '',
      phone: row.contactPhone ?? '',
      email: row.contactEmail ?? '',
      wantsFeedback: true,
    },
    problemCategory: input.problemCategory,
    forms: input.forms,
    contexts: input.contexts,
    urgency: row.urgency,
    outcomeNote: '',
  };
}

export async function convertConsultToReport(ctx: Ctx, id: string, input: ConvertInput): Promise<{ reportId: string; consult: ConsultDetail }> {
  const actor = actorOf(ctx);
  // The route asks for case intake rights; the request itself is a consult handler's.
  if (!roleHas(actor.role, 'consult:handle')) throw notFound();
  const row = await loadRequestFor(ctx.db, actor, id);
  assertConvertible(row, input.version);
  const now = new Date();
  const report = await registerReport(ctx, reportFrom(row, input), {
    consultRequestId: row.id,
    alongside: async ({ tx, audit }, created) => {
      // Checked again under a row lock: of two conversions at once, the second one fails here.
      const locked = await loadRequestFor(tx, actor, id, { forUpdate: true });
      assertConvertible(locked, input.version);
      await tx.update(consultRequests).set({ reportId: created.id, status: 'closed', closedAt: now, version: locked.version + 1, updatedAt: now }).where(eq(consultRequests.id, locked.id));
      audit({ action: 'consult_request.convert', recordType: 'consult_request', recordId: locked.id, centreId: locked.centreId, details: { reportId: created.id } });
    },
  });
  const updated = await loadRequestFor(ctx.db, actor, id);
  return { reportId: report.id, consult: await presentDetail(ctx.db, updated, brusselsDate(now)) };
}

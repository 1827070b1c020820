// Advice and consult requests from professionals. A request arrives at the VK of the province the
// professional chose and is seen only by that centre's staff. Creating one needs no account (the
// public guide); reading one is a read of personal data and always audited.
import { eq, sql } from 'drizzle-orm';
import { centres } from '../access/access.tables.js';
import { inTransaction, type Actor, type Ctx } from '../platform/context.js';
import { one, type Queryable, type Tx } from '../platform/db.js';
import { AppError, invalid, type FieldProblem } from '../platform/errors.js';
import './consult.messages.js';
import { consultRequests } from './consult.tables.js';
import { centreCodeForProvince, type ProvinceId } from './provinces.js';
import { addWorkingDays, brusselsDate, CONSULT_RESPONSE_WORKING_DAYS } from './response-time.js';
import { recordFactsOf } from '../monitoring/live-facts.service.js';

export type ContactPreference = (typeof consultRequests.contactPreference.enumValues)[number];

export interface NewConsultRequest {
  channel: 'kindreflex';
  sector: string;
  province: ProvinceId;
  contentVersion: string | null;
  guideOutcome: string | null;
  observations?: string | undefined;
  considerations?: string | undefined;
  decisions?: string | undefined;
  question?: string | undefined;
  contactPreference: ContactPreference;
  contact: { name?: string | undefined; organisation?: string | undefined; phone?: string | undefined; email?: string | undefined };
}

export interface CreatedConsultRequest {
  id: string;
  reference: string;
  centre: { code: string; name: string };
  expectedResponseBy: string;
  responseWorkingDays: number;
}

/** KR: from the public guide; AC (advies/consult): taken by a worker. */
export const referencePrefix = { kindreflex: 'KR', phone: 'AC', email: 'AC', in_person: 'AC' } as const;

export function formatConsultReference(prefix: string, year: number, running: number): string {
  return `${prefix}-${year}-${String(running).padStart(6, '0')}`;
}

export async function nextReference(q: Queryable, prefix: string, year: number): Promise<string> {
  const row = await one<{ last: number }>(
    q,
    sql`INSERT INTO consult_reference_counters (prefix, year, last) VALUES (${prefix}, ${year}, 1)
        ON CONFLICT (prefix, year) DO UPDATE SET last = consult_reference_counters.last + 1
        RETURNING last`,
  );
  return formatConsultReference(prefix, year, Number(row!.last));
}

export const blank = (value: string | undefined): string | null => (value === undefined || value.trim() === '' ? null : value.trim());

/** What is wrong with a request beyond its shape; all problems at once, for the form. */
export function consultRequestProblems(input: NewConsultRequest): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const sharesSomething = [input.observations, input.considerations, input.decisions, input.question].some((v) => blank(v) !== null);
  if (!sharesSomething) problems.push({ path: 'shared.question', key: 'consult_nothing_to_send' });
  if (input.contactPreference === 'phone' && blank(input.contact.phone) === null) problems.push({ path: 'contact.phone', key: 'consult_phone_required' });
  if (input.contactPreference === 'email' && blank(input.contact.email) === null) problems.push({ path: 'contact.email', key: 'consult_email_required' });
  return problems;
}

/**
 * Stores a request for the province's VK. The caller is anonymous: `ctx.actor` is not used.
 * `alongside` runs in the same transaction (e.g. counting the guide's completion), so a failure
 * leaves neither behind and a retry cannot make a duplicate.
 */
export async function createConsultRequest(ctx: Ctx, input: NewConsultRequest, options: { now?: Date; alongside?: (tx: Tx) => Promise<void> } = {}): Promise<CreatedConsultRequest> {
  const now = options.now ?? new Date();
  const problems = consultRequestProblems(input);
  if (problems.length > 0) throw invalid(problems);
  const shared = { observations: blank(input.observations), considerations: blank(input.considerations), decisions: blank(input.decisions), question: blank(input.question) };
  const contact = { name: blank(input.contact.name), organisation: blank(input.contact.organisation), phone: blank(input.contact.phone), email: blank(input.contact.email) };

  const [centre] = await ctx.db.select().from(centres).where(eq(centres.code, centreCodeForProvince(input.province)));
  if (!centre) throw invalid([{ path: 'province', key: 'consult_centre_unavailable' }]);
  const expectedResponseBy = addWorkingDays(now, CONSULT_RESPONSE_WORKING_DAYS);

  return inTransaction(ctx, async ({ tx, audit }) => {
    const reference = await nextReference(tx, referencePrefix[input.channel], Number(brusselsDate(now).slice(0, 4)));
    const [row] = await tx
      .insert(consultRequests)
      .values({
        reference,
        centreId: centre.id,
        channel: input.channel,
        sector: input.sector,
        province: input.province,
        contentVersion: input.contentVersion,
        guideOutcome: input.guideOutcome,
        ...shared,
        contactPreference: input.contactPreference,
        contactName: contact.name,
        contactOrganisation: contact.organisation,
        contactPhone: contact.phone,
        contactEmail: contact.email,
        expectedResponseBy,
        createdAt: now,
      })
      .returning({ id: consultRequests.id });
    // Field names only: which parts the professional chose to send, never their content.
    const sent = [...Object.entries(shared), ...Object.entries(contact).map(([k, v]) => [`contact.${k}`, v] as const)].filter(([, v]) => v !== null).map(([k]) => k);
    await options.alongside?.(tx);
    await recordFactsOf(tx, 'consult_requests', row!.id);
    audit({ action: 'consult_request.create', recordType: 'consult_request', recordId: row!.id, centreId: centre.id, details: { channel: input.channel, sector: input.sector, fields: sent } });
    return { id: row!.id, reference, centre: { code: centre.code, name: centre.name }, expectedResponseBy, responseWorkingDays: CONSULT_RESPONSE_WORKING_DAYS };
  });
}

/** The signed-in handler; the guard has already checked the route's permission. */
export function actorOf(ctx: Ctx): Actor {
  if (!ctx.actor) throw new AppError(401, 'unauthenticated');
  return ctx.actor;
}

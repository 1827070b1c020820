// Registering a contact (a chat or a 1712 call) with the shared form, recognising repeat callers
// without storing who they are, and the centre's own taxonomy.
import { createHmac } from 'node:crypto';
import { and, asc, desc, eq, gt, inArray } from 'drizzle-orm';
import { inTransaction, type Actor, type Ctx } from '../platform/context.js';
import type { Queryable } from '../platform/db.js';
import { AppError, invalid, notFound, type FieldProblem } from '../platform/errors.js';
import { defaultTaxonomy, taxonomyKinds, type TaxonomyKind, type TaxonomyTerm } from './contact-taxonomy.js';
import type { ContactInput } from './contacts.schema.js';
import { contactRegistrations, contactTaxonomyTerms } from './contacts.tables.js';
import { recordFactsOf } from '../monitoring/live-facts.service.js';

function actorOf(ctx: Ctx): Actor {
  if (!ctx.actor) throw new AppError(401, 'unauthenticated');
  return ctx.actor;
}

export type Taxonomy = Record<TaxonomyKind, TaxonomyTerm[]>;

/** The centre's active terms per list; a list the centre never set is the built-in default. */
export async function taxonomyOf(q: Queryable, centreId: string): Promise<Taxonomy> {
  const rows = await q.select().from(contactTaxonomyTerms).where(eq(contactTaxonomyTerms.centreId, centreId)).orderBy(asc(contactTaxonomyTerms.sort));
  const result = {} as Taxonomy;
  for (const kind of taxonomyKinds) {
    const own = rows.filter((r) => r.kind === kind);
    result[kind] = own.length ? own.filter((r) => r.active).map((r) => ({ code: r.code, labelNl: r.labelNl, labelEn: r.labelEn })) : defaultTaxonomy[kind];
  }
  return result;
}

export async function saveTaxonomy(ctx: Ctx, kind: TaxonomyKind, terms: (TaxonomyTerm & { active: boolean })[]): Promise<void> {
  const actor = actorOf(ctx);
  if (new Set(terms.map((t) => t.code)).size !== terms.length) throw invalid([{ path: 'terms', key: 'taxonomy_duplicate_code' }]);
  await inTransaction(ctx, async ({ tx, audit }) => {
    // Old codes stay in earlier registrations; a term that is dropped here is kept, inactive.
    await tx.update(contactTaxonomyTerms).set({ active: false }).where(and(eq(contactTaxonomyTerms.centreId, actor.centreId), eq(contactTaxonomyTerms.kind, kind)));
    for (const [sort, t] of terms.entries()) {
      await tx
        .insert(contactTaxonomyTerms)
        .values({ centreId: actor.centreId, kind, code: t.code, labelNl: t.labelNl, labelEn: t.labelEn, active: t.active, sort })
        .onConflictDoUpdate({ target: [contactTaxonomyTerms.centreId, contactTaxonomyTerms.kind, contactTaxonomyTerms.code], set: { labelNl: t.labelNl, labelEn: t.labelEn, active: t.active, sort } });
    }
    audit({ action: 'contact.taxonomy_update', recordType: 'contact_taxonomy', recordId: kind, centreId: actor.centreId, details: { terms: terms.length } });
  });
}

export type RepeatKeyInput = { phone?: string | undefined; code?: string | undefined };

/** Belgian numbers written any way (+32 …, 0032 …, 0 …) reduce to one form before hashing. */
export function normalisePhone(phone: string): string {
  let digits = phone.replace(/\D/g, '');
  if (digits.startsWith('0032')) digits = `0${digits.slice(4)}`;
  else if (phone.trim().startsWith('+32')) digits = `0${digits.slice(2)}`;
  return digits;
}

export class RepeatKeys {
  private readonly key: Buffer;

  constructor(serverKey: string) {
    this.key = createHmac('sha256', serverKey).update('schakel-contacts:repeat-caller').digest();
  }

  /** The keyed hash of a phone number or of a caller's own code (separate namespaces). */
  of(input: RepeatKeyInput): string | null {
    const material = input.phone ? `phone:${normalisePhone(input.phone)}` : input.code ? `code:${input.code.normalize('NFKC').trim().toLowerCase()}` : null;
    return material ? createHmac('sha256', this.key).update(material).digest('hex') : null;
  }
}

async function taxonomyProblems(q: Queryable, centreId: string, input: ContactInput): Promise<FieldProblem[]> {
  const taxonomy = await taxonomyOf(q, centreId);
  const known = (kind: TaxonomyKind) => new Set(taxonomy[kind].map((t) => t.code));
  const problems: FieldProblem[] = [];
  const themes = known('theme');
  const forms = known('violence_form');
  input.themes.forEach((code, i) => themes.has(code) || problems.push({ path: `themes.${i}`, key: 'taxonomy_unknown' }));
  input.violenceForms.forEach((code, i) => forms.has(code) || problems.push({ path: `violenceForms.${i}`, key: 'taxonomy_unknown' }));
  if (!known('referral').has(input.referral)) problems.push({ path: 'referral', key: 'taxonomy_unknown' });
  if (input.callerRole === 'child' && !['under_12', '12_14', '15_17', 'unknown'].includes(input.ageBand)) problems.push({ path: 'ageBand', key: 'contact_child_age' });
  return problems;
}

export interface Registration {
  channel: 'chat' | 'phone';
  conversationId?: string | undefined;
  contactAt: Date;
  durationMinutes?: number | null | undefined;
  repeatKey?: string | null | undefined;
  form: ContactInput;
}

export async function registerContact(ctx: Ctx, registration: Registration): Promise<string> {
  const actor = actorOf(ctx);
  const problems = await taxonomyProblems(ctx.db, actor.centreId, registration.form);
  if (problems.length) throw invalid(problems);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const [row] = await tx
      .insert(contactRegistrations)
      .values({
        ...registration.form,
        centreId: actor.centreId,
        channel: registration.channel,
        conversationId: registration.conversationId ?? null,
        registeredBy: actor.userId,
        contactAt: registration.contactAt,
        durationMinutes: registration.durationMinutes ?? null,
        repeatKey: registration.repeatKey ?? null,
      })
      .onConflictDoNothing({ target: contactRegistrations.conversationId })
      .returning({ id: contactRegistrations.id });
    if (!row) throw new AppError(409, 'contact_already_registered');
    await recordFactsOf(tx, 'contact_registrations', row.id);
    audit({ action: 'contact.register', recordType: 'contact_registration', recordId: row.id, centreId: actor.centreId, details: { channel: registration.channel, repeatKey: registration.repeatKey ? true : false } });
    return row.id;
  });
}

type RegistrationRow = typeof contactRegistrations.$inferSelect;
const summary = (r: RegistrationRow) => ({
  id: r.id,
  channel: r.channel,
  contactAt: r.contactAt.toISOString(),
  callerRole: r.callerRole,
  anonymous: r.anonymous,
  ageBand: r.ageBand,
  themes: r.themes,
  violenceForms: r.violenceForms,
  urgency: r.urgency,
  advice: r.advice,
  referral: r.referral,
});

/** Earlier contacts of the same caller in the actor's centre, newest first (an audited read). */
export async function repeatContacts(ctx: Ctx, repeatKey: string) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const rows = await tx
      .select()
      .from(contactRegistrations)
      .where(and(eq(contactRegistrations.centreId, actor.centreId), eq(contactRegistrations.repeatKey, repeatKey)))
      .orderBy(desc(contactRegistrations.contactAt))
      .limit(50);
    audit({ action: 'contact.repeat_lookup', recordType: 'contact_registration', centreId: actor.centreId, details: { found: rows.length } });
    return rows.map(summary);
  });
}

/** What the actor registered in the last day: the list under the form. */
export async function recentRegistrationsBy(ctx: Ctx, now = new Date()) {
  const actor = actorOf(ctx);
  const rows = await ctx.db
    .select()
    .from(contactRegistrations)
    .where(and(eq(contactRegistrations.centreId, actor.centreId), eq(contactRegistrations.registeredBy, actor.userId), gt(contactRegistrations.createdAt, new Date(now.getTime() - 86_400_000))))
    .orderBy(desc(contactRegistrations.createdAt))
    .limit(50);
  return rows.map(summary);
}

/** Which of these chats already have their registration: conversation id → registration id. */
export async function registeredConversations(q: Queryable, conversationIds: string[]): Promise<Map<string, string>> {
  if (!conversationIds.length) return new Map();
  const rows = await q
    .select({ conversationId: contactRegistrations.conversationId, id: contactRegistrations.id })
    .from(contactRegistrations)
    .where(inArray(contactRegistrations.conversationId, conversationIds));
  return new Map(rows.flatMap((r) => (r.conversationId ? [[r.conversationId, r.id] as const] : [])));
}

export type ContactRegistration = RegistrationRow;

/**
 * A registered contact to hand off, with the centre's taxonomy to name its themes: only the
 * counsellor who registered it, in their own centre. Anyone else is told it does not exist.
 */
export async function contactForHandoff(q: Queryable, actor: Actor, contactId: string): Promise<{ contact: RegistrationRow; taxonomy: Taxonomy }> {
  const [contact] = await q
    .select()
    .from(contactRegistrations)
    .where(and(eq(contactRegistrations.id, contactId), eq(contactRegistrations.centreId, actor.centreId), eq(contactRegistrations.registeredBy, actor.userId)));
  if (!contact) throw notFound();
  return { contact, taxonomy: await taxonomyOf(q, actor.centreId) };
}

// The partner directory: organisations a VK refers to or consults, per province. It holds no
// personal data, so reading it is open to all staff (the 1712 hotline refers callers too);
// changing it is for team leads and administrators.
import { and, asc, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import { actorOf } from '../cases/actor.js';
import { changedFields } from '../cases/versioned.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import { AppError, notFound } from '../platform/errors.js';
import type { PartnerInput, PartnerUpdate } from './partners.schema.js';
import { partners, type PartnerKind } from './partners.tables.js';

type PartnerRow = typeof partners.$inferSelect;

export const presentPartner = (p: PartnerRow) => ({
  id: p.id,
  name: p.name,
  kind: p.kind,
  province: p.province,
  city: p.city,
  phone: p.phone,
  email: p.email,
  notes: p.notes,
  active: p.active,
  version: p.version,
});

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listPartners(ctx: Ctx, filter: { kind?: PartnerKind; province?: string; q?: string; includeInactive: 'true' | 'false' }) {
  const conditions: (SQL | undefined)[] = [
    filter.kind ? eq(partners.kind, filter.kind) : undefined,
    // Services for the whole of Flanders are listed with every province.
    filter.province ? or(eq(partners.province, filter.province), isNull(partners.province)) : undefined,
    filter.q ? or(ilike(partners.name, `%${escapeLike(filter.q)}%`), ilike(partners.city, `%${escapeLike(filter.q)}%`)) : undefined,
    filter.includeInactive === 'true' ? undefined : eq(partners.active, true),
  ];
  const found = await ctx.db
    .select()
    .from(partners)
    .where(and(...conditions))
    .orderBy(sql`${partners.province} nulls first`, asc(partners.kind), asc(partners.name))
    .limit(1_000);
  return found.map(presentPartner);
}

async function assertUniqueName(ctx: Ctx, name: string, province: string | null, exceptId?: string): Promise<void> {
  const [clash] = await ctx.db
    .select({ id: partners.id })
    .from(partners)
    .where(and(eq(partners.name, name), province === null ? isNull(partners.province) : eq(partners.province, province)));
  if (clash && clash.id !== exceptId) throw new AppError(409, 'partner_exists');
}

export async function createPartner(ctx: Ctx, input: PartnerInput) {
  const actor = actorOf(ctx);
  await assertUniqueName(ctx, input.name, input.province);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const [created] = await tx.insert(partners).values(input).returning();
    audit({ action: 'partner.create', recordType: 'partner', recordId: created!.id, centreId: actor.centreId });
    return presentPartner(created!);
  });
}

export async function updatePartner(ctx: Ctx, partnerId: string, input: PartnerUpdate) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const [current] = await tx.select().from(partners).where(eq(partners.id, partnerId)).for('update');
    if (!current) throw notFound();
    // The directory has no timeline: a stale save is refused with the fields that differ now.
    if (current.version !== input.version) throw new AppError(409, 'conflict');
    const { version: _version, ...change } = input;
    const fields = changedFields(current, change);
    if (fields.length === 0) return presentPartner(current);
    if (change.name !== undefined || change.province !== undefined) await assertUniqueName(ctx, change.name ?? current.name, change.province === undefined ? current.province : change.province, current.id);
    const [updated] = await tx.update(partners).set({ ...change, version: sql`${partners.version} + 1`, updatedAt: new Date() }).where(eq(partners.id, current.id)).returning();
    audit({ action: 'partner.update', recordType: 'partner', recordId: current.id, centreId: actor.centreId, details: { fields } });
    return presentPartner(updated!);
  });
}

// Demo statistics for `npm start --demo`: anonymous aggregates for every centre since January of
// last year, plus demo targets, an ACE survey and linked registry counts (added by their own
// modules). Called from src/seed/demo.seed.ts.
import { rows, sql, type Db } from '../platform/db.js';
import { brusselsDay } from './facts.service.js';
import { seedDemoFacts, type DemoCentre } from './demo-facts.js';
import { seedDemoStudies } from './demo-studies.js';
import { regionOfProvince, type RegionCode } from './regions.js';

/** Share of the Flemish VK reports per region (roughly population-weighted). */
const reportShare: Record<Exclude<RegionCode, 'VL'>, number> = { ANT: 0.27, OVL: 0.21, WVL: 0.16, VBR: 0.15, LIM: 0.12, BRU: 0.09 };

export async function seedMonitoringDemo(db: Db, now = new Date()): Promise<number> {
  const found = await rows<{ id: string; kind: 'vk' | 'hotline' | 'chat'; province: string | null }>(db, sql`SELECT id, kind, province FROM centres`);
  const centres: DemoCentre[] = found.map((centre) => {
    const region = regionOfProvince(centre.province);
    return { id: centre.id, kind: centre.kind, share: region === null || region === 'VL' ? 0 : reportShare[region] };
  });
  const lastMonth = brusselsDay(now).slice(0, 7);
  const firstMonth = `${Number(lastMonth.slice(0, 4)) - 1}-01`;
  return db.transaction(async (tx) => {
    const facts = await seedDemoFacts(tx, centres, firstMonth, lastMonth);
    await seedDemoStudies(tx, Number(lastMonth.slice(0, 4)));
    return facts;
  });
}

// Demo case work for `npm start`: per VK about three months of reports (≈ 1,250 a year per VK,
// DOMAIN.md) decided in the published proportions (advice 61.7 %, case 25.1 %, MANO 10.6 %,
// chat 2.6 %), with the resulting case files in every stage: waiting (some far too long),
// active with contacts and missed follow-ups, and closed. Everything goes in with bulk inserts.
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createUser } from '../../access/users.service.js';
import { inTransaction, systemCtx, type Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { formatCaseNumber } from '../case-number.js';
import { caseCapacity, caseEvents, caseMembers, caseNotes, casePersons, caseRelations, cases } from '../cases.tables.js';
import { dueAfter } from '../deadlines/deadlines.js';
import { brusselsDate } from '../deadlines/working-days.js';
import { caseReportChildren, caseReporters, caseReports } from '../intake/intake.tables.js';
import { caseStaffOfTeams, vkCentres } from '../../access/organisation.service.js';
import { loadTaxonomy } from '../taxonomy/taxonomy.service.js';
import { bulkInsert } from './bulk-insert.js';
import { demoChildren, demoFamily } from './demo-families.js';
import { demoCaseLife } from './demo-timeline.js';
import { concerns, menNames, professionals, surnames, womenNames } from './demo-vocabulary.js';
import { SeededRandom } from './random.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

export interface DemoCaseFigures {
  reports: number;
  cases: number;
  waiting: number;
  active: number;
  closed: number;
}

type Rows<T extends { $inferInsert: unknown }> = T['$inferInsert'][];

const formsByCategory: Record<string, string[]> = {
  physical_abuse_neglect: ['physical_violence', 'physical_neglect'],
  emotional_abuse_neglect: ['emotional_violence', 'emotional_neglect', 'witnessing_violence'],
  sexual_boundary_violation: ['sexual_abuse', 'sexual_violence'],
  risk_situation: ['emotional_neglect', 'physical_neglect'],
};

async function addColleagues(ctx: Ctx, centreId: string, centreCode: string, teamId: string, rng: SeededRandom): Promise<string[]> {
  const ids: string[] = [];
  for (let k = 1; k <= 3; k += 1) {
    const first = k % 2 ? rng.pick(womenNames) : rng.pick(menNames);
    // Colleagues fill the team for capacity and assignment; nobody signs in with them.
    const user = await createUser(ctx, { email: `collega${k}.${centreCode}@demo.schakel.be`, displayName: `${first} ${rng.pick(surnames)}`, role: 'caseworker', centreId, teamIds: [teamId], password: randomBytes(24).toString('base64url'), isDemo: true });
    ids.push(user.id);
  }
  return ids;
}

function reporterFor(rng: SeededRandom, source: string, reportId: string, centreCode: string): Rows<typeof caseReporters>[number] {
  const name = `${rng.chance(0.6) ? rng.pick(womenNames) : rng.pick(menNames)} ${rng.pick(surnames)}`;
  if (source === 'professional') {
    const p = rng.pick(professionals);
    return { reportId, name, profession: p.roleLabel, organisation: p.organisation(centreCode.replace('vk-', '')), phone: `0${rng.int(2, 9)} ${rng.int(100, 999)} ${rng.int(10, 99)} ${rng.int(10, 99)}`, wantsFeedback: true };
  }
  if (source === 'chat' || source === 'child' || rng.chance(0.5)) return { reportId, anonymous: true, relationToChild: source === 'family' ? 'familielid' : '' };
  return { reportId, name, relationToChild: source === 'family' ? rng.pick(['moeder', 'vader', 'grootmoeder', 'tante']) : 'buur', phone: `04${rng.int(70, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}` };
}

export async function seedCaseDemo(db: Db, options: { now?: Date; reportsPerCentre?: number; seed?: number } = {}): Promise<DemoCaseFigures> {
  const now = options.now ?? new Date();
  const perCentre = options.reportsPerCentre ?? 300;
  const rng = new SeededRandom(options.seed ?? 20_260_301);
  const ctx = systemCtx(db, 'seed --demo');
  const taxonomy = await loadTaxonomy(db);
  const rows = { reports: [] as Rows<typeof caseReports>, children: [] as Rows<typeof caseReportChildren>, reporters: [] as Rows<typeof caseReporters>, cases: [] as Rows<typeof cases>, members: [] as Rows<typeof caseMembers>, persons: [] as Rows<typeof casePersons>, relations: [] as Rows<typeof caseRelations>, notes: [] as Rows<typeof caseNotes>, events: [] as Rows<typeof caseEvents>, capacity: [] as Rows<typeof caseCapacity> };
  const counters: { centreId: string; year: number; last: number }[] = [];

  for (const centre of await vkCentres(db)) {
    const team = centre.teams.find((t) => t.name === 'Intake') ?? centre.teams[0];
    if (!team) continue;
    const colleagues = await addColleagues(ctx, centre.id, centre.code, team.id, rng);
    const staff = await caseStaffOfTeams(db, [team.id]);
    const lead = staff.find((s) => s.role === 'team_lead')?.id ?? staff[0]!.id;
    // The demo caseworker carries the most cases, so their home page shows real work.
    const weights = staff.map((s) => ({ id: s.id, weight: s.role === 'team_lead' ? 0.5 : colleagues.includes(s.id) ? 1 : 1.6 }));
    for (const s of staff) rows.capacity.push({ userId: s.id, capacity: s.role === 'team_lead' ? 6 : rng.int(12, 18) });

    const opened: { row: Rows<typeof cases>[number]; year: number }[] = [];
    for (let i = 0; i < perCentre; i += 1) {
      const receivedAt = new Date(now.getTime() - Math.floor(rng.next() * 90 * DAY) - HOUR);
      const source = rng.weighted([['professional', 55], ['hotline', 20], ['family', 12], ['citizen', 6], ['chat', 3], ['child', 2], ['other', 2]] as const);
      const category = rng.weighted([['physical_abuse_neglect', 25], ['emotional_abuse_neglect', 25], ['sexual_boundary_violation', 20], ['risk_situation', 15], ['unclear', 8], ['past_abuse', 4], ['other', 3]] as const);
      const prenatal = category === 'risk_situation' && rng.chance(0.25);
      const contexts = [...new Set([...(rng.chance(0.4) ? [rng.pick(['high_conflict_divorce', 'intrafamily_violence', 'complex_trauma', 'refugee_children', 'convicted_caregivers'])] : []), ...(prenatal ? ['prenatal'] : [])])];
      const urgencyCode = rng.weighted([['acute', 10], ['high', 30], ['normal', 60]] as const);
      const urgency = taxonomy.urgency(urgencyCode)!;
      const ageDays = (now.getTime() - receivedAt.getTime()) / DAY;
      const outcome = ageDays < 3 && rng.chance(0.55) ? null : source === 'chat' ? 'advice' : rng.weighted([['advice', 45], ['consult', 17], ['case', 25], ['mano', 11]] as const);
      const { surname, children } = demoChildren(rng, now, prenatal);
      const reportId = randomUUID();
      const registeredBy = rng.pick(staff).id;
      const firstContactDueAt = dueAfter(receivedAt, urgency.settings.firstContact);
      const forms = formsByCategory[category] ? [rng.pick(formsByCategory[category])] : [];
      const openedAt = new Date(Math.min(now.getTime() - 30 * 60_000, receivedAt.getTime() + rng.int(1, 48) * HOUR));
      const caseId = outcome === 'case' || outcome === 'mano' ? randomUUID() : null;

      rows.reports.push({ id: reportId, centreId: centre.id, teamId: team.id, receivedAt, source, concern: rng.pick(concerns[category] ?? concerns.other!), problemCategory: category, forms, contexts, urgency: urgencyCode, firstContactDueAt, outcome, triagedAt: outcome ? openedAt : null, triagedBy: outcome ? lead : null, caseId, registeredBy, createdAt: receivedAt, updatedAt: openedAt });
      for (const child of children) rows.children.push({ reportId, ...child });
      rows.reporters.push(reporterFor(rng, source, reportId, centre.code));
      if (!caseId) continue;

      const life = demoCaseLife(rng, { caseId, receivedAt, openedAt, urgency: urgency.settings, staff: weights, now });
      const caseRow = { id: caseId, centreId: centre.id, teamId: team.id, number: '', track: outcome === 'mano' ? ('mano' as const) : ('case' as const), urgency: urgencyCode, problemCategory: category, forms, contexts, openedAt, receivedAt, firstContactDueAt, createdAt: openedAt, updatedAt: openedAt, ...life.patch };
      opened.push({ row: caseRow, year: Number(brusselsDate(openedAt).slice(0, 4)) });
      for (const userId of life.memberIds) rows.members.push({ caseId, userId });
      const family = demoFamily(rng, caseId, centre.code, surname, children, now);
      rows.persons.push(...family.persons);
      rows.relations.push(...family.relations);
      rows.notes.push(...life.notes);
      rows.events.push(
        { caseId, actorId: registeredBy, kind: 'report.received', recordType: 'report', recordId: reportId, occurredAt: receivedAt, details: { source } },
        { caseId, actorId: lead, kind: 'case.opened', recordType: 'case', recordId: caseId, recordVersion: 1, occurredAt: openedAt, details: { track: caseRow.track, urgency: urgencyCode, children: children.length } },
        ...life.events,
      );
    }
    // Numbers in the order the cases were opened, per year.
    opened.sort((a, b) => a.row.openedAt!.getTime() - b.row.openedAt!.getTime());
    const running = new Map<number, number>();
    for (const { row, year } of opened) {
      const next = (running.get(year) ?? 0) + 1;
      running.set(year, next);
      rows.cases.push({ ...row, number: formatCaseNumber(centre.code, year, next) });
    }
    for (const [year, last] of running) counters.push({ centreId: centre.id, year, last });
  }

  await inTransaction(ctx, async ({ tx, audit }) => {
    await bulkInsert(tx, cases, rows.cases);
    await bulkInsert(tx, caseReports, rows.reports);
    await bulkInsert(tx, caseReportChildren, rows.children);
    await bulkInsert(tx, caseReporters, rows.reporters);
    await bulkInsert(tx, caseMembers, rows.members);
    await bulkInsert(tx, casePersons, rows.persons);
    await bulkInsert(tx, caseRelations, rows.relations);
    await bulkInsert(tx, caseNotes, rows.notes);
    await bulkInsert(tx, caseEvents, rows.events);
    await bulkInsert(tx, caseCapacity, rows.capacity);
    for (const c of counters) {
      await tx.execute(sql`INSERT INTO case_number_counters (centre_id, year, last) VALUES (${c.centreId}, ${c.year}, ${c.last})
        ON CONFLICT (centre_id, year) DO UPDATE SET last = greatest(case_number_counters.last, excluded.last)`);
    }
    audit({ action: 'case.demo_seed', recordType: 'case', details: { reports: rows.reports.length, cases: rows.cases.length } });
  });
  const byStatus = (status: string) => rows.cases.filter((c) => c.status === status).length;
  return { reports: rows.reports.length, cases: rows.cases.length, waiting: byStatus('waiting'), active: byStatus('active'), closed: byStatus('closed') };
}

// Find things fast: by name (trigram similarity, so "Jansens" finds "Janssens"), by date of birth
// or by case number — only among the cases the worker may open, filtered in SQL by the policy.
// The search itself is audited by kind and results, never by what was typed (it is a name).
import { and, desc, eq, inArray, isNull, like, sql, type SQL } from 'drizzle-orm';
import { inTransaction, type Actor, type Ctx } from '../../platform/context.js';
import type { Queryable } from '../../platform/db.js';
import { actorOf } from '../actor.js';
import { caseAccessWhere } from '../case.policy.js';
import type { CaseRow } from '../case.repository.js';
import { presentSummaries, type CaseSummary } from '../case-summary.js';
import { casePersons, cases, type PersonKind } from '../cases.tables.js';
import { nameCondition } from './name-match.js';
import { parseSearchQuery, type SearchQuery } from './search-query.js';

const MAX_RESULTS = 50;

export interface SearchHit extends CaseSummary {
  /** The person whose name or birth date matched, so the result explains itself. */
  matched: { personId: string; kind: PersonKind; firstName: string; lastName: string; dateOfBirth: string | null } | null;
  score: number;
}

interface Match {
  case: CaseRow;
  personId: string | null;
  score: number;
}

const MAX_CANDIDATES = 1_000;

/**
 * The people whose name or birth date matches, among the cases the actor may open (a semi-join,
 * so the trigram index is searched first), then their cases. As one join ordered by case, the
 * planner walked every person and computed similarity for each.
 */
async function byPerson(q: Queryable, actor: Actor, condition: SQL, score: SQL<number>): Promise<Match[]> {
  const candidates = await q
    .select({ personId: casePersons.id, caseId: casePersons.caseId, score: score.as('score') })
    .from(casePersons)
    .where(and(condition, isNull(casePersons.removedAt), inArray(casePersons.caseId, q.select({ id: cases.id }).from(cases).where(caseAccessWhere(actor)))))
    .orderBy(desc(score))
    .limit(MAX_CANDIDATES);
  if (candidates.length === 0) return [];
  const visible = await q
    .select()
    .from(cases)
    .where(and(caseAccessWhere(actor), inArray(cases.id, [...new Set(candidates.map((c) => c.caseId))])));
  const byId = new Map(visible.map((row) => [row.id, row]));
  const matches: Match[] = [];
  const seen = new Set<string>();
  // Candidates come best first, so the first person seen per case is its best match.
  for (const candidate of candidates) {
    const row = byId.get(candidate.caseId);
    if (!row || seen.has(row.id)) continue;
    seen.add(row.id);
    matches.push({ case: row, personId: candidate.personId, score: Number(candidate.score) });
  }
  return matches
    .sort((a, b) => b.score - a.score || b.case.receivedAt.getTime() - a.case.receivedAt.getTime())
    .slice(0, MAX_RESULTS);
}

async function find(q: Queryable, actor: Actor, query: SearchQuery): Promise<Match[]> {
  switch (query.kind) {
    case 'number': {
      const pattern = query.value.startsWith('VK-') ? query.value : `%-${query.value}`;
      const rows = await q.select().from(cases).where(and(caseAccessWhere(actor), like(cases.number, pattern), isNull(cases.purgedAt))).orderBy(desc(cases.receivedAt)).limit(MAX_RESULTS);
      return rows.map((row) => ({ case: row, personId: null, score: 1 }));
    }
    case 'birth_date':
      return byPerson(q, actor, eq(casePersons.dateOfBirth, query.value), sql<number>`1`);
    case 'name': {
      const condition = nameCondition(query.value);
      if (!condition) return [];
      // The planner prices the array and trigram operators as cheap and would rather scan every
      // person than use the indexes; in this transaction only, it is told to use them.
      await q.execute(sql`SET LOCAL enable_seqscan = off`);
      // That hint inflates the estimated cost enough to make PostgreSQL compile the query (JIT,
      // ~35 ms) and start parallel workers, for a query that reads a few hundred rows in ~5 ms.
      await q.execute(sql`SET LOCAL jit = off`);
      await q.execute(sql`SET LOCAL max_parallel_workers_per_gather = 0`);
      const score = sql<number>`greatest(similarity(${casePersons.searchName}, ${query.value}), word_similarity(${query.value}, ${casePersons.searchName}))`;
      return byPerson(q, actor, condition, score);
    }
  }
}

export async function searchCases(ctx: Ctx, text: string): Promise<{ kind: SearchQuery['kind']; results: SearchHit[] }> {
  const actor = actorOf(ctx);
  const query = parseSearchQuery(text);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const matches = await find(tx, actor, query);
    const summaries = await presentSummaries(tx, matches.map((m) => m.case));
    const personIds = matches.map((m) => m.personId).filter((id): id is string => id !== null);
    const persons = personIds.length ? await tx.select().from(casePersons).where(inArray(casePersons.id, personIds)) : [];
    audit({ action: 'case.search', recordType: 'case', centreId: actor.centreId, details: { kind: query.kind, caseIds: matches.map((m) => m.case.id) } });
    return {
      kind: query.kind,
      results: summaries.map((summary, i) => {
        const person = persons.find((p) => p.id === matches[i]!.personId);
        return {
          ...summary,
          matched: person ? { personId: person.id, kind: person.kind, firstName: person.firstName, lastName: person.lastName, dateOfBirth: person.dateOfBirth } : null,
          score: Math.round(matches[i]!.score * 100) / 100,
        };
      }),
    };
  });
}

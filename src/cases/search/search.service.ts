// Find things fast: by name (trigram similarity, so "Jansens" finds "Janssens"), by date of birth
// or by case number — only among the cases the worker may open, filtered in SQL by the policy.
// The search itself is audited by kind and results, never by what was typed (it is a name).
import { and, desc, eq, isNull, like, sql, type SQL } from 'drizzle-orm';
import { auditRead, type Actor, type Ctx } from '../../platform/context.js';
import { rows, type Queryable } from '../../platform/db.js';
import { actorOf } from '../actor.js';
import { caseAccessWhere } from '../case.policy.js';
import { summariesOf, type CaseSummary } from '../case-summary.js';
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
  caseId: string;
  person: SearchHit['matched'];
  score: number;
}

/**
 * The cases the actor may open with a person who matches, each with its best-matching person,
 * best first (then the newest): one statement, which the case-load benchmark also runs bare.
 */
export function personMatchStatement(actor: Actor, condition: SQL, score: SQL<number>): SQL {
  const p = casePersons;
  return sql`SELECT b.case_id AS "caseId", b.person_id AS "personId", b.kind, b.first_name AS "firstName", b.last_name AS "lastName", b.date_of_birth::text AS "dateOfBirth", b.score
    FROM (SELECT DISTINCT ON (${p.caseId}) ${p.caseId} AS case_id, ${p.id} AS person_id, ${p.kind} AS kind, ${p.firstName} AS first_name, ${p.lastName} AS last_name,
            ${p.dateOfBirth} AS date_of_birth, ${score} AS score, ${cases.receivedAt} AS received_at
          FROM ${p} JOIN ${cases} ON ${cases.id} = ${p.caseId}
          WHERE ${condition} AND ${p.removedAt} IS NULL AND ${caseAccessWhere(actor)}
          ORDER BY ${p.caseId}, score DESC) AS b
    ORDER BY b.score DESC, b.received_at DESC LIMIT ${MAX_RESULTS}`;
}

/** How well a name matches what was typed: the whole name, or the typed words within it. */
export const nameScore = (typed: string) => sql<number>`greatest(similarity(${casePersons.searchName}, ${typed}), word_similarity(${typed}, ${casePersons.searchName}))`;

async function byPerson(q: Queryable, actor: Actor, condition: SQL, score: SQL<number>): Promise<Match[]> {
  const found = await rows<{ caseId: string; personId: string; kind: PersonKind; firstName: string; lastName: string; dateOfBirth: string | null; score: number | string }>(
    q,
    personMatchStatement(actor, condition, score),
  );
  return found.map((f) => ({ caseId: f.caseId, person: { personId: f.personId, kind: f.kind, firstName: f.firstName, lastName: f.lastName, dateOfBirth: f.dateOfBirth }, score: Number(f.score) }));
}

async function find(q: Queryable, actor: Actor, query: SearchQuery): Promise<Match[]> {
  switch (query.kind) {
    case 'number': {
      const pattern = query.value.startsWith('VK-') ? query.value : `%-${query.value}`;
      const found = await q.select({ id: cases.id }).from(cases).where(and(caseAccessWhere(actor), like(cases.number, pattern), isNull(cases.purgedAt))).orderBy(desc(cases.receivedAt)).limit(MAX_RESULTS);
      return found.map((row) => ({ caseId: row.id, person: null, score: 1 }));
    }
    case 'birth_date':
      return byPerson(q, actor, eq(casePersons.dateOfBirth, query.value), sql<number>`1`);
    case 'name': {
      const condition = nameCondition(query.value);
      if (!condition) return [];
      // The planner prices the array and trigram operators as cheap and would rather scan every
      // person than use the indexes; in this transaction only, it is told to use them. That hint
      // inflates the estimated cost enough to make PostgreSQL compile the query (JIT, ~35 ms) and
      // start parallel workers, for a query that reads a few hundred rows in ~5 ms: both off too.
      await q.execute(sql`SELECT set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)`);
      return byPerson(q, actor, condition, nameScore(query.value));
    }
  }
}

/** Read in one transaction (for the planner settings); audited with other reads before the answer. */
export async function searchCases(ctx: Ctx, text: string): Promise<{ kind: SearchQuery['kind']; results: SearchHit[] }> {
  const actor = actorOf(ctx);
  const query = parseSearchQuery(text);
  const { matches, summaries } = await ctx.db.transaction(async (tx) => {
    const matches = await find(tx, actor, query);
    return { matches, summaries: await summariesOf(tx, matches.map((m) => m.caseId)) };
  });
  await auditRead(ctx, [{ action: 'case.search', recordType: 'case', centreId: actor.centreId, details: { kind: query.kind, caseIds: matches.map((m) => m.caseId) } }]);
  return {
    kind: query.kind,
    results: matches.map((m) => ({
      ...summaries.get(m.caseId)!,
      matched: m.person,
      score: Math.round(m.score * 100) / 100,
    })),
  };
}

// Find things fast: by name (trigram similarity, so "Jansens" finds "Janssens"), by date of birth
// or by case number — only among the cases the worker may open, filtered in SQL by the policy.
// The search itself is audited by kind and results, never by what was typed (it is a name).
import { and, desc, eq, isNull, like, sql, type SQL } from 'drizzle-orm';
import { staffNameOf } from '../../access/organisation.service.js';
import { auditRead, type Actor, type Ctx } from '../../platform/context.js';
import { INDEX_FIRST_SETTINGS, type Db, type Queryable } from '../../platform/db.js';
import { actorOf } from '../actor.js';
import { caseAccessWhere } from '../case.policy.js';
import { childrenJson, summaryOf, type CaseSummary } from '../case-summary.js';
import { casePersons, cases, type PersonKind } from '../cases.tables.js';
import { nameCondition } from './name-match.js';
import { parseSearchQuery, type SearchQuery } from './search-query.js';

const MAX_RESULTS = 50;

export interface SearchHit extends CaseSummary {
  /** The person whose name or birth date matched, so the result explains itself. */
  matched: { personId: string; kind: PersonKind; firstName: string; lastName: string; dateOfBirth: string | null } | null;
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

/** What a match statement yields per case, in this order (see personMatchStatement). */
const matchColumns = ['caseId', 'personId', 'kind', 'firstName', 'lastName', 'dateOfBirth', 'score'] as const;

/** Cases by number: no person matched. Same columns as personMatchStatement. */
function numberMatchStatement(actor: Actor, pattern: string): SQL {
  return sql`SELECT ${cases.id} AS "caseId", NULL::uuid AS "personId", NULL::text AS kind, NULL::text AS "firstName", NULL::text AS "lastName", NULL::text AS "dateOfBirth", 1 AS score
    FROM ${cases} WHERE ${and(caseAccessWhere(actor), like(cases.number, pattern), isNull(cases.purgedAt))!}
    ORDER BY ${cases.receivedAt} DESC LIMIT ${MAX_RESULTS}`;
}

function matchStatement(actor: Actor, query: SearchQuery): SQL | null {
  switch (query.kind) {
    case 'number':
      return numberMatchStatement(actor, query.value.startsWith('VK-') ? query.value : `%-${query.value}`);
    case 'birth_date':
      return personMatchStatement(actor, eq(casePersons.dateOfBirth, query.value), sql<number>`1`);
    case 'name': {
      const condition = nameCondition(query.value);
      return condition ? personMatchStatement(actor, condition, nameScore(query.value)) : null;
    }
  }
}

/** The matches with their cases' summaries, best first (then the newest), in one statement. */
async function withSummaries(q: Queryable, match: SQL): Promise<SearchHit[]> {
  const m = Object.fromEntries(matchColumns.map((column) => [column, sql.raw(`m."${column}"`)])) as Record<(typeof matchColumns)[number], SQL>;
  const found = await q
    .select({
      row: cases,
      children: childrenJson.as('children'),
      ownerName: staffNameOf(cases.ownerId).as('owner_name'),
      personId: sql<string | null>`${m.personId}`,
      kind: sql<PersonKind | null>`${m.kind}`,
      firstName: sql<string>`${m.firstName}`,
      lastName: sql<string>`${m.lastName}`,
      dateOfBirth: sql<string | null>`${m.dateOfBirth}`,
      score: sql<number | string>`${m.score}`,
    })
    .from(cases)
    .innerJoin(sql`(${match}) AS m`, sql`${m.caseId} = ${cases.id}`)
    .orderBy(sql`${m.score} DESC`, desc(cases.receivedAt));
  return found.map(({ row, children, ownerName, personId, kind, firstName, lastName, dateOfBirth, score }) => ({
    ...summaryOf(row, children, new Map(row.ownerId && ownerName !== null ? [[row.ownerId, ownerName]] : [])),
    matched: personId && kind ? { personId, kind, firstName, lastName, dateOfBirth } : null,
    score: Math.round(Number(score) * 100) / 100,
  }));
}

/**
 * The planner prices the array and trigram operators as cheap and would rather scan every person
 * than use the indexes; the name search tells it to use them. That hint inflates the estimated
 * cost enough to make PostgreSQL compile the query (JIT, ~35 ms) and start parallel workers, for a
 * query that reads a few hundred rows in ~5 ms: both off too. On PostgreSQL, connections opened
 * with these settings (`indexFirst`) save the transaction; elsewhere they hold for one transaction.
 */
async function nameSearch(db: Db, indexFirst: Db | null, match: SQL): Promise<SearchHit[]> {
  if (indexFirst) return withSummaries(indexFirst, match);
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT ${sql.join(Object.entries(INDEX_FIRST_SETTINGS).map(([name, value]) => sql`set_config(${name}, ${value}, true)`), sql`, `)}`);
    return withSummaries(tx, match);
  });
}

/** One statement (on PGlite with the planner settings before it); audited with other reads before the answer. */
export async function searchCases(ctx: Ctx, text: string, indexFirst: Db | null = null): Promise<{ kind: SearchQuery['kind']; results: SearchHit[] }> {
  const actor = actorOf(ctx);
  const query = parseSearchQuery(text);
  const match = matchStatement(actor, query);
  const results = !match ? [] : query.kind === 'name' ? await nameSearch(ctx.db, indexFirst, match) : await withSummaries(ctx.db, match);
  await auditRead(ctx, [{ action: 'case.search', recordType: 'case', centreId: actor.centreId, details: { kind: query.kind, caseIds: results.map((r) => r.id) } }]);
  return { kind: query.kind, results };
}

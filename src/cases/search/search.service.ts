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

async function byPerson(q: Queryable, actor: Actor, condition: SQL, score: SQL<number>): Promise<Match[]> {
  // One row per case: its best-matching person (DISTINCT ON keeps the first row per case).
  const rows = await q
    .selectDistinctOn([cases.id], { case: cases, personId: casePersons.id, score: score.as('score') })
    .from(cases)
    .innerJoin(casePersons, and(eq(casePersons.caseId, cases.id), isNull(casePersons.removedAt)))
    .where(and(caseAccessWhere(actor), condition))
    .orderBy(cases.id, desc(score))
    .limit(MAX_RESULTS * 4);
  return rows
    .map((r) => ({ case: r.case, personId: r.personId, score: Number(r.score) }))
    .sort((a, b) => b.score - a.score || b.case.receivedAt.getTime() - a.case.receivedAt.getTime())
    .slice(0, MAX_RESULTS);
}

async function find(q: Queryable, actor: Actor, query: SearchQuery): Promise<Match[]> {
  switch (query.kind) {
    case 'number': {
      const pattern = query.value.startsWith('VK-') ? query.value : `%-${query.value}`;
      const rows = await q.select().from(cases).where(and(caseAccessWhere(actor), like(cases.number, pattern))).orderBy(desc(cases.receivedAt)).limit(MAX_RESULTS);
      return rows.map((row) => ({ case: row, personId: null, score: 1 }));
    }
    case 'birth_date':
      return byPerson(q, actor, eq(casePersons.dateOfBirth, query.value), sql<number>`1`);
    case 'name': {
      // `%` compares whole names, `<%` finds the typed text inside a longer name (only a surname).
      const score = sql<number>`greatest(similarity(${casePersons.searchName}, ${query.value}), word_similarity(${query.value}, ${casePersons.searchName}))`;
      return byPerson(q, actor, sql`(${casePersons.searchName} % ${query.value} or ${query.value} <% ${casePersons.searchName})`, score);
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

// The search's word dictionary (`person_name_words`) after people are removed: a word that no
// person's name holds any more is itself a trace of someone purged, so it goes too. The trigger
// adds words as people are added; this prune also re-adds any word a concurrent insert might have
// seen as present just before it was pruned, so the dictionary heals itself on the next run.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.js';

export async function pruneNameWords(q: Queryable): Promise<void> {
  await q.execute(sql`
    DELETE FROM person_name_words d
    WHERE NOT EXISTS (SELECT 1 FROM case_persons p WHERE person_search_words(p.first_name, p.last_name) @> ARRAY[d.word])`);
  await q.execute(sql`
    INSERT INTO person_name_words (word)
    SELECT DISTINCT w FROM case_persons, unnest(person_search_words(case_persons.first_name, case_persons.last_name)) AS w
    ON CONFLICT DO NOTHING`);
}

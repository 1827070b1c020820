// What the case-load benchmark asks: which workers (each with a session of its own), which case
// files they open and which names they search for (misspelled, as typed from a phone call), and
// the bare SQL that reads the same data in one statement, to compare against in the same run.
import type { Db } from '../../src/platform/db.js';
import { INDEX_FIRST_OPTIONS, rows, sql } from '../../src/platform/db.js';
import { createSession } from '../../src/access/session.repository.js';
import { nameCondition } from '../../src/cases/search/name-match.js';
import { nameScore, personMatchStatement } from '../../src/cases/search/search.service.js';
import type { Actor } from '../../src/platform/context.js';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';

export interface Worker {
  userId: string;
  centreId: string;
  /** The teams the worker leads (team leads only): the bare search's access rule needs them. */
  leadsTeams: string[];
  session: string;
  caseIds: string[];
  names: string[];
}

export interface Load {
  port: number;
  /** The floor server's port (floor-server.ts); 0 until it runs. */
  floorPort: number;
  databaseUrl: string;
  users: number;
  warmupSeconds: number;
  seconds: number;
  /** Mean pause between one worker's questions in the "at work" phases. */
  thinkSeconds: number;
  workers: Worker[];
}

export interface Phase {
  name: string;
  task: `${'case file' | 'name search'}, ${Via}`;
  paced: boolean;
}

type Via = 'HTTP' | 'HTTP floor' | 'bare SQL';

/**
 * Each question first as 50 workers at work (the target), then without pause (saturation). At
 * work, also through the HTTP floor (floor-server.ts), to show what the HTTP layer alone costs.
 */
export function phasesOf(load: Pick<Load, 'thinkSeconds'>): Phase[] {
  const phases: Phase[] = [];
  for (const subject of ['case file', 'name search'] as const) {
    for (const paced of [true, false]) {
      for (const via of paced ? (['HTTP', 'HTTP floor', 'bare SQL'] as const) : (['HTTP', 'bare SQL'] as const)) {
        const task = `${subject}, ${via}` as const;
        phases.push({ name: `${task}, ${paced ? `at work (${load.thinkSeconds} s)` : 'no pause'}`, task, paced });
      }
    }
  }
  return phases;
}

export interface PhaseResult {
  name: string;
  latencies: number[];
  seconds: number;
  failures: number;
}

/** The full case file in one statement: the case, its people, relations, notes, events, reports. */
export const bareCaseFile = `
  SELECT c.*,
    (SELECT json_agg(p ORDER BY p.created_at) FROM case_persons p WHERE p.case_id = c.id) AS persons,
    (SELECT json_agg(r ORDER BY r.created_at) FROM case_relations r WHERE r.case_id = c.id) AS relations,
    (SELECT json_agg(m) FROM case_members m WHERE m.case_id = c.id) AS members,
    (SELECT json_agg(n) FROM (SELECT * FROM case_notes WHERE case_id = c.id ORDER BY concerns_date DESC, created_at DESC LIMIT 500) n) AS notes,
    (SELECT json_agg(e) FROM (SELECT * FROM case_events WHERE case_id = c.id ORDER BY occurred_at DESC, id DESC LIMIT 1000) e) AS events,
    (SELECT json_agg(rp) FROM case_reports rp WHERE rp.case_id = c.id) AS reports
  FROM cases c WHERE c.id = $1`;

/**
 * The name search's statement, run bare: the same SQL the application runs for this worker (built
 * by the same functions: its access rule, name condition and score), rendered to the text and
 * values `pg` sends. The application adds the summaries of the cases found and the audit.
 */
export function bareSearch(name: string, worker: Pick<Worker, 'centreId' | 'userId' | 'leadsTeams'>): { text: string; values: unknown[] } {
  const text = name.toLowerCase();
  const actor: Actor = { userId: worker.userId, role: worker.leadsTeams.length ? 'team_lead' : 'caseworker', centreId: worker.centreId, teamIds: worker.leadsTeams, isDemo: false };
  const { sql: statement, params } = new PgDialect().sqlToQuery(personMatchStatement(actor, nameCondition(text) ?? sql`false`, nameScore(text)));
  return { text: statement, values: params };
}

/** One letter dropped from the surname: "Janssens" typed as "Jansens". */
const misspell = (first: string, last: string) => `${first} ${last.length > 3 ? last.slice(0, -2) + last.slice(-1) : last}`;

/** The scale seed's workers (case owners and team leads), each with a sample of its own cases. */
export async function workersOf(db: Db, perWorker: number): Promise<Omit<Worker, 'session'>[]> {
  const people = await rows<{ id: string; centre_id: string; role: string; team_ids: string[] }>(
    db,
    sql`SELECT u.id, u.centre_id, u.role, array_agg(ut.team_id) AS team_ids FROM users u JOIN user_teams ut ON ut.user_id = u.id
        WHERE u.role IN ('caseworker', 'team_lead') AND u.disabled_at IS NULL AND EXISTS (SELECT 1 FROM cases c WHERE c.owner_id = u.id)
        GROUP BY u.id ORDER BY u.email`,
  );
  const workers: Omit<Worker, 'session'>[] = [];
  for (const person of people) {
    const leadsTeams = person.role === 'team_lead' ? person.team_ids : [];
    const visible = leadsTeams.length ? sql`c.team_id = ANY(${`{${leadsTeams.join(',')}}`}::uuid[])` : sql`c.owner_id = ${person.id}`;
    const sample = await rows<{ id: string; first_name: string; last_name: string }>(
      db,
      sql`SELECT c.id, p.first_name, p.last_name FROM cases c JOIN LATERAL (SELECT first_name, last_name FROM case_persons WHERE case_id = c.id AND kind = 'child' LIMIT 1) p ON true
          WHERE c.centre_id = ${person.centre_id} AND ${visible} AND c.status <> 'waiting' ORDER BY hashtext(c.id::text) LIMIT ${perWorker}`,
    );
    if (sample.length === 0) continue;
    workers.push({ userId: person.id, centreId: person.centre_id, leadsTeams, caseIds: sample.map((s) => s.id), names: sample.map((s) => misspell(s.first_name, s.last_name)) });
  }
  return workers;
}

/** `users` signed-in sessions, spread over the workers (several sessions for one worker is fine). */
export async function signIn(db: Db, workers: Omit<Worker, 'session'>[], users: number): Promise<Worker[]> {
  const signedIn: Worker[] = [];
  for (let i = 0; i < users; i++) {
    const worker = workers[i % workers.length]!;
    signedIn.push({ ...worker, session: await createSession(db, worker.userId, 'complete', 12 * 3_600_000) });
  }
  return signedIn;
}

/**
 * How many of `count` misspelled names (as the workers search them) find the case they were taken
 * from, by the application's own statement: speed is worth nothing if the child is not found.
 */
export async function recallOf(databaseUrl: string, workers: Omit<Worker, 'session'>[], count: number): Promise<{ found: number; asked: number }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, options: INDEX_FIRST_OPTIONS });
  let found = 0;
  let asked = 0;
  try {
    for (let i = 0; asked < count && workers.length > 0; i++) {
      const worker = workers[i % workers.length]!;
      const at = Math.floor(i / workers.length);
      if (at >= worker.names.length) break;
      const { rows: matches } = await pool.query<{ caseId: string }>(bareSearch(worker.names[at]!, worker));
      asked += 1;
      if (matches.some((m) => m.caseId === worker.caseIds[at])) found += 1;
    }
  } finally {
    await pool.end();
  }
  return { found, asked };
}

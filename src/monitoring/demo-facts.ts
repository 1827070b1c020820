// Synthetic statistics for the demo installation: three years of anonymous facts for the six VKs,
// the 1712 hotline and the chat, with volumes in line with DOMAIN.md (about 7,500 reports a year,
// 61.7 % advice, 25.1 % case, 10.6 % MANO) and a slow improvement in first-contact times, so the
// dashboards, targets and report have something true-to-life to show. Deterministic (seeded).
// The demo history is loaded as aggregates only (as an installation's pre-Schakel history would
// be): tens of thousands of single facts would make every demo start, and every browser test,
// slow on the embedded database. Durations are drawn from ten deciles to keep histograms short.
import { sql, type Queryable } from '../platform/db.js';
import { bucketSql } from './facts.service.js';

interface DemoFact {
  kind: string;
  day: string;
  centre_id: string;
  channel: string;
  age_band: string;
  gender: string;
  category: string;
  urgency: string;
  outcome: string;
  track: string;
  detail: string;
  value: number;
}

export interface DemoCentre {
  id: string;
  kind: 'vk' | 'hotline' | 'chat';
  /** Share of Flemish reports this centre receives. */
  share: number;
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Weighted = ReadonlyArray<readonly [string, number]>;

function pick(random: () => number, options: Weighted): string {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll <= 0) return value;
  }
  return options[options.length - 1]?.[0] ?? '';
}

function poisson(random: () => number, mean: number): number {
  // Normal approximation: the means here are in the tens to hundreds.
  const u = Math.max(random(), 1e-12);
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
}

/** z-scores of the deciles' midpoints (5 %, 15 %, … 95 %) of a standard normal. */
const decileZ = [-1.645, -1.036, -0.674, -0.385, -0.126, 0.126, 0.385, 0.674, 1.036, 1.645];

function logNormal(random: () => number, median: number, spread: number): number {
  const z = decileZ[Math.floor(random() * decileZ.length)] ?? 0;
  return Math.round(median * Math.exp(spread * z) * 10) / 10;
}

const sources: Weighted = [['professional', 55], ['hotline', 15], ['family', 10], ['citizen', 8], ['child', 4], ['chat', 3], ['other', 5]];
const categories: Weighted = [
  ['physical_abuse_neglect', 28], ['emotional_abuse_neglect', 24], ['sexual_boundary_violation', 18], ['risk_situation', 16], ['unclear', 7], ['past_abuse', 4], ['other', 3],
];
const urgencies: Weighted = [['acute', 10], ['high', 30], ['normal', 60]];
const childAges: Weighted = [['0-2', 15], ['3-5', 15], ['6-11', 35], ['12-17', 33], ['unborn', 2]];
const intakeOutcomes: Weighted = [['advice', 61.7], ['case', 25.1], ['mano', 10.6], ['consult', 2.6]];
const forms: Weighted = [['physical_violence', 25], ['emotional_violence', 25], ['emotional_neglect', 18], ['physical_neglect', 12], ['sexual_abuse', 12], ['witnessing_violence', 8]];
const closures: Weighted = [['safety_restored', 40], ['referred_youth_care', 25], ['referred_other_service', 12], ['referred_prosecutor', 8], ['concern_not_confirmed', 10], ['family_unreachable', 5]];
/** Median days to a first contact and the deadline (days) per urgency. */
const firstContact: Record<string, { median: number; deadline: number }> = {
  acute: { median: 0.5, deadline: 1 },
  high: { median: 4, deadline: 7 },
  normal: { median: 12, deadline: 21 },
};

function monthsUpTo(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) return months;
    months.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

/** Demo facts already counted per key (what the aggregate table stores), and how many facts they stand for. */
export function generateDemoFacts(centres: readonly DemoCentre[], firstMonth: string, lastMonth: string, seed = 2026): { groups: Array<DemoFact & { month: string; n: number }>; facts: number } {
  const random = seeded(seed);
  const groups = new Map<string, DemoFact & { month: string; n: number }>();
  let total = 0;
  const blank = { channel: '', age_band: '', gender: '', category: '', urgency: '', outcome: '', track: '', detail: '', value: 1 };
  const months = monthsUpTo(firstMonth, lastMonth);
  months.forEach((month, index) => {
    const growth = 1 + 0.004 * index;
    // Working practice improves: first contacts get a little faster every month.
    const speed = 1 - 0.008 * index;
    for (const centre of centres) {
      // Facts are counted per month straight away: the demo never needs the single facts.
      const at = (kind: string, values: Partial<DemoFact>): void => {
        const fact = { ...blank, ...values };
        const key = `${kind}|${month}|${centre.id}|${fact.channel}|${fact.age_band}|${fact.gender}|${fact.category}|${fact.urgency}|${fact.outcome}|${fact.track}|${fact.detail}|${fact.value}`;
        total += 1;
        const group = groups.get(key);
        if (group) group.n += 1;
        else groups.set(key, { ...fact, kind, day: `${month}-01`, centre_id: centre.id, month, n: 1 });
      };
      if (centre.kind === 'hotline') {
        for (let i = poisson(random, 520 * growth); i > 0; i--) {
          at('contact', { channel: 'phone', age_band: pick(random, [['25_64', 60], ['18_24', 12], ['65_plus', 8], ['15_17', 6], ['unknown', 14]]), gender: pick(random, [['female', 68], ['male', 28], ['unknown', 4]]) });
        }
        continue;
      }
      if (centre.kind === 'chat') {
        for (let i = poisson(random, 260 * growth); i > 0; i--) {
          at('contact', { channel: 'chat', age_band: pick(random, [['12_14', 38], ['15_17', 44], ['under_12', 8], ['18_24', 6], ['unknown', 4]]), gender: pick(random, [['female', 80], ['male', 15], ['x', 3], ['unknown', 2]]) });
        }
        continue;
      }
      for (let i = poisson(random, 628 * centre.share * growth); i > 0; i--) {
        const category = pick(random, categories);
        const urgency = pick(random, urgencies);
        at('report', { category, urgency, channel: pick(random, sources) });
        const children = random() < 0.7 ? 1 : random() < 0.7 ? 2 : 3;
        for (let c = 0; c < children; c++) at('report_child', { age_band: pick(random, childAges) });
        at('report_form', { detail: pick(random, forms) });
        const outcome = pick(random, intakeOutcomes);
        at('report_outcome', { outcome });
        if (outcome !== 'case' && outcome !== 'mano') continue;
        const track = outcome;
        at('case_opened', { urgency, track });
        const rule = firstContact[urgency] ?? { median: 10, deadline: 21 };
        const days = logNormal(random, rule.median * speed, 0.6);
        at('first_contact', { urgency, outcome: days <= rule.deadline ? 'met' : 'late', value: days });
        at('case_assigned', { urgency, value: logNormal(random, 35 * speed, 0.7) });
        if (random() < 0.8) at('case_closed', { track, outcome: pick(random, closures), value: logNormal(random, 150, 0.5) });
      }
      const workers = Math.round(60 * centre.share * 1.2 + 4);
      const open = Math.round(workers * (17 + 3 * Math.sin(index / 4)));
      at('active_workers', { value: workers });
      at('open_cases', { value: open });
      at('waiting_list', { value: Math.round(open * 0.3) });
      at('waiting_long', { value: Math.round(open * 0.3 * (0.25 - 0.003 * index)) });
      at('referral_waiting_long', { value: Math.round(open * 0.12 * (0.3 - 0.002 * index)) });
    }
  });
  return { groups: [...groups.values()], facts: total };
}

/** Loads the demo history as aggregates (demo installations only). Returns the number of facts it stands for. */
export async function seedDemoFacts(q: Queryable, centres: readonly DemoCentre[], firstMonth: string, lastMonth: string): Promise<number> {
  const generated = generateDemoFacts(centres, firstMonth, lastMonth);
  const groups = JSON.stringify(generated.groups);
  await q.execute(sql`
    INSERT INTO monitoring_aggregates (kind, month, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, bucket, facts, total)
    SELECT kind, month, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, ${bucketSql(sql`value`)}, sum(n), sum(value * n)
    FROM jsonb_to_recordset(${groups}::jsonb) AS x(kind text, month text, centre_id uuid, channel text, age_band text, gender text,
      category text, urgency text, outcome text, track text, detail text, value double precision, n integer)
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
    ON CONFLICT ON CONSTRAINT monitoring_aggregates_pk
    DO UPDATE SET facts = monitoring_aggregates.facts + EXCLUDED.facts, total = monitoring_aggregates.total + EXCLUDED.total`);
  return generated.facts;
}

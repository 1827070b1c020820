// Periodic population studies (an independent body asks a representative sample about adverse
// childhood experiences). Schakel records the weighted ACE score distribution with the sample
// size and design effect, and shows the share with four or more ACEs with a confidence interval,
// next to the published reference. An ACE score is a screening signal about a population, never
// a verdict about a family.
import { and, desc, gte, lte } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../platform/context.js';
import type { Queryable } from '../platform/db.js';
import type { Locale } from '../platform/i18n.js';
import { invalid } from '../platform/errors.js';
import { DISCLOSURE_THRESHOLD } from './disclosure.js';
import { monitoringSurveys } from './monitoring.tables.js';

/** CDC–Kaiser ACE study (n = 17,337): share with 4 or more ACEs; the seed cites about 15 %. */
export const ACE_REFERENCES = [
  { id: 'cdc_kaiser', label: { 'nl-BE': 'CDC-Kaiser ACE-studie (n = 17.337)', en: 'CDC-Kaiser ACE study (n = 17,337)' }, fourOrMore: 0.125 },
  { id: 'seed', label: { 'nl-BE': 'Westerse bevolkingen (beleidsnota)', en: 'Western populations (policy paper)' }, fourOrMore: 0.15 },
] as const;

export interface SurveyInput {
  name: string;
  year: number;
  instrument: string;
  sampleSize: number;
  designEffect: number;
  /** Weighted shares of ACE score 0, 1, 2, 3 and 4 or more. */
  scoreShares: number[];
}

export interface SurveyResult extends SurveyInput {
  id: string;
  /** Share with ≥ 4 ACEs and its 95 % interval (Wilson, on the effective sample size); null when withheld. */
  fourOrMore: { share: number; lower: number; upper: number } | null;
  atLeastOne: { share: number; lower: number; upper: number } | null;
}

/** Wilson score interval for a proportion, on the effective sample size n / deff. */
export function wilsonInterval(share: number, effectiveN: number, z = 1.959964): { lower: number; upper: number } {
  const denominator = 1 + (z * z) / effectiveN;
  const centre = (share + (z * z) / (2 * effectiveN)) / denominator;
  const half = (z * Math.sqrt((share * (1 - share)) / effectiveN + (z * z) / (4 * effectiveN * effectiveN))) / denominator;
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

function withInterval(share: number, input: SurveyInput): { share: number; lower: number; upper: number } | null {
  // A share that stands for 1–9 respondents is withheld, like any small count.
  const respondents = Math.round(share * input.sampleSize);
  if (respondents > 0 && respondents < DISCLOSURE_THRESHOLD) return null;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const interval = wilsonInterval(share, input.sampleSize / input.designEffect);
  return { share: round(share), lower: round(interval.lower), upper: round(interval.upper) };
}

export function surveyResult(id: string, input: SurveyInput): SurveyResult {
  return { ...input, id, fourOrMore: withInterval(input.scoreShares[4] ?? 0, input), atLeastOne: withInterval(1 - (input.scoreShares[0] ?? 0), input) };
}

export async function recordSurvey(ctx: Ctx, input: SurveyInput): Promise<SurveyResult> {
  const total = input.scoreShares.reduce((s, x) => s + x, 0);
  if (input.scoreShares.length !== 5 || Math.abs(total - 1) > 0.01) throw invalid([{ path: 'scoreShares', key: 'monitoring_shares_sum' }]);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const [row] = await tx.insert(monitoringSurveys).values({ ...input, recordedBy: ctx.actor?.userId ?? null }).returning({ id: monitoringSurveys.id });
    audit({ action: 'monitoring.survey.record', recordType: 'monitoring_survey', recordId: row?.id ?? '', details: { year: input.year, sampleSize: input.sampleSize } });
    return surveyResult(row?.id ?? '', input);
  });
}

/** All surveys, or those of the five years up to `upToYear` (population studies are periodic). */
export async function listSurveys(q: Queryable, upToYear?: number): Promise<SurveyResult[]> {
  const rows = await q
    .select()
    .from(monitoringSurveys)
    .where(upToYear === undefined ? undefined : and(lte(monitoringSurveys.year, upToYear), gte(monitoringSurveys.year, upToYear - 4))).orderBy(desc(monitoringSurveys.year), desc(monitoringSurveys.recordedAt));
  return rows.map((r) => surveyResult(r.id, { name: r.name, year: r.year, instrument: r.instrument, sampleSize: r.sampleSize, designEffect: r.designEffect, scoreShares: r.scoreShares }));
}

export async function surveyReportSection(q: Queryable, year: number, locale: Locale): Promise<{ lines: string[]; table?: { header: string[]; rows: string[][] } } | null> {
  const surveys = await listSurveys(q, year);
  if (surveys.length === 0) return null;
  const en = locale === 'en';
  const pct = (x: { share: number; lower: number; upper: number } | null) =>
    x === null ? (en ? 'suppressed' : 'onderdrukt') : `${(x.share * 100).toFixed(1)} % (${(x.lower * 100).toFixed(1)} - ${(x.upper * 100).toFixed(1)})`;
  const references = ACE_REFERENCES.map((r) => `${r.label[locale]}: ${(r.fourOrMore * 100).toFixed(1)} %`).join('; ');
  return {
    lines: [
      en
        ? 'Share of adults with four or more adverse childhood experiences (ACEs), weighted, with a 95 % interval on the effective sample size (sample size divided by the design effect of the weights).'
        : 'Aandeel volwassenen met vier of meer ingrijpende jeugdervaringen (ACE), gewogen, met een 95 %-interval op de effectieve steekproefomvang (steekproef gedeeld door het designeffect van de gewichten).',
      `${en ? 'Reference' : 'Referentie'}: ${references}.`,
      en ? 'An ACE score is a screening signal about a population, never a verdict about a family.' : 'Een ACE-score is een signaal over een bevolking, nooit een oordeel over een gezin.',
    ],
    table: {
      header: en ? ['Survey', 'Instrument', 'n', '4+ ACEs (95 % CI)', '1+ ACE (95 % CI)'] : ['Studie', 'Instrument', 'n', '4+ ACE (95 %-BI)', '1+ ACE (95 %-BI)'],
      rows: surveys.map((s) => [s.name, s.instrument, s.sampleSize.toLocaleString(en ? 'en-GB' : 'nl-BE'), pct(s.fourOrMore), pct(s.atLeastOne)]),
    },
  };
}

// The indicator catalogue is content (content/monitoring/indicators.json), in the spirit of DHIS2:
// each indicator is a numerator over a denominator times a factor, with the measure that turns
// facts into a number, a period type and the direction in which things get better. Analysts
// change the catalogue without a programmer; the schema below refuses what the engine cannot
// compute, at start-up rather than on a dashboard.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { factDimensionNames } from './monitoring.tables.js';

export const CATALOGUE_PATH = fileURLToPath(new URL('../../content/monitoring/indicators.json', import.meta.url));

const text = z.strictObject({ 'nl-BE': z.string().min(1), en: z.string().min(1) });
const code = z.string().regex(/^[A-Za-z0-9_.+-]{1,64}$/);
const filter = z.partialRecord(z.enum(factDimensionNames), z.array(code).min(1));

export const measures = ['count', 'sum', 'median', 'latest_total'] as const;
export type Measure = (typeof measures)[number];

const factTerm = z.strictObject({
  kind: z.string().regex(/^[a-z][a-z0-9_]{0,47}$/),
  measure: z.enum(measures),
  filter: filter.optional(),
  /** Only facts whose value (histogram bucket) is at most this, e.g. "within 1 day". */
  valueAtMost: z.number().optional(),
  /**
   * `none` for counts about the organisation rather than about children and families (e.g.
   * active workers), which need no small-count protection. Default: counts are protected.
   */
  disclosure: z.enum(['counts', 'none']).optional(),
});
export type FactTerm = z.infer<typeof factTerm>;

const populationTerm = z.strictObject({ population: z.array(z.string().min(1)).min(1) });

export const periodTypes = ['month', 'quarter', 'year'] as const;
export type PeriodType = (typeof periodTypes)[number];

const indicator = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/),
    name: text,
    description: text,
    unit: z.enum(['count', 'percent', 'days', 'ratio', 'per_1000']),
    numerator: factTerm,
    denominator: z.union([factTerm, populationTerm]).optional(),
    /** The numerator's facts are a subset of the denominator's: the complement is a count too. */
    share: z.boolean().optional(),
    factor: z.number().positive(),
    periodType: z.enum(periodTypes),
    direction: z.enum(['higher_is_better', 'lower_is_better', 'neutral']),
    /** False when the numerator has no province (the Flanders-wide chat): Flanders only. */
    regional: z.boolean().optional(),
  })
  .refine((i) => i.numerator.measure !== 'median' || i.denominator === undefined, { message: 'a median has no denominator' })
  .refine((i) => !i.share || (i.denominator !== undefined && 'kind' in i.denominator && i.denominator.measure === 'count' && i.numerator.measure === 'count'), {
    message: 'a share needs count over count',
  });
export type Indicator = z.infer<typeof indicator>;

const catalogueFile = z
  .strictObject({ version: z.string(), indicators: z.array(indicator).min(1) })
  .refine((c) => new Set(c.indicators.map((i) => i.id)).size === c.indicators.length, { message: 'indicator ids must be unique' });
export type IndicatorCatalogue = z.infer<typeof catalogueFile>;

export function parseCatalogue(json: unknown): IndicatorCatalogue {
  return catalogueFile.parse(json);
}

let cached: IndicatorCatalogue | undefined;

export function indicatorCatalogue(path = CATALOGUE_PATH): IndicatorCatalogue {
  if (path !== CATALOGUE_PATH) return parseCatalogue(JSON.parse(readFileSync(path, 'utf8')));
  cached ??= parseCatalogue(JSON.parse(readFileSync(path, 'utf8')));
  return cached;
}

export function isFactTerm(term: Indicator['denominator']): term is FactTerm {
  return term !== undefined && 'kind' in term;
}

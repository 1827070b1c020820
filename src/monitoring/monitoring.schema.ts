// Request and response shapes of the monitoring API. Responses are allow-lists: only aggregate
// figures, codes and labels; never a person, never a count below the disclosure threshold.
import { z } from 'zod';
import { periodTypes } from './indicator-catalogue.js';
import { regionCodes } from './regions.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
export const periodText = z.string().regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/);
const region = z.enum(regionCodes);
const regionList = z
  .string()
  .max(64)
  .transform((text) => text.split(',').filter((r) => r !== ''))
  .pipe(z.array(region).min(1).max(regionCodes.length));

export const overviewQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100), region: region.default('VL') });
export const seriesQuery = z.strictObject({
  indicator: z.string().max(64),
  from: month,
  to: month,
  periodType: z.enum(periodTypes).optional(),
  regions: regionList.default(['VL']),
});
export const breakdownQuery = z.strictObject({ id: z.string().max(64), from: month, to: month });
export const exportFormat = z.enum(['csv', 'xlsx']);
export const seriesExportQuery = seriesQuery.extend({ format: exportFormat });
export const breakdownExportQuery = breakdownQuery.extend({ format: exportFormat });

const text = z.object({ 'nl-BE': z.string(), en: z.string() });
const indicatorInfo = z.object({
  id: z.string(),
  name: text,
  description: text,
  unit: z.enum(['count', 'percent', 'days', 'ratio', 'per_1000']),
  periodType: z.enum(periodTypes),
  direction: z.enum(['higher_is_better', 'lower_is_better', 'neutral']),
  regional: z.boolean(),
});

export const catalogueResponse = z.object({
  version: z.string(),
  indicators: z.array(indicatorInfo),
  regions: z.array(z.object({ code: region, name: text })),
  breakdowns: z.array(z.object({ id: z.string(), name: text })),
  months: z.object({ first: z.string().nullable(), last: z.string().nullable() }),
});

const pointStatus = z.enum(['ok', 'suppressed', 'no_data']);
const light = z.enum(['green', 'amber', 'red', 'none']);

export const overviewResponse = z.object({
  year: z.number(),
  region,
  items: z.array(
    z.object({
      indicator: indicatorInfo,
      unit: z.string(),
      value: z.number().nullable(),
      status: pointStatus,
      previous: z.number().nullable(),
      target: z.number().nullable(),
      light,
      trend: z.enum(['up', 'down', 'flat', 'unknown']),
      trendMeaning: z.enum(['better', 'worse', 'neutral']),
    }),
  ),
});

export const seriesResponse = z.object({
  indicatorId: z.string(),
  unit: z.string(),
  periodType: z.enum(periodTypes),
  periods: z.array(z.string()),
  regions: z.array(z.object({ region, points: z.array(z.object({ period: z.string(), value: z.number().nullable(), status: pointStatus })) })),
  targets: z.array(z.object({ region, period: z.string(), target: z.number().nullable(), light })),
});

export const breakdownResponse = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.literal('count'),
  from: z.string(),
  to: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.object({ code: z.string(), label: z.string(), counts: z.array(z.number().nullable()), total: z.number().nullable() })),
  totals: z.array(z.number().nullable()),
  grandTotal: z.number().nullable(),
});

export const targetBody = z.strictObject({
  indicatorId: z.string().min(1).max(64),
  period: periodText,
  region,
  target: z.number().finite(),
  tolerance: z.number().finite().min(0),
});
export const targetKeyBody = z.strictObject({ indicatorId: z.string().min(1).max(64), period: periodText, region });
export const targetsQuery = z.strictObject({ indicator: z.string().max(64).optional() });
export const targetsResponse = z.object({ targets: z.array(targetBody) });

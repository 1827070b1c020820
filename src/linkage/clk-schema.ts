// The linkage schema: which columns go into the Bloom filter and how. We read clkhash's v3 schema
// format so that a registry using clkhash 0.18 and one using Schakel produce the same encodings
// from the same schema file and secret. Only what we implement bit-for-bit is accepted; anything
// else (blakeHash, XOR folding, UTF-16) is refused with a message instead of being encoded
// differently from clkhash without anyone noticing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { LinkageInputError } from './linkage-error.js';

const base64Text = z
  .string()
  .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'must be base64');

const kdfSchema = z.strictObject({
  type: z.literal('HKDF'),
  hash: z.enum(['SHA256', 'SHA512']).default('SHA256'),
  salt: base64Text.optional(),
  info: base64Text.optional(),
  keySize: z.int().min(1).max(1024).default(64),
});

const encodingSchema = z
  .enum(['ascii', 'utf-8'], { error: 'only "ascii" and "utf-8" are supported (clkhash adds a byte-order mark for utf-16/32)' })
  .default('utf-8');

const stringFormat = z.strictObject({
  type: z.literal('string'),
  encoding: encodingSchema,
  case: z.enum(['upper', 'lower', 'mixed']).default('mixed'),
  minLength: z.int().min(0).optional(),
  maxLength: z.int().min(1).optional(),
  pattern: z
    .string()
    .refine(isCompilableRegExp, 'pattern is not a valid regular expression')
    .optional(),
  description: z.string().optional(),
});

const integerFormat = z.strictObject({
  type: z.literal('integer'),
  minimum: z.int().optional(),
  maximum: z.int().optional(),
  description: z.string().optional(),
});

const dateFormat = z.strictObject({
  type: z.literal('date'),
  format: z
    .string()
    .refine(
      (f) => /%Y/.test(f) && /%m/.test(f) && /%d/.test(f) && !/%[^Ymd%]/.test(f),
      'date format must use %Y, %m and %d (other directives are not supported)',
    ),
  description: z.string().optional(),
});

const enumFormat = z.strictObject({
  type: z.literal('enum'),
  values: z.array(z.string()).min(1),
  description: z.string().optional(),
});

const comparisonSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ngram'), n: z.int().min(1), positional: z.boolean().default(false) }),
  z.strictObject({ type: z.literal('exact') }),
]);

const strategySchema = z.union(
  [z.strictObject({ bitsPerToken: z.int().min(1) }), z.strictObject({ bitsPerFeature: z.int().min(1) })],
  { error: 'must be { "bitsPerToken": n } or { "bitsPerFeature": n } with n ≥ 1' },
);

const hashSchema = z.strictObject(
  {
    type: z.literal('doubleHash', {
      error: 'only "doubleHash" is supported (clkhash\'s default "blakeHash" is not implemented)',
    }),
    prevent_singularity: z.literal(false, { error: 'prevent_singularity is not supported' }).optional(),
  },
  // clkhash falls back to blakeHash when "hash" is left out; say so rather than guess.
  { error: 'required: { "type": "doubleHash" } (clkhash would otherwise use blakeHash)' },
);

const hashedFeatureSchema = z.strictObject({
  identifier: z.string().min(1),
  description: z.string().optional(),
  format: z.discriminatedUnion('type', [stringFormat, integerFormat, dateFormat, enumFormat]),
  hashing: z.strictObject({
    comparison: comparisonSchema,
    strategy: strategySchema,
    hash: hashSchema,
    missingValue: z.strictObject({ sentinel: z.string(), replaceWith: z.string().optional() }).optional(),
  }),
});

const ignoredFeatureSchema = z.strictObject({
  identifier: z.string().min(1),
  ignored: z.literal(true),
  description: z.string().optional(),
});

type IgnoredFeature = z.infer<typeof ignoredFeatureSchema>;
export type HashedFeature = z.infer<typeof hashedFeatureSchema>;

function isIgnoredShape(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'ignored' in value;
}

const linkageSchemaFile = z.strictObject({
  version: z.literal(3, { error: 'only linkage schema version 3 (the current clkhash format) is supported' }),
  clkConfig: z.strictObject({
    // Whole bytes, because the filter travels as base64 of its bytes.
    l: z.int().min(8).max(65_536).multipleOf(8),
    kdf: kdfSchema,
    xorFolds: z.literal(0, { error: 'XOR folding is not supported' }).optional(),
  }),
  features: z
    // Pick the branch by the "ignored" key, so that an error points into the feature instead of
    // the unhelpful "matches neither" of a plain union.
    .array(z.custom<IgnoredFeature | HashedFeature>((value) => (isIgnoredShape(value) ? ignoredFeatureSchema : hashedFeatureSchema).safeParse(value).success))
    .min(1)
    .refine((features) => new Set(features.map((f) => f.identifier)).size === features.length, 'identifiers must be unique')
    .refine((features) => features.some((f) => !('ignored' in f)), 'at least one feature must be hashed'),
});

export type LinkageSchemaFile = z.infer<typeof linkageSchemaFile>;
export type FeatureFormat = HashedFeature['format'];

export interface ClkSchema {
  /** Filter length in bits. */
  bits: number;
  kdf: { hash: 'sha256' | 'sha512'; salt: Buffer; info: Buffer; keySize: number };
  /** Every feature in schema order; ignored ones still take a key slot, as in clkhash. */
  features: ReadonlyArray<{ identifier: string; hashed: HashedFeature | null }>;
}

export function parseClkSchema(json: unknown, file?: string): ClkSchema {
  const result = linkageSchemaFile.safeParse(json);
  if (!result.success) {
    const issue = explainFeatureIssue(json, result.error.issues[0]);
    const path = issue === undefined ? '' : formatIssuePath(issue.path);
    const detail = issue?.message ?? 'invalid';
    throw new LinkageInputError(
      { file },
      `ongeldig koppelingsschema bij ${path || '(top)'}: ${detail}`,
      `invalid linkage schema at ${path || '(top)'}: ${detail}`,
    );
  }
  const { clkConfig, features } = result.data;
  return {
    bits: clkConfig.l,
    kdf: {
      hash: clkConfig.kdf.hash === 'SHA256' ? 'sha256' : 'sha512',
      salt: Buffer.from(clkConfig.kdf.salt ?? '', 'base64'),
      info: Buffer.from(clkConfig.kdf.info ?? '', 'base64'),
      keySize: clkConfig.kdf.keySize,
    },
    features: features.map((f) => ({ identifier: f.identifier, hashed: 'ignored' in f ? null : f })),
  };
}

export function loadClkSchema(path: string): ClkSchema {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new LinkageInputError({ file: path }, 'schemabestand onleesbaar', 'schema file unreadable');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LinkageInputError({ file: path }, 'schemabestand is geen geldige JSON', 'schema file is not valid JSON');
  }
  return parseClkSchema(json, path);
}

/** clkhash 0.18's documented example (name, date of birth, sex); shipped for interoperability tests. */
export const EXAMPLE_SCHEMA_PATH = fileURLToPath(new URL('./schemas/clkhash-example-v3.json', import.meta.url));

/**
 * Schakel's default: the same three fields, weighted for registries that only partly overlap.
 * The example gives sex 400 of ~520 set bits, so any two girls score Dice ≈ 0.85 and a 0.8
 * threshold links children who merely share a sex; here name and birth date carry the weight
 * and l = 2048 keeps unrelated filters from overlapping by chance.
 */
export const SCHAKEL_SCHEMA_PATH = fileURLToPath(new URL('./schemas/schakel-child-v1.json', import.meta.url));

/** Re-validates a rejected feature on its own to report the issue inside it. */
function explainFeatureIssue(json: unknown, issue: z.core.$ZodIssue | undefined): z.core.$ZodIssue | undefined {
  if (issue?.code !== 'custom' || issue.path[0] !== 'features' || typeof issue.path[1] !== 'number') return issue;
  const index = issue.path[1];
  const feature = (json as { features: unknown[] }).features[index];
  const inner = (isIgnoredShape(feature) ? ignoredFeatureSchema : hashedFeatureSchema).safeParse(feature);
  const innerIssue = inner.error?.issues[0];
  return innerIssue === undefined ? issue : { ...innerIssue, path: ['features', index, ...innerIssue.path] };
}

function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function isCompilableRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SCHEMA_PATH, parseClkSchema } from './clk-schema.js';
import { LinkageInputError } from './linkage-error.js';

const example = JSON.parse(readFileSync(EXAMPLE_SCHEMA_PATH, 'utf8')) as Record<string, unknown>;

function withChange(change: (copy: { clkConfig: Record<string, unknown>; features: Array<Record<string, unknown>> }) => void): unknown {
  const copy = structuredClone(example) as { clkConfig: Record<string, unknown>; features: Array<Record<string, unknown>> };
  change(copy);
  return copy;
}

function messageOf(json: unknown): string {
  try {
    parseClkSchema(json, 'schema.json');
  } catch (error) {
    if (error instanceof LinkageInputError) return error.toUserMessage();
    throw error;
  }
  return 'accepted';
}

describe('linkage schema validation', () => {
  it('accepts the shipped clkhash example schema', () => {
    const schema = parseClkSchema(example);
    expect(schema.bits).toBe(1024);
    expect(schema.features.map((f) => f.identifier)).toEqual(['INDEX', 'NAME freetext', 'DOB YYYY/MM/DD', 'GENDER M or F']);
    expect(schema.features[0]!.hashed).toBeNull();
    expect(schema.kdf).toMatchObject({ hash: 'sha256', keySize: 64 });
    expect(schema.kdf.info).toHaveLength(0);
  });

  it('names the file and the path of the first problem, in Dutch and English', () => {
    const message = messageOf(withChange((s) => (s.clkConfig.l = 1001)));
    expect(message).toContain('schema.json');
    expect(message).toContain('clkConfig.l');
    expect(message).toMatch(/ongeldig koppelingsschema/);
    expect(message).toMatch(/invalid linkage schema/);
  });

  it('refuses hashing we cannot reproduce bit for bit', () => {
    expect(messageOf(withChange((s) => ((s.features[1]!.hashing as Record<string, unknown>).hash = { type: 'blakeHash' })))).toMatch(
      /features\[1\]\.hashing\.hash\.type.*doubleHash/,
    );
    expect(messageOf(withChange((s) => delete (s.features[1]!.hashing as Record<string, unknown>).hash))).toMatch(/blakeHash/);
    expect(messageOf(withChange((s) => (s.clkConfig.xorFolds = 1)))).toMatch(/XOR/);
    expect(messageOf(withChange((s) => ((s.features[1]!.format as Record<string, unknown>).encoding = 'utf-16')))).toMatch(/utf-8/);
  });

  it('refuses wrong versions, duplicate identifiers, unknown keys and bad salts', () => {
    expect(messageOf({ ...example, version: 2 })).toMatch(/version 3/);
    expect(messageOf(withChange((s) => (s.features[2]!.identifier = 'NAME freetext')))).toMatch(/unique/);
    expect(messageOf(withChange((s) => (s.features[1]!.colour = 'blue')))).toMatch(/colour/);
    expect(messageOf(withChange((s) => ((s.clkConfig.kdf as Record<string, unknown>).salt = 'not base64!')))).toMatch(/base64/);
    expect(messageOf(withChange((s) => ((s.features[2]!.format as Record<string, unknown>).format = '%Y-%j')))).toMatch(/%Y, %m and %d/);
  });
});

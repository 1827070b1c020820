// Cryptographic long-term keys (Schnell, Bachteler & Reiher 2009), bit-for-bit as clkhash 0.18
// makes them: per-feature key pairs from HKDF, every token hashed into the filter with the
// double-hashing scheme g_i = (h1 + i·h2) mod l, h1 = HMAC-SHA1, h2 = HMAC-MD5. SHA-1 and MD5
// are used here only as keyed PRFs inside HMAC, where their collision weaknesses do not matter,
// and they are what makes the encodings interoperable with clkhash.
import { createHmac, hkdfSync } from 'node:crypto';
import { bitsPerToken, formatFeatureValue, tokenize } from './clk-features.js';
import type { ClkSchema } from './clk-schema.js';
import { LinkageInputError } from './linkage-error.js';

export type FeatureKeys = readonly [sha1Key: Buffer, md5Key: Buffer];

/**
 * One key pair per feature, ignored features included (they keep their slot so that key i
 * always belongs to column i, as clkhash derives them).
 */
export function deriveFeatureKeys(schema: ClkSchema, secret: Uint8Array): FeatureKeys[] {
  const { hash, salt, info, keySize } = schema.kdf;
  const length = schema.features.length * 2 * keySize;
  const maximum = 255 * (hash === 'sha256' ? 32 : 64);
  if (length > maximum) {
    throw new LinkageInputError(
      {},
      `schema vraagt ${length} sleutelbytes, HKDF levert er hoogstens ${maximum}`,
      `schema needs ${length} key bytes, HKDF yields at most ${maximum}`,
    );
  }
  const material = Buffer.from(hkdfSync(hash, secret, salt, info, length));
  return schema.features.map((_, index) => {
    const start = index * 2 * keySize;
    return [material.subarray(start, start + keySize), material.subarray(start + keySize, start + 2 * keySize)] as const;
  });
}

/** The digest read as one big-endian integer, reduced mod l (Python's int(hexdigest, 16) % l). */
function digestModulo(digest: Buffer, modulus: number): number {
  let remainder = 0;
  for (const byte of digest) remainder = (remainder * 256 + byte) % modulus;
  return remainder;
}

export interface TokenHashes {
  h1: number;
  h2: number;
}

export function hashToken(token: Uint8Array, keys: FeatureKeys, bits: number): TokenHashes {
  return {
    h1: digestModulo(createHmac('sha1', keys[0]).update(token).digest(), bits),
    h2: digestModulo(createHmac('md5', keys[1]).update(token).digest(), bits),
  };
}

/** The k filter positions of one token. When h2 ≡ 0 they all coincide; clkhash 0.18 keeps that. */
export function doubleHashIndices(hashes: TokenHashes, k: number, bits: number): number[] {
  const indices: number[] = [];
  for (let i = 0; i < k; i += 1) indices.push((hashes.h1 + i * hashes.h2) % bits);
  return indices;
}

export type EncodeOutcome =
  | { ok: true; filter: Uint8Array }
  | { ok: false; identifier: string; dutch: string; english: string };

export interface ClkEncoder {
  readonly bits: number;
  /** Hashed feature identifiers, i.e. the input columns the encoder needs. */
  readonly columns: readonly string[];
  encode(valueOf: (identifier: string) => string): EncodeOutcome;
}

// Names, dates and sexes repeat a lot, so token hashes are cached per feature; the cap keeps a
// file of unique free-text values from growing the cache without bound.
const TOKEN_CACHE_LIMIT = 200_000;

export function createClkEncoder(schema: ClkSchema, secret: Uint8Array): ClkEncoder {
  const keys = deriveFeatureKeys(schema, secret);
  const bits = schema.bits;
  const hashed = schema.features.flatMap((feature, index) => {
    if (feature.hashed === null) return [];
    const cache = new Map<string, TokenHashes>();
    return [{ spec: feature.hashed, keys: keys[index] as FeatureKeys, cache }];
  });

  const hashCached = (token: string, feature: (typeof hashed)[number]): TokenHashes => {
    const known = feature.cache.get(token);
    if (known !== undefined) return known;
    // "ascii" features are checked to be ASCII, whose bytes are the same in UTF-8.
    const hashes = hashToken(Buffer.from(token, 'utf8'), feature.keys, bits);
    if (feature.cache.size < TOKEN_CACHE_LIMIT) feature.cache.set(token, hashes);
    return hashes;
  };

  return {
    bits,
    columns: hashed.map((f) => f.spec.identifier),
    encode(valueOf) {
      const filter = new Uint8Array(bits / 8);
      for (const feature of hashed) {
        const formatted = formatFeatureValue(feature.spec, valueOf(feature.spec.identifier));
        if (!formatted.ok) return { ok: false, identifier: feature.spec.identifier, dutch: formatted.dutch, english: formatted.english };
        const tokens = tokenize(feature.spec.hashing.comparison, formatted.value);
        const counts = bitsPerToken(feature.spec.hashing.strategy, tokens.length);
        tokens.forEach((token, tokenIndex) => {
          const { h1, h2 } = hashCached(token, feature);
          const k = counts[tokenIndex] ?? 0;
          for (let i = 0; i < k; i += 1) {
            const position = (h1 + i * h2) % bits;
            // Bit 0 is the most significant bit of byte 0 (bitarray's default "big" endianness).
            filter[position >> 3]! |= 0x80 >> (position & 7);
          }
        });
      }
      return { ok: true, filter };
    },
  };
}

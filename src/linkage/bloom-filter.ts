// Filters as 32-bit words for comparison. The similarity of two CLKs is the Dice coefficient
// 2·|a ∧ b| / (|a| + |b|); with 1024-bit filters that is 32 AND + popcount steps, which is
// what makes comparing millions of candidate pairs per second possible in plain JavaScript.

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function popcount32(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function popcountBytes(bytes: Uint8Array): number {
  let total = 0;
  for (const byte of bytes) total += popcount32(byte);
  return total;
}

export function diceOfBytes(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) throw new RangeError('filters differ in length');
  let common = 0;
  for (let i = 0; i < a.length; i += 1) common += popcount32((a[i] ?? 0) & (b[i] ?? 0));
  const total = popcountBytes(a) + popcountBytes(b);
  return total === 0 ? 0 : (2 * common) / total;
}

export function filterToBase64(filter: Uint8Array): string {
  return Buffer.from(filter.buffer, filter.byteOffset, filter.byteLength).toString('base64');
}

/** Strict base64 decoding: Buffer.from() silently skips junk, which would hide a corrupted file. */
export function filterFromBase64(text: string): Uint8Array | null {
  if (!BASE64.test(text)) return null;
  return new Uint8Array(Buffer.from(text, 'base64'));
}

/** Many filters of the same length, packed word after word for cache-friendly comparison. */
export class FilterStore {
  readonly wordsPerFilter: number;
  readonly words: Uint32Array;
  readonly popcounts: Uint16Array;
  private count = 0;

  constructor(
    readonly bits: number,
    readonly capacity: number,
  ) {
    this.wordsPerFilter = Math.ceil(bits / 32);
    this.words = new Uint32Array(this.wordsPerFilter * capacity);
    this.popcounts = new Uint16Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Appends a filter given as bytes (big-endian words; trailing bytes of a last partial word stay zero). */
  add(filter: Uint8Array): number {
    if (this.count === this.capacity) throw new RangeError('filter store is full');
    const index = this.count;
    const offset = index * this.wordsPerFilter;
    let ones = 0;
    for (let w = 0; w < this.wordsPerFilter; w += 1) {
      const b = w * 4;
      const word = (((filter[b] ?? 0) << 24) | ((filter[b + 1] ?? 0) << 16) | ((filter[b + 2] ?? 0) << 8) | (filter[b + 3] ?? 0)) >>> 0;
      this.words[offset + w] = word;
      ones += popcount32(word);
    }
    this.popcounts[index] = ones;
    this.count += 1;
    return index;
  }

  /** Whether bit `position` (0 = most significant bit of the first byte) is set in filter `index`. */
  hasBit(index: number, position: number): boolean {
    const word = this.words[index * this.wordsPerFilter + (position >>> 5)] ?? 0;
    return ((word >>> (31 - (position & 31))) & 1) === 1;
  }
}

/** Dice coefficient of filter i in store a and filter j in store b. */
export function diceBetween(a: FilterStore, i: number, b: FilterStore, j: number): number {
  const words = a.wordsPerFilter;
  const aWords = a.words;
  const bWords = b.words;
  let offsetA = i * words;
  let offsetB = j * words;
  let common = 0;
  for (let w = 0; w < words; w += 1) {
    common += popcount32((aWords[offsetA] ?? 0) & (bWords[offsetB] ?? 0));
    offsetA += 1;
    offsetB += 1;
  }
  const total = (a.popcounts[i] ?? 0) + (b.popcounts[j] ?? 0);
  return total === 0 ? 0 : (2 * common) / total;
}

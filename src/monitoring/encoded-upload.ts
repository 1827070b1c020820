// CLK-encoded registry files (the output of `schakel link encode`: id, clk, nrn_hmac) checked
// line by line, then linked in memory into capture histories. The encodings are never stored:
// only how many children each combination of registries saw leaves this module.
import { FilterStore, filterFromBase64 } from '../linkage/bloom-filter.js';
import { ENCODED_COLUMNS } from '../linkage/encode-csv.js';
import type { EncodedSource } from '../linkage/encoded-source.js';
import { linkSources } from '../linkage/link-sources.js';
import type { LineProblem } from './registry-upload.js';

const PSEUDONYM = /^[0-9a-f]{64}$/;

export interface CheckedEncodedFile {
  source: EncodedSource;
  records: number;
  problems: LineProblem[];
}

export function checkEncodedFile(name: string, rows: string[][]): CheckedEncodedFile {
  const header = rows[0] ?? [];
  const clk = header.indexOf(ENCODED_COLUMNS.clk);
  const pseudonym = header.indexOf(ENCODED_COLUMNS.pseudonym);
  const problems: LineProblem[] = [];
  if (clk < 0) {
    problems.push({ line: 1, column: ENCODED_COLUMNS.clk, nl: 'kolom "clk" ontbreekt: is dit de uitvoer van schakel link encode?', en: 'column "clk" is missing: is this the output of schakel link encode?' });
    return { source: { name, filters: new FilterStore(8, 0), pseudonyms: [] }, records: 0, problems };
  }
  const filters: Uint8Array[] = [];
  const pseudonyms: Array<string | null> = [];
  let bytes = -1;
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    const filter = filterFromBase64((row[clk] ?? '').trim());
    if (filter === null || filter.length === 0) return void problems.push({ line, column: ENCODED_COLUMNS.clk, nl: 'ongeldige base64', en: 'invalid base64' });
    if (bytes === -1) bytes = filter.length;
    if (filter.length !== bytes) {
      return void problems.push({ line, column: ENCODED_COLUMNS.clk, nl: `filter van ${filter.length * 8} bits, verwacht ${bytes * 8} (ander schema?)`, en: `filter of ${filter.length * 8} bits, expected ${bytes * 8} (another schema?)` });
    }
    const hmac = pseudonym < 0 ? '' : (row[pseudonym] ?? '').trim();
    if (hmac !== '' && !PSEUDONYM.test(hmac)) return void problems.push({ line, column: ENCODED_COLUMNS.pseudonym, nl: 'pseudoniem is geen 64 hexadecimale tekens', en: 'pseudonym is not 64 hexadecimal characters' });
    filters.push(filter);
    pseudonyms.push(hmac === '' ? null : hmac);
  });
  const store = new FilterStore(Math.max(bytes, 1) * 8, filters.length);
  for (const filter of filters) store.add(filter);
  return { source: { name, filters: store, pseudonyms }, records: filters.length, problems };
}

export interface LinkedHistories {
  sources: string[];
  histories: Array<{ history: string; count: number }>;
}

export function linkEncodedSources(sources: readonly EncodedSource[]): LinkedHistories {
  const bits = new Set(sources.map((s) => s.filters.bits));
  if (bits.size > 1) throw new Error('files encoded with different schemas cannot be linked');
  const result = linkSources(sources);
  return { sources: sources.map((s) => s.name), histories: [...result.clustering.histories.entries()].map(([history, count]) => ({ history, count })) };
}

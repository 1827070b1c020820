// The guide's content as the server knows it: every file in content/kindreflex/, checked at
// start-up. A broken content file stops the server with the file and the problems named, rather
// than letting professionals walk through a guide that leads nowhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGuideContent } from './guide-checks.js';
import type { GuideContent } from './guide-content.schema.js';

export const guideContentDir = fileURLToPath(new URL('../../content/kindreflex/', import.meta.url));

export interface GuideCatalogue {
  get(sector: string): GuideContent | undefined;
  all(): GuideContent[];
}

export function loadGuideCatalogue(dir = guideContentDir): GuideCatalogue {
  const bySector = new Map<string, GuideContent>();
  const problems: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const checked = checkGuideContent(raw);
    if (!checked.ok) {
      problems.push(...checked.problems.map((p) => `${file}: ${p}`));
      continue;
    }
    const { content } = checked;
    if (file !== `${content.sector}.json`) problems.push(`${file}: the file name must be the sector id (${content.sector}.json)`);
    else bySector.set(content.sector, content);
  }
  if (problems.length > 0) throw new Error(`Kindreflex content is not valid:\n${problems.join('\n')}`);
  return { get: (sector) => bySector.get(sector), all: () => [...bySector.values()] };
}

let loaded: GuideCatalogue | undefined;

/** The catalogue of the shipped content, read once per process. */
export function guideCatalogue(): GuideCatalogue {
  loaded ??= loadGuideCatalogue();
  return loaded;
}

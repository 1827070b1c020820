// The guide's content is bundled into the page, so that nothing needs to be fetched once the
// professional starts answering, and the guide keeps working when the corridor has no signal.
import type { GuideContent } from '../../../src/kindreflex/guide-content.schema';

// Every file is checked against the schema and the content rules by the server tests
// (src/kindreflex/guide-content.test.ts) and at server start-up, so the bundle trusts it as is.
const files = import.meta.glob<GuideContent>('../../../content/kindreflex/*.json', {
  eager: true,
  import: 'default',
});

/** The general guide first, then the sectors by name. */
export const guides: readonly GuideContent[] = Object.values(files).sort((a, b) =>
  a.sector === 'algemeen'
    ? -1
    : b.sector === 'algemeen'
      ? 1
      : a.name['nl-BE'].localeCompare(b.name['nl-BE']),
);

export function guideFor(sector: string | null): GuideContent | undefined {
  return guides.find((g) => g.sector === sector);
}

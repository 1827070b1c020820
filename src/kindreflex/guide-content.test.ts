// Every content file validates, reaches every step and every outcome; and the checks themselves
// catch the mistakes a content editor is likely to make (so a passing file means something).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideContentDir, loadGuideCatalogue } from './guide-catalogue.js';
import { checkGuideContent } from './guide-checks.js';
import { outcomeIds, type GuideContent } from './guide-content.schema.js';
import { explorePaths } from './guide-paths.js';

const files = readdirSync(guideContentDir).filter((f) => f.endsWith('.json')).sort();
const raw = (file: string): unknown => JSON.parse(readFileSync(join(guideContentDir, file), 'utf8'));
const general = (): GuideContent => structuredClone(raw('algemeen.json')) as GuideContent;

describe('the shipped content files', () => {
  it('has at least the general guide and the four sector variants of the issue (more is a content change)', () => {
    expect(files).toEqual(expect.arrayContaining(['algemeen.json', 'caw.json', 'ggz.json', 'justitiehuis.json', 'ziekenhuis.json']));
  });

  for (const file of files) {
    describe(file, () => {
      const checked = checkGuideContent(raw(file));

      it('validates in shape and meaning', () => {
        expect(checked.ok ? [] : checked.problems).toEqual([]);
      });

      it('is named after its sector', () => {
        if (!checked.ok) throw new Error('invalid');
        expect(file).toBe(`${checked.content.sector}.json`);
      });

      it('reaches every step and every outcome', () => {
        if (!checked.ok) throw new Error('invalid');
        const paths = explorePaths(checked.content);
        expect(new Set(paths.flatMap((p) => p.steps))).toEqual(new Set(checked.content.steps.map((s) => s.id)));
        expect(new Set(paths.map((p) => p.outcome))).toEqual(new Set(outcomeIds));
      });

      it('says in every outcome what to do, and offers no web form in acute danger', () => {
        if (!checked.ok) throw new Error('invalid');
        const acute = checked.content.outcomes.find((o) => o.id === 'acute_danger')!;
        expect(acute.consultRequest).toBe('unavailable');
        expect(acute.contacts.map((c) => c.phone)).toEqual(expect.arrayContaining(['112', '101']));
        expect(acute.legal.some((l) => l['nl-BE'].includes('458bis'))).toBe(true);
        expect(checked.content.outcomes.find((o) => o.id === 'consult_vk')!.consultRequest).toBe('primary');
      });
    });
  }

  it('loads as a catalogue keyed by sector, with one content version each', () => {
    const catalogue = loadGuideCatalogue();
    expect(catalogue.all().map((c) => `${c.sector}.json`).sort()).toEqual(files);
    expect(catalogue.get('ggz')?.version).toMatch(/^\d{4}\.\d+$/);
    expect(catalogue.get('onbekend')).toBeUndefined();
  });
});

describe('the content checks', () => {
  const problemsOf = (content: unknown): string[] => {
    const checked = checkGuideContent(content);
    return checked.ok ? [] : checked.problems;
  };

  it('names the path of a missing English text', () => {
    const content = general() as unknown as { steps: { title: Record<string, string> }[] };
    delete content.steps[1]!.title.en;
    expect(problemsOf(content)).toEqual([expect.stringMatching(/^steps\.1\.title\.en: /)]);
  });

  it('refuses a rule that leads to a step that does not exist', () => {
    const content = general();
    content.steps[0]!.next = [{ step: 'nowhere' }];
    expect(problemsOf(content)).toContain('step "children", rule 1: leads to unknown step "nowhere"');
  });

  it('refuses a condition on an option the question does not have', () => {
    const content = general();
    content.steps.find((s) => s.id === 'concern')!.next[0]!.when = { question: 'concern', equals: 'perhaps' };
    expect(problemsOf(content)).toContain('step "concern", rule 1: question "concern" has no option "perhaps"');
  });

  it('refuses a condition on a question asked only later', () => {
    const content = general();
    content.steps[0]!.next = [{ when: { question: 'danger', equals: 'acute' }, outcome: 'acute_danger' }, { step: 'wellbeing' }];
    expect(problemsOf(content)[0]).toMatch(/names question "danger", which is not asked in this step or before it/);
  });

  it('refuses a step list whose last rule has a condition', () => {
    const content = general();
    content.steps.find((s) => s.id === 'help')!.next.pop();
    expect(problemsOf(content)).toContain('step "help", rule 1: the last rule must have no "when", so that the guide never gets stuck');
  });

  it('finds an outcome that no path reaches', () => {
    const content = general();
    const help = content.steps.find((s) => s.id === 'help')!;
    help.next = [{ step: 'results' }];
    expect(problemsOf(content)).toEqual(['outcome "involve_service" can never be reached']);
  });

  it('finds a step that no path reaches', () => {
    const content = general();
    content.steps.find((s) => s.id === 'danger')!.next = [{ outcome: 'consult_vk' }];
    expect(problemsOf(content)).toEqual(expect.arrayContaining(['step "help" can never be reached', 'step "results" can never be reached']));
  });

  it('finds rules that loop', () => {
    const content = general();
    content.steps.find((s) => s.id === 'support')!.next = [{ step: 'children' }];
    expect(problemsOf(content)).toEqual(['the rules loop back to step children']);
  });

  it('refuses an outcome outside the fixed set, and a duplicate question id', () => {
    const content = general() as unknown as { outcomes: { id: string }[]; steps: { questions: { id: string }[] }[] };
    content.outcomes[0]!.id = 'call_a_friend';
    expect(problemsOf(content)[0]).toMatch(/^outcomes\.0\.id: /);
    const duplicate = general();
    duplicate.steps[1]!.questions[0]!.id = 'children_ages';
    expect(problemsOf(duplicate)).toContain('question id "children_ages" is used twice');
  });

  it('refuses unknown fields, so a typo is not silently ignored', () => {
    const content = general() as unknown as Record<string, unknown>;
    content.steps = (content.steps as Record<string, unknown>[]).map((s, i) => (i === 0 ? { ...s, nxet: [] } : s));
    expect(problemsOf(content).join('\n')).toMatch(/steps\.0: .*nxet/);
  });

  it('refuses a file named differently from its sector when loading the catalogue', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'kindreflex-content-'));
    try {
      writeFileSync(join(dir, 'other-name.json'), JSON.stringify(general()));
      expect(() => loadGuideCatalogue(dir)).toThrow(/other-name\.json: the file name must be the sector id \(algemeen\.json\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { loadGuideCatalogue } from './guide-catalogue.js';
import { buildSummary, decisionsAsText, itemsAsText } from './guide-summary.js';

const guide = loadGuideCatalogue().get('ggz')!;
const answers = {
  children_ages: ['age_0_3', 'age_12_17'],
  gut_feeling: 'De jongste huilde lang; niemand reageerde.',
  signals: ['admission_no_care', 'substance_use'],
  colleague_consulted: 'yes',
  concern: 'yes',
  parent_willing: 'no',
  concern_kind: 'maltreatment',
  danger: 'neither',
  danger_facts: 'Opname gepland, geen opvang geregeld.',
  // Off the path (the guide ends at the danger step): never in the summary.
  can_help: 'yes',
  agreements: 'Dit mag nergens verschijnen.',
};

describe('the summary', () => {
  it('puts observations, considerations and each decision in the professional’s language, with the outcome and date', () => {
    const summary = buildSummary(guide, answers, 'nl-BE', '2026-03-04');
    expect(summary).toMatchObject({ sector: 'ggz', sectorName: 'Geestelijke gezondheidszorg', contentVersion: guide.version, date: '2026-03-04' });
    expect(summary.observations).toEqual([
      { label: 'Hoe oud zijn de kinderen?', value: '0 tot 3 jaar; 12 tot 17 jaar' },
      { label: 'Welke signalen merkt u op?', value: 'Alcohol- of druggebruik bij de ouder; Een (dreigende) opname, zonder duidelijke opvang voor de kinderen' },
      { label: 'Wat geeft u een niet-pluisgevoel?', value: 'De jongste huilde lang; niemand reageerde.' },
    ]);
    expect(summary.considerations.map((c) => c.value)).toEqual(['Ja', 'Opname gepland, geen opvang geregeld.']);
    expect(summary.decisions.map((d) => d.title)).toEqual([
      expect.stringMatching(/^Beslismoment 1:/) as string,
      expect.stringMatching(/^Beslismoment 2:/) as string,
    ]);
    expect(summary.decisions[0]!.answers.map((a) => a.value)).toEqual(['Ja', 'Nee, of (nog) niet', 'Mogelijke kindermishandeling']);
    expect(summary.outcome?.id).toBe('consult_vk');
    expect(JSON.stringify(summary)).not.toContain('Dit mag nergens verschijnen');
  });

  it('speaks English when asked, and has no outcome while the guide is unfinished', () => {
    const summary = buildSummary(guide, { concern: 'yes' }, 'en', '2026-03-04');
    expect(summary.sectorName).toBe('Mental health care');
    expect(summary.outcome).toBeNull();
    expect(summary.decisions).toEqual([{ title: expect.stringMatching(/^Decision 1:/) as string, answers: [{ label: "Are you worried about a child's safety or development?", value: 'Yes' }] }]);
  });

  it('renders sections as plain text for the consult form', () => {
    const summary = buildSummary(guide, answers, 'nl-BE', '2026-03-04');
    expect(itemsAsText(summary.considerations)).toBe('Hebt u uw zorgen al met een collega besproken?\nJa\n\nWelke feiten wegen het zwaarst in uw inschatting?\nOpname gepland, geen opvang geregeld.');
    expect(decisionsAsText(summary)).toMatch(/- Hoe schat u het gevaar voor het kind in\? Geen van beide.*\n\n→ Overleg met het Vertrouwenscentrum Kindermishandeling$/s);
  });
});

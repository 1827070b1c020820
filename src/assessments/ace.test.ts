import { describe, expect, it } from 'vitest';
import { translate } from '../platform/i18n.js';
import { aceInterpretation, scoreAce } from './ace.js';
import './assessments.messages.js';
import { aceItems, type AceAnswer, type AceItem } from './assessments.tables.js';
import { summariseScale } from './safety-scale.js';

const answers = (yes: number, unknown = 0): Record<AceItem, AceAnswer> =>
  Object.fromEntries(aceItems.map((item, i) => [item, i < yes ? 'yes' : i < yes + unknown ? 'unknown' : 'no'])) as Record<AceItem, AceAnswer>;

describe('ACE score', () => {
  it('counts yes answers and signals from four', () => {
    expect(scoreAce(answers(3))).toEqual({ score: 3, unanswered: 0, signal: false, signalPossible: false });
    expect(scoreAce(answers(4))).toEqual({ score: 4, unanswered: 0, signal: true, signalPossible: false });
    expect(scoreAce(answers(10)).score).toBe(10);
  });

  it('treats unknown and declined as open, not as no: the score becomes a lower bound', () => {
    const result = scoreAce({ ...answers(2, 2), emotional_abuse: 'declined' });
    expect(result).toMatchObject({ score: 1, unanswered: 3, signal: false, signalPossible: true });
    const words = aceInterpretation(result).map((l) => translate('en', l.key, l.params));
    expect(words).toContain('3 questions without an answer ("don’t know" or "declined"): the score is at least 1.');
  });

  it('words a high score as a signal for the team, never as a verdict on the family', () => {
    for (const locale of ['nl-BE', 'en'] as const) {
      const text = aceInterpretation(scoreAce(answers(7))).map((l) => translate(locale, l.key, l.params)).join(' ');
      expect(text).toMatch(locale === 'en' ? /screening signal/ : /screeningssignaal/);
      expect(text).toMatch(locale === 'en' ? /not a judgement about the family/ : /geen oordeel over het gezin/);
      expect(text.toLowerCase()).not.toMatch(/high risk|hoog risico|abusive|dangerous family|verdict:/);
    }
  });
});

describe('safety scale', () => {
  const at = (label: string, kind: 'worker' | 'parent' | 'child', score: number, scoredOn: string) => ({ scorerKind: kind, scorerLabel: label, score, scoredOn, createdAt: new Date(`${scoredOn}T10:00:00Z`) });

  it('keeps each person’s latest score and shows the gap between them', () => {
    const summary = summariseScale([at('Ilse (VK)', 'worker', 2, '2026-01-05'), at('mama', 'parent', 8, '2026-01-05'), at('Ilse (VK)', 'worker', 4, '2026-02-01'), at('Noor', 'child', 5, '2026-02-01')]);
    expect(summary.latest.map((s) => [s.scorerLabel, s.score])).toEqual([['Ilse (VK)', 4], ['Noor', 5], ['mama', 8]]);
    expect(summary).toMatchObject({ lowest: 4, highest: 8, spread: 4, disagreement: true });
  });

  it('does not call close scores a disagreement, and says nothing without scores', () => {
    expect(summariseScale([at('w', 'worker', 6, '2026-01-01'), at('m', 'parent', 7, '2026-01-01')]).disagreement).toBe(false);
    expect(summariseScale([])).toMatchObject({ lowest: null, highest: null, spread: 0, disagreement: false });
  });
});

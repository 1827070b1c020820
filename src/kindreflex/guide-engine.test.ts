// The decision frame as a table: every path through the guide, the answers that lead there and
// the outcome, checked against every content file. The table must cover exactly the paths the
// explorer finds, so a new rule in the content fails here until someone decides its row.
import { describe, expect, it } from 'vitest';
import { loadGuideCatalogue } from './guide-catalogue.js';
import type { Answers, GuideContent, OutcomeId } from './guide-content.schema.js';
import { decide, holds, missingAnswers, pathSignature, relevantAnswers, stepById, walk } from './guide-engine.js';
import { explorePaths } from './guide-paths.js';

const intro = ['children', 'wellbeing', 'support', 'concern'];
const toDanger = [...intro, 'danger'];
const toResults = [...toDanger, 'help', 'results'];

interface Row {
  why: string;
  answers: Answers;
  steps: string[];
  outcome: OutcomeId;
}

// concern × willingness (decision 1) → acute or structural danger (2) → can I help (3) → results in time (4)
const table: Row[] = [
  { why: 'no concern, parent willing', answers: { concern: 'no', parent_willing: 'yes' }, steps: intro, outcome: 'keep_supporting' },
  { why: 'no concern, parent not willing', answers: { concern: 'no', parent_willing: 'no' }, steps: intro, outcome: 'keep_supporting' },
  { why: 'acute danger', answers: { concern: 'yes', parent_willing: 'yes', concern_kind: 'maltreatment', danger: 'acute' }, steps: toDanger, outcome: 'acute_danger' },
  { why: 'acute danger outweighs an unwilling parent', answers: { concern: 'yes', parent_willing: 'no', concern_kind: 'upbringing', danger: 'acute' }, steps: toDanger, outcome: 'acute_danger' },
  { why: 'structural danger, upbringing', answers: { concern: 'yes', parent_willing: 'yes', concern_kind: 'upbringing', danger: 'structural' }, steps: toDanger, outcome: 'consult_ocj' },
  { why: 'danger that cannot be assessed, upbringing', answers: { concern: 'unsure', parent_willing: 'no', concern_kind: 'upbringing', danger: 'cannot_tell' }, steps: toDanger, outcome: 'consult_ocj' },
  { why: 'structural danger, maltreatment', answers: { concern: 'yes', parent_willing: 'yes', concern_kind: 'maltreatment', danger: 'structural' }, steps: toDanger, outcome: 'consult_vk' },
  { why: 'structural danger, kind unclear', answers: { concern: 'yes', parent_willing: 'no', concern_kind: 'unclear', danger: 'structural' }, steps: toDanger, outcome: 'consult_vk' },
  { why: 'parent not willing, upbringing', answers: { concern: 'yes', parent_willing: 'no', concern_kind: 'upbringing', danger: 'neither' }, steps: toDanger, outcome: 'consult_ocj' },
  { why: 'parent not willing, maltreatment', answers: { concern: 'yes', parent_willing: 'no', concern_kind: 'maltreatment', danger: 'neither' }, steps: toDanger, outcome: 'consult_vk' },
  { why: 'in doubt, upbringing', answers: { concern: 'unsure', parent_willing: 'yes', concern_kind: 'upbringing', danger: 'neither' }, steps: toDanger, outcome: 'consult_ocj' },
  { why: 'in doubt, kind unclear', answers: { concern: 'unsure', parent_willing: 'yes', concern_kind: 'unclear', danger: 'neither' }, steps: toDanger, outcome: 'consult_vk' },
  { why: 'willing, no danger, cannot help alone', answers: { concern: 'yes', parent_willing: 'yes', concern_kind: 'maltreatment', danger: 'neither', can_help: 'no' }, steps: [...toDanger, 'help'], outcome: 'involve_service' },
  { why: 'can help, results not achieved, upbringing', answers: { concern: 'yes', parent_willing: 'yes', concern_kind: 'upbringing', danger: 'neither', can_help: 'yes', results: 'not_achieved' }, steps: toResults, outcome: 'consult_ocj' },
  { why: 'can help, results not achieved, maltreatment', answers: { concern: 'yes', parent_willing: 'yes', concern_kind: 'maltreatment', danger: 'neither', can_help: 'yes', results: 'not_achieved' }, steps: toResults, outcome: 'consult_vk' },
  { why: 'can help, just starting', answers: { concern: 'yes', parent_willing: 'yes', concern_kind: 'unclear', danger: 'neither', can_help: 'yes', results: 'starting' }, steps: toResults, outcome: 'keep_supporting' },
  { why: 'can help, results achieved', answers: { concern: 'yes', parent_willing: 'yes', concern_kind: 'upbringing', danger: 'neither', can_help: 'yes', results: 'achieved' }, steps: toResults, outcome: 'keep_supporting' },
];

const catalogue = loadGuideCatalogue();

for (const content of catalogue.all()) {
  describe(`decision table on ${content.sector} ${content.version}`, () => {
    for (const row of table) {
      it(`${row.why} → ${row.outcome}`, () => {
        const walked = walk(content, row.answers);
        expect(walked.steps).toEqual(row.steps);
        expect(walked.outcome).toBe(row.outcome);
      });
    }

    it('covers every path the rules allow, and no path that does not exist', () => {
      const explored = new Set(explorePaths(content).map((p) => p.signature));
      const tabled = new Set(table.map((row) => pathSignature(walk(content, row.answers))));
      expect([...explored].filter((s) => !tabled.has(s))).toEqual([]);
      expect([...tabled].filter((s) => !explored.has(s))).toEqual([]);
    });
  });
}

const general = (): GuideContent => catalogue.get('algemeen')!;

describe('the engine', () => {
  it('evaluates conditions over single, multiple and typed answers', () => {
    const answers: Answers = { concern: 'yes', signals: ['substance_use', 'partner_violence'], gut_feeling: '  ' };
    expect(holds({ question: 'concern', equals: 'yes' }, answers)).toBe(true);
    expect(holds({ question: 'concern', in: ['no', 'unsure'] }, answers)).toBe(false);
    expect(holds({ question: 'signals', includes: 'partner_violence' }, answers)).toBe(true);
    expect(holds({ question: 'signals', equals: 'partner_violence' }, answers)).toBe(false);
    expect(holds({ question: 'gut_feeling', answered: false }, answers)).toBe(true);
    expect(holds({ question: 'danger', equals: 'acute' }, answers)).toBe(false);
    expect(holds({ not: { question: 'danger', answered: true } }, answers)).toBe(true);
    expect(holds({ all: [{ question: 'concern', equals: 'yes' }, { question: 'signals', includes: 'substance_use' }] }, answers)).toBe(true);
    expect(holds({ any: [{ question: 'concern', equals: 'no' }, { question: 'signals', includes: 'basic_care' }] }, answers)).toBe(false);
  });

  it('waits at a step until its required questions are answered, and asks only the visible ones', () => {
    const concern = stepById(general(), 'concern')!;
    expect(missingAnswers(concern, {})).toEqual(['concern', 'parent_willing']);
    // What the concern is about is asked only once there is a concern (or doubt).
    expect(missingAnswers(concern, { concern: 'unsure' })).toEqual(['parent_willing', 'concern_kind']);
    expect(missingAnswers(concern, { concern: 'no', parent_willing: 'yes' })).toEqual([]);
    expect(decide(concern, { concern: 'yes' })).toBeNull();
    expect(walk(general(), { concern: 'yes', parent_willing: 'yes' })).toEqual({ steps: toDanger.slice(0, 4), rules: [0, 0, 0], outcome: null });
  });

  it('lets the professional skip reflective questions, but not a decision', () => {
    expect(walk(general(), {}).steps).toEqual(intro);
    expect(walk(general(), {}).outcome).toBeNull();
  });

  it('keeps only answers on the path taken: changing an earlier decision drops later ones', () => {
    const answers: Answers = { concern: 'no', parent_willing: 'yes', concern_kind: 'maltreatment', danger: 'acute', danger_facts: 'x', gut_feeling: 'Het kind huilde lang.' };
    const walked = walk(general(), answers);
    expect(walked.outcome).toBe('keep_supporting');
    expect(relevantAnswers(general(), answers, walked.steps)).toEqual({ concern: 'no', parent_willing: 'yes', gut_feeling: 'Het kind huilde lang.' });
  });

  it('stops instead of looping when rules point back (content checks refuse such files)', () => {
    const looping = structuredClone(general());
    stepById(looping, 'support')!.next = [{ step: 'children' }];
    expect(walk(looping, {})).toEqual({ steps: ['children', 'wellbeing', 'support'], rules: [0, 0, 0], outcome: null });
  });
});

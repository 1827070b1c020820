// The Kindreflex decision engine: reads a content file and a professional's answers and says
// which step comes next and where the guide ends. Pure and synchronous, with no imports at run
// time, so the browser and the server tests run the very same rules.
import type { Answers, AnswerValue, Condition, GuideContent, Outcome, OutcomeId, Question, Step } from './guide-content.schema.js';

export type Target = { step: string } | { outcome: OutcomeId };

export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  return Array.isArray(value) ? value.length > 0 : value.trim() !== '';
}

export function holds(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers));
  if ('not' in condition) return !holds(condition.not, answers);
  const value = answers[condition.question];
  if ('answered' in condition) return isAnswered(value) === condition.answered;
  if (value === undefined) return false;
  const chosen = Array.isArray(value) ? value : [value];
  if ('equals' in condition) return !Array.isArray(value) && value === condition.equals;
  if ('in' in condition) return chosen.some((v) => condition.in.includes(v));
  return chosen.includes(condition.includes);
}

export function stepById(content: GuideContent, stepId: string): Step | undefined {
  return content.steps.find((s) => s.id === stepId);
}

export function outcomeById(content: GuideContent, outcomeId: OutcomeId): Outcome {
  const outcome = content.outcomes.find((o) => o.id === outcomeId);
  // Content validation guarantees every outcome once; reaching this means unvalidated content.
  if (!outcome) throw new Error(`content ${content.sector} lacks outcome ${outcomeId}`);
  return outcome;
}

export function isVisible(question: Question, answers: Answers): boolean {
  return question.showIf === undefined || holds(question.showIf, answers);
}

export function visibleQuestions(step: Step, answers: Answers): Question[] {
  return step.questions.filter((q) => isVisible(q, answers));
}

/** Ids of the visible questions this step cannot do without. */
export function missingAnswers(step: Step, answers: Answers): string[] {
  return visibleQuestions(step, answers)
    .filter((q) => q.type === 'choice' && q.required && !isAnswered(answers[q.id]))
    .map((q) => q.id);
}

/** The first rule that holds, with its position (it names the decision path), or null while answers are missing. */
export function decide(step: Step, answers: Answers): { target: Target; ruleIndex: number } | null {
  if (missingAnswers(step, answers).length > 0) return null;
  const ruleIndex = step.next.findIndex((rule) => rule.when === undefined || holds(rule.when, answers));
  const rule = step.next[ruleIndex];
  if (!rule) return null;
  const target: Target = rule.outcome !== undefined ? { outcome: rule.outcome } : { step: rule.step ?? '' };
  return { target, ruleIndex };
}

export interface GuideWalk {
  /** Steps in the order the rules lead through them, up to the first one still missing answers. */
  steps: string[];
  /** The rule taken at each completed step. */
  rules: number[];
  outcome: OutcomeId | null;
}

/** Follows the rules from the first step as far as the answers allow. */
export function walk(content: GuideContent, answers: Answers): GuideWalk {
  const result: GuideWalk = { steps: [], rules: [], outcome: null };
  let step = content.steps[0];
  while (step && !result.steps.includes(step.id)) {
    result.steps.push(step.id);
    const decision = decide(step, answers);
    if (!decision) break;
    result.rules.push(decision.ruleIndex);
    if ('outcome' in decision.target) {
      result.outcome = decision.target.outcome;
      break;
    }
    step = stepById(content, decision.target.step);
  }
  return result;
}

/** Only the answers that count: visible questions on the steps actually walked through. */
export function relevantAnswers(content: GuideContent, answers: Answers, stepIds: readonly string[]): Record<string, AnswerValue> {
  const kept: Record<string, AnswerValue> = {};
  for (const stepId of stepIds) {
    const step = stepById(content, stepId);
    for (const question of step ? visibleQuestions(step, answers) : []) {
      const value = answers[question.id];
      if (value !== undefined && isAnswered(value)) kept[question.id] = value;
    }
  }
  return kept;
}

/** A path's name: each step with the rule taken there, e.g. `concern#1>danger#3→help`. */
export function pathSignature(walked: GuideWalk): string {
  const parts = walked.steps.map((stepId, i) => `${stepId}#${walked.rules[i] ?? '?'}`);
  return `${parts.join('>')}→${walked.outcome ?? 'unfinished'}`;
}

// Every way through a guide: tries each combination of the answers the rules look at, step by
// step, and records where it ends. The content checks use it to prove that every step and every
// outcome can be reached, and the decision-table test to prove that it covers every path.
import type { AnswerValue, Condition, GuideContent, OutcomeId, Question, Step } from './guide-content.schema.js';
import { decide, isAnswered, isVisible, pathSignature, stepById } from './guide-engine.js';

export interface GuidePath {
  signature: string;
  steps: string[];
  rules: number[];
  outcome: OutcomeId;
  answers: Record<string, AnswerValue>;
}

function conditionsOf(content: GuideContent): Condition[] {
  const found: Condition[] = [];
  const collect = (c: Condition): void => {
    found.push(c);
    if ('all' in c) c.all.forEach(collect);
    else if ('any' in c) c.any.forEach(collect);
    else if ('not' in c) collect(c.not);
  };
  for (const step of content.steps) {
    for (const q of step.questions) if (q.showIf) collect(q.showIf);
    for (const rule of step.next) if (rule.when) collect(rule.when);
  }
  return found;
}

/** For each question a condition looks at: the option ids it names (or '' for "answered?"). */
export function referencedAnswers(content: GuideContent): Map<string, Set<string>> {
  const refs = new Map<string, Set<string>>();
  for (const c of conditionsOf(content)) {
    if (!('question' in c)) continue;
    const named = refs.get(c.question) ?? new Set<string>();
    if ('equals' in c) named.add(c.equals);
    else if ('in' in c) c.in.forEach((o) => named.add(o));
    else if ('includes' in c) named.add(c.includes);
    else named.add('');
    refs.set(c.question, named);
  }
  return refs;
}

function subsets(items: string[]): string[][] {
  return items.reduce<string[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);
}

/** The distinct values worth trying for one question; `undefined` means "left unanswered". */
function candidates(question: Question, named: Set<string> | undefined): (AnswerValue | undefined)[] {
  if (!named) return [undefined];
  switch (question.type) {
    case 'choice':
      return [undefined, ...question.options.map((o) => o.id)];
    case 'multi': {
      // Options no condition names behave alike, so they need no combinations of their own.
      const tried = subsets([...named].filter((o) => o !== '')).map((s) => (s.length ? s : undefined));
      const anyOption = question.options[0]?.id;
      return named.has('') && anyOption ? [...tried, [anyOption]] : tried;
    }
    case 'text':
      return [undefined, 'text'];
  }
}

function answerCombinations(step: Step, before: Record<string, AnswerValue>, refs: Map<string, Set<string>>): Record<string, AnswerValue>[] {
  let partial: Record<string, AnswerValue | undefined>[] = [{}];
  for (const question of step.questions) {
    const values = candidates(question, refs.get(question.id));
    partial = partial.flatMap((p) => values.map((v) => ({ ...p, [question.id]: v })));
  }
  const valid: Record<string, AnswerValue>[] = [];
  for (const combination of partial) {
    const merged: Record<string, AnswerValue> = { ...before };
    for (const [k, v] of Object.entries(combination)) if (v !== undefined) merged[k] = v;
    const consistent = step.questions.every((q) => {
      const answered = isAnswered(combination[q.id]);
      if (!isVisible(q, merged)) return !answered;
      return q.type !== 'choice' || !q.required || answered;
    });
    if (consistent) valid.push(merged);
  }
  return valid;
}

/** Enumerates every path; throws on a cycle or a rule that leads nowhere (checks report it). */
export function explorePaths(content: GuideContent): GuidePath[] {
  const refs = referencedAnswers(content);
  const paths = new Map<string, GuidePath>();
  const visit = (stepId: string, answers: Record<string, AnswerValue>, steps: string[], rules: number[]): void => {
    const step = stepById(content, stepId);
    if (!step) throw new Error(`a rule leads to unknown step ${stepId}`);
    if (steps.includes(stepId)) throw new Error(`the rules loop back to step ${stepId}`);
    for (const merged of answerCombinations(step, answers, refs)) {
      const decision = decide(step, merged);
      if (!decision) throw new Error(`no rule applies in step ${stepId}`);
      const nextSteps = [...steps, stepId];
      const nextRules = [...rules, decision.ruleIndex];
      if ('outcome' in decision.target) {
        const signature = pathSignature({ steps: nextSteps, rules: nextRules, outcome: decision.target.outcome });
        if (!paths.has(signature)) paths.set(signature, { signature, steps: nextSteps, rules: nextRules, outcome: decision.target.outcome, answers: merged });
      } else {
        visit(decision.target.step, merged, nextSteps, nextRules);
      }
    }
  };
  const first = content.steps[0];
  if (first) visit(first.id, {}, [], []);
  return [...paths.values()];
}

// What the schema cannot see: ids that must be unique, conditions that must name real questions
// and options, rules that must lead somewhere, and a guide in which every step and every outcome
// can actually be reached. A content file with any problem is refused (tests and server start-up).
import { guideContentSchema, outcomeIds, type Condition, type GuideContent, type Question } from './guide-content.schema.js';
import { explorePaths } from './guide-paths.js';

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

function conditionProblems(condition: Condition, where: string, known: Map<string, Question>): string[] {
  if ('all' in condition) return condition.all.flatMap((c) => conditionProblems(c, where, known));
  if ('any' in condition) return condition.any.flatMap((c) => conditionProblems(c, where, known));
  if ('not' in condition) return conditionProblems(condition.not, where, known);
  const question = known.get(condition.question);
  if (!question) return [`${where}: condition names question "${condition.question}", which is not asked in this step or before it`];
  const named = 'equals' in condition ? [condition.equals] : 'in' in condition ? condition.in : 'includes' in condition ? [condition.includes] : [];
  if (named.length > 0 && question.type === 'text') return [`${where}: a text question can only be tested with "answered"`];
  if ('equals' in condition && question.type === 'multi') return [`${where}: use "includes" for the multiple-choice question "${question.id}"`];
  if ('includes' in condition && question.type === 'choice') return [`${where}: use "equals" or "in" for the single-choice question "${question.id}"`];
  const optionIds = question.type === 'text' ? [] : question.options.map((o) => o.id);
  return named.filter((o) => !optionIds.includes(o)).map((o) => `${where}: question "${question.id}" has no option "${o}"`);
}

/** Problems in the meaning of a well-formed guide; an empty list means it is sound. */
export function contentProblems(content: GuideContent): string[] {
  const problems: string[] = [];
  const stepIds = content.steps.map((s) => s.id);
  const questions = content.steps.flatMap((s) => s.questions);
  for (const id of duplicates(stepIds)) problems.push(`step id "${id}" is used twice`);
  for (const id of duplicates(questions.map((q) => q.id))) problems.push(`question id "${id}" is used twice`);
  for (const q of questions) {
    if (q.type !== 'text') for (const id of duplicates(q.options.map((o) => o.id))) problems.push(`question "${q.id}": option id "${id}" is used twice`);
  }
  for (const id of outcomeIds) {
    if (!content.outcomes.some((o) => o.id === id)) problems.push(`outcome "${id}" is missing`);
  }

  // Conditions may look at this step's questions and at those of any step before it in the file.
  const known = new Map<string, Question>();
  for (const step of content.steps) {
    step.questions.forEach((q) => known.set(q.id, q));
    for (const q of step.questions) {
      if (q.showIf) problems.push(...conditionProblems(q.showIf, `step "${step.id}", question "${q.id}"`, known));
    }
    step.next.forEach((rule, i) => {
      const where = `step "${step.id}", rule ${i + 1}`;
      if (rule.when) problems.push(...conditionProblems(rule.when, where, known));
      if (rule.step !== undefined && !stepIds.includes(rule.step)) problems.push(`${where}: leads to unknown step "${rule.step}"`);
      const isLast = i === step.next.length - 1;
      if (isLast && rule.when !== undefined) problems.push(`${where}: the last rule must have no "when", so that the guide never gets stuck`);
      if (!isLast && rule.when === undefined) problems.push(`${where}: only the last rule may have no "when"`);
    });
  }
  if (problems.length > 0) return problems;

  let paths;
  try {
    paths = explorePaths(content);
  } catch (error) {
    return [(error as Error).message];
  }
  const reachedSteps = new Set(paths.flatMap((p) => p.steps));
  const reachedOutcomes = new Set(paths.map((p) => p.outcome));
  for (const id of stepIds) if (!reachedSteps.has(id)) problems.push(`step "${id}" can never be reached`);
  for (const id of outcomeIds) if (!reachedOutcomes.has(id)) problems.push(`outcome "${id}" can never be reached`);
  return problems;
}

export type ContentCheck = { ok: true; content: GuideContent } | { ok: false; problems: string[] };

/** Shape first (with the path of each problem), then meaning. */
export function checkGuideContent(raw: unknown): ContentCheck {
  const parsed = guideContentSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`) };
  }
  const problems = contentProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, content: parsed.data };
}

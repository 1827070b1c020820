// The safety assessment in the Signs of Safety shape: what we are worried about (harm, danger
// statements, complicating factors), what is working well (strengths, existing safety) and what
// needs to happen (one safety goal per danger statement, next steps), plus each person's 0–10
// safety score. A completed assessment is a record of that moment and is no longer edited.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { actorOf } from '../cases/actor.js';
import { personsOfCase } from '../cases/case-facts.js';
import { loadOpenCaseFor } from '../cases/case.repository.js';
import { brusselsDate } from '../cases/deadlines/working-days.js';
import { staffNames } from '../access/organisation.service.js';
import { recordCaseEvents } from '../cases/timeline.js';
import { assertVersion, changedFields } from '../cases/versioned.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import type { Queryable, Tx } from '../platform/db.js';
import { AppError, invalid, notFound, type FieldProblem } from '../platform/errors.js';
import { translate, type Locale } from '../platform/i18n.js';
import type { SafetyAssessmentInput, SafetyAssessmentUpdate, SafetyAssessmentView, ScaleScoreInput } from './assessments.schema.js';
import { safetyAssessments, safetyScaleScores, type DangerStatement, type NextStep, type SafetyGoal } from './assessments.tables.js';
import { summariseScale } from './safety-scale.js';

type AssessmentRow = typeof safetyAssessments.$inferSelect;
type ScoreRow = typeof safetyScaleScores.$inferSelect;
type StatementInput = SafetyAssessmentInput['dangerStatements'][number];
type StepInput = SafetyAssessmentInput['nextSteps'][number];

/** Signs of Safety advises at most three danger statements: more usually means they are not sharp yet. */
const ADVISED_DANGER_STATEMENTS = 3;

/** New items get an id; an id that is not already part of the assessment is refused. */
function withIds<T extends { id?: string | undefined }>(items: T[], existing: readonly { id: string }[], path: string): (T & { id: string })[] {
  const known = new Set(existing.map((e) => e.id));
  const problems: FieldProblem[] = [];
  const result = items.map((item, i) => {
    if (item.id && !known.has(item.id)) problems.push({ path: `${path}.${i}.id`, key: 'assessment_unknown_item' });
    return { ...item, id: item.id ?? randomUUID() };
  });
  if (problems.length) throw invalid(problems);
  return result;
}

function splitStatements(items: (StatementInput & { id: string })[]): { dangerStatements: DangerStatement[]; safetyGoals: SafetyGoal[] } {
  return {
    dangerStatements: items.map(({ id, worriedWho, worry, impact }) => ({ id, worriedWho, worry, impact })),
    safetyGoals: items.filter((s) => s.safetyGoal.length > 0).map((s) => ({ dangerStatementId: s.id, goal: s.safetyGoal })),
  };
}

const steps = (items: (StepInput & { id: string })[]): NextStep[] => items.map(({ id, what, who, dueOn }) => ({ id, what, who, dueOn }));

function hintsOf(row: AssessmentRow, scores: ScoreRow[]): { code: string; params?: Record<string, number> }[] {
  const hints: { code: string; params?: Record<string, number> }[] = [];
  if (row.dangerStatements.length > ADVISED_DANGER_STATEMENTS) hints.push({ code: 'assessment_many_danger_statements', params: { count: row.dangerStatements.length, advised: ADVISED_DANGER_STATEMENTS } });
  const withGoal = new Set(row.safetyGoals.map((g) => g.dangerStatementId));
  if (row.dangerStatements.some((d) => !withGoal.has(d.id))) hints.push({ code: 'assessment_statement_without_goal' });
  if (!scores.some((s) => s.scorerKind === 'worker')) hints.push({ code: 'assessment_no_worker_score' });
  if (!scores.some((s) => s.scorerKind === 'parent' || s.scorerKind === 'child')) hints.push({ code: 'assessment_no_family_score' });
  return hints;
}

const presentScore = (s: ScoreRow) => ({ id: s.id, scorerKind: s.scorerKind, scorerLabel: s.scorerLabel, personId: s.personId, score: s.score, explanation: s.explanation, scoredOn: s.scoredOn });

export function presentAssessment(row: AssessmentRow, scores: ScoreRow[], names: Map<string, string>, locale: Locale): SafetyAssessmentView {
  const goals = new Map(row.safetyGoals.map((g) => [g.dangerStatementId, g.goal]));
  const scale = summariseScale(scores);
  const staff = (id: string) => ({ id, name: names.get(id) ?? '' });
  return {
    id: row.id,
    assessedOn: row.assessedOn,
    status: row.status,
    harm: row.harm,
    dangerStatements: row.dangerStatements.map((d) => ({ ...d, safetyGoal: goals.get(d.id) ?? '' })),
    complicatingFactors: row.complicatingFactors,
    strengths: row.strengths,
    existingSafety: row.existingSafety,
    nextSteps: row.nextSteps,
    scale: { latest: scale.latest.map(presentScore), history: scores.map(presentScore), lowest: scale.lowest, highest: scale.highest, spread: scale.spread, disagreement: scale.disagreement },
    hints: hintsOf(row, scores).map((h) => ({ code: h.code, message: translate(locale, h.code, h.params) })),
    recordedBy: staff(row.recordedBy),
    completedAt: row.completedAt?.toISOString() ?? null,
    completedBy: row.completedBy ? staff(row.completedBy) : null,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export async function safetyAssessmentsOf(q: Queryable, caseId: string): Promise<{ rows: AssessmentRow[]; scores: Map<string, ScoreRow[]> }> {
  const rows = await q.select().from(safetyAssessments).where(eq(safetyAssessments.caseId, caseId)).orderBy(asc(safetyAssessments.assessedOn), asc(safetyAssessments.createdAt));
  const scores = new Map<string, ScoreRow[]>();
  if (rows.length === 0) return { rows, scores };
  const all = await q.select().from(safetyScaleScores).where(inArray(safetyScaleScores.assessmentId, rows.map((r) => r.id))).orderBy(asc(safetyScaleScores.scoredOn), asc(safetyScaleScores.createdAt));
  for (const s of all) scores.set(s.assessmentId, [...(scores.get(s.assessmentId) ?? []), s]);
  return { rows, scores };
}

async function present(tx: Tx, row: AssessmentRow, locale: Locale): Promise<SafetyAssessmentView> {
  const scores = await tx.select().from(safetyScaleScores).where(eq(safetyScaleScores.assessmentId, row.id)).orderBy(asc(safetyScaleScores.scoredOn), asc(safetyScaleScores.createdAt));
  return presentAssessment(row, scores, await staffNames(tx, [row.recordedBy, row.completedBy]), locale);
}

function checkDate(date: string | undefined, path: string): void {
  if (date && date > brusselsDate(new Date())) throw invalid([{ path, key: 'assessment_date_in_future' }]);
}

export async function createSafetyAssessment(ctx: Ctx, caseId: string, input: SafetyAssessmentInput): Promise<SafetyAssessmentView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    checkDate(input.assessedOn, 'assessedOn');
    const { dangerStatements, safetyGoals } = splitStatements(withIds(input.dangerStatements, [], 'dangerStatements'));
    const [created] = await tx
      .insert(safetyAssessments)
      .values({
        caseId: row.id,
        assessedOn: input.assessedOn ?? brusselsDate(new Date()),
        harm: input.harm,
        dangerStatements,
        complicatingFactors: input.complicatingFactors,
        strengths: input.strengths,
        existingSafety: input.existingSafety,
        safetyGoals,
        nextSteps: steps(withIds(input.nextSteps, [], 'nextSteps')),
        recordedBy: actor.userId,
      })
      .returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'safety_assessment.created', recordType: 'safety_assessment', recordId: created!.id, recordVersion: 1, details: { dangerStatements: dangerStatements.length } }]);
    audit({ action: 'safety_assessment.create', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { safetyAssessmentId: created!.id } });
    return present(tx, created!, ctx.locale);
  });
}

async function loadDraft(tx: Tx, caseId: string, assessmentId: string): Promise<AssessmentRow> {
  const [current] = await tx.select().from(safetyAssessments).where(and(eq(safetyAssessments.id, assessmentId), eq(safetyAssessments.caseId, caseId))).for('update');
  if (!current) throw notFound();
  if (current.status === 'completed') throw new AppError(409, 'assessment_completed');
  return current;
}

export async function updateSafetyAssessment(ctx: Ctx, caseId: string, assessmentId: string, input: SafetyAssessmentUpdate): Promise<SafetyAssessmentView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const current = await loadDraft(tx, row.id, assessmentId);
    await assertVersion(tx, current, input.version);
    checkDate(input.assessedOn, 'assessedOn');
    const statements = input.dangerStatements ? splitStatements(withIds(input.dangerStatements, current.dangerStatements, 'dangerStatements')) : {};
    const change = {
      assessedOn: input.assessedOn,
      harm: input.harm,
      complicatingFactors: input.complicatingFactors,
      strengths: input.strengths,
      existingSafety: input.existingSafety,
      ...statements,
      nextSteps: input.nextSteps ? steps(withIds(input.nextSteps, current.nextSteps, 'nextSteps')) : undefined,
    };
    // jsonb columns compare by content: a list saved unchanged is not a change.
    const fields = changedFields(current, change).filter((f) => JSON.stringify(current[f as keyof AssessmentRow]) !== JSON.stringify(change[f as keyof typeof change]));
    if (fields.length === 0) return present(tx, current, ctx.locale);
    const [updated] = await tx.update(safetyAssessments).set({ ...change, version: sql`${safetyAssessments.version} + 1`, updatedAt: new Date() }).where(eq(safetyAssessments.id, current.id)).returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'safety_assessment.updated', recordType: 'safety_assessment', recordId: current.id, recordVersion: updated!.version, details: { fields } }]);
    audit({ action: 'safety_assessment.update', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { safetyAssessmentId: current.id, fields } });
    return present(tx, updated!, ctx.locale);
  });
}

/** Completing needs the core of the assessment: harm, danger statements each with a goal, the worker's score. */
export async function completeSafetyAssessment(ctx: Ctx, caseId: string, assessmentId: string, version: number): Promise<SafetyAssessmentView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const current = await loadDraft(tx, row.id, assessmentId);
    await assertVersion(tx, current, version);
    const scores = await tx.select().from(safetyScaleScores).where(eq(safetyScaleScores.assessmentId, current.id));
    const problems: FieldProblem[] = [];
    if (!current.harm) problems.push({ path: 'harm', key: 'assessment_needs_harm' });
    if (current.dangerStatements.length === 0) problems.push({ path: 'dangerStatements', key: 'assessment_needs_danger_statement' });
    const withGoal = new Set(current.safetyGoals.map((g) => g.dangerStatementId));
    current.dangerStatements.forEach((d, i) => {
      if (!withGoal.has(d.id)) problems.push({ path: `dangerStatements.${i}.safetyGoal`, key: 'assessment_needs_goal' });
    });
    if (!scores.some((s) => s.scorerKind === 'worker')) problems.push({ path: 'scale', key: 'assessment_needs_worker_score' });
    if (problems.length) throw invalid(problems);
    const now = new Date();
    const [updated] = await tx
      .update(safetyAssessments)
      .set({ status: 'completed', completedAt: now, completedBy: actor.userId, version: sql`${safetyAssessments.version} + 1`, updatedAt: now })
      .where(eq(safetyAssessments.id, current.id))
      .returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'safety_assessment.completed', recordType: 'safety_assessment', recordId: current.id, recordVersion: updated!.version, details: { fields: ['status'] } }]);
    audit({ action: 'safety_assessment.complete', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { safetyAssessmentId: current.id } });
    return present(tx, updated!, ctx.locale);
  });
}

/** A new score never replaces an old one: the scale over time stays readable. */
export async function addScaleScore(ctx: Ctx, caseId: string, assessmentId: string, input: ScaleScoreInput): Promise<SafetyAssessmentView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const current = await loadDraft(tx, row.id, assessmentId);
    checkDate(input.scoredOn, 'scoredOn');
    if (input.personId && (await personsOfCase(tx, row.id, [input.personId])).length === 0) throw invalid([{ path: 'personId', key: 'case_person_not_in_case' }]);
    const [score] = await tx
      .insert(safetyScaleScores)
      .values({ caseId: row.id, assessmentId: current.id, scorerKind: input.scorerKind, scorerLabel: input.scorerLabel, personId: input.personId, score: input.score, explanation: input.explanation, scoredOn: input.scoredOn ?? brusselsDate(new Date()), recordedBy: actor.userId })
      .returning({ id: safetyScaleScores.id });
    // The score does not change the assessment's own fields, so its version stays: no false conflicts.
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'safety_scale.scored', recordType: 'safety_assessment', recordId: current.id, details: { scoreId: score!.id, scorerKind: input.scorerKind, score: input.score } }]);
    audit({ action: 'safety_scale.create', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { safetyAssessmentId: current.id, scoreId: score!.id } });
    return present(tx, current, ctx.locale);
  });
}

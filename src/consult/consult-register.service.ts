// A worker registers a professional's question taken by phone, e-mail or in person, and keeps its
// details up to date. The family is anonymous unless the professional names it; an anonymous
// family's names are refused rather than stored, as for an anonymous reporter.
import { eq } from 'drizzle-orm';
import { inTransaction, type Actor, type Ctx } from '../platform/context.js';
import type { Queryable } from '../platform/db.js';
import { invalid, type FieldProblem } from '../platform/errors.js';
import { recordFactsOf } from '../monitoring/live-facts.service.js';
import { actorOf, blank, nextReference, referencePrefix } from './consult.service.js';
import { editRequest } from './consult-edit.js';
import { isHandlerOf, presentDetail, type ConsultRow } from './consult.repository.js';
import type { ConsultDetail, RegisterConsultInput, UpdateConsultInput } from './consult.schema.js';
import { consultRequests } from './consult.tables.js';
import type { FamilyDetails } from './consult-vocabulary.js';
import { kindreflexStepIds } from './kindreflex-steps.js';
import { addWorkingDays, brusselsDate, CONSULT_RESPONSE_WORKING_DAYS } from './response-time.js';

type Family = RegisterConsultInput['family'];
type Professional = RegisterConsultInput['professional'];

const hasName = (p: { firstName: string; lastName: string }) => p.firstName !== '' || p.lastName !== '';

function familyProblems(family: Family, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const people = [...family.children.map((c, i) => [`family.children.${i}`, c] as const), ...family.parents.map((p, i) => [`family.parents.${i}`, p] as const)];
  if (!family.named) {
    for (const [path, person] of people) if (hasName(person)) problems.push({ path: `${path}.${person.firstName ? 'firstName' : 'lastName'}`, key: 'consult_family_anonymous' });
    return problems;
  }
  if (!family.children.some(hasName)) problems.push({ path: 'family.children.0.firstName', key: 'consult_family_child_required' });
  family.children.forEach((c, i) => {
    if (c.dateOfBirth !== null && c.dateOfBirth > today) problems.push({ path: `family.children.${i}.dateOfBirth`, key: 'consult_birth_in_future' });
  });
  return problems;
}

interface Checked {
  professional: Professional;
  family: Family;
  question: string;
  kindreflexStep: string | null;
  assignedTo: string | null;
  followUpOn: string | null;
}

/**
 * Every problem at once, for the form. `checks` limits some rules to what is saved now: a request
 * from the guide may have no question or contact of its own, and assigning it must still work.
 */
async function problemsOf(q: Queryable, actor: Actor, input: Checked, today: string, checks: { question: boolean; professional: boolean; followUp: boolean }): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (checks.question && input.question === '') problems.push({ path: 'question', key: 'consult_question_required' });
  if (checks.professional && input.professional.name === '' && input.professional.organisation === '') problems.push({ path: 'professional.name', key: 'consult_professional_required' });
  problems.push(...familyProblems(input.family, today));
  if (input.kindreflexStep !== null && !kindreflexStepIds().includes(input.kindreflexStep)) problems.push({ path: 'kindreflexStep', key: 'consult_unknown_step' });
  if (input.assignedTo !== null && !(await isHandlerOf(q, actor.centreId, input.assignedTo))) problems.push({ path: 'assignedTo', key: 'consult_assignee_unknown' });
  if (checks.followUp && input.followUpOn !== null && input.followUpOn < today) problems.push({ path: 'followUpOn', key: 'consult_follow_up_past' });
  return problems;
}

function familyColumns(family: Family): { familyNamed: boolean; family: FamilyDetails | null } {
  if (!family.named) return { familyNamed: false, family: null };
  return { familyNamed: true, family: { children: family.children.filter(hasName), parents: family.parents.filter(hasName) } };
}

function professionalColumns(p: Professional) {
  return { contactName: blank(p.name), contactRole: blank(p.role), contactOrganisation: blank(p.organisation), contactPhone: blank(p.phone), contactEmail: blank(p.email) };
}

/** How the VK gets back to the professional: the phone if there is one, else e-mail. */
function contactPreferenceOf(p: Professional): ConsultRow['contactPreference'] {
  if (p.phone !== '') return 'phone';
  return p.email !== '' ? 'email' : 'professional_calls';
}

export async function registerConsult(ctx: Ctx, input: RegisterConsultInput): Promise<ConsultDetail> {
  const actor = actorOf(ctx);
  const now = new Date();
  const today = brusselsDate(now);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const assignedTo = input.assignedTo ?? actor.userId;
    const problems = await problemsOf(tx, actor, { ...input, assignedTo }, today, { question: true, professional: true, followUp: true });
    if (problems.length > 0) throw invalid(problems);
    const reference = await nextReference(tx, referencePrefix[input.channel], Number(today.slice(0, 4)));
    const [row] = await tx
      .insert(consultRequests)
      .values({
        reference,
        centreId: actor.centreId,
        channel: input.channel,
        sector: input.sector,
        question: input.question,
        ...professionalColumns(input.professional),
        contactPreference: contactPreferenceOf(input.professional),
        ...familyColumns(input.family),
        kindreflexStep: input.kindreflexStep,
        urgency: input.urgency,
        assignedTo,
        registeredBy: actor.userId,
        followUpOn: input.followUpOn,
        expectedResponseBy: addWorkingDays(now, CONSULT_RESPONSE_WORKING_DAYS),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    // The anonymous statistic is written with the question, so a rollback leaves neither behind.
    await recordFactsOf(tx, 'consult_requests', row!.id);
    audit({ action: 'consult_request.create', recordType: 'consult_request', recordId: row!.id, centreId: actor.centreId, details: { channel: input.channel, sector: input.sector, familyNamed: input.family.named, assignedTo } });
    return presentDetail(tx, row!, today);
  });
}

export async function updateConsult(ctx: Ctx, id: string, input: UpdateConsultInput): Promise<ConsultDetail> {
  return editRequest(ctx, id, input.version, async ({ tx, audit, actor, row, now, today }) => {
    const current: Checked = {
      professional: { name: row.contactName ?? '', role: row.contactRole ?? '', organisation: row.contactOrganisation ?? '', phone: row.contactPhone ?? '', email: row.contactEmail ?? '' },
      family: { named: row.familyNamed, children: row.family?.children ?? [], parents: row.family?.parents ?? [] },
      question: row.question ?? '',
      kindreflexStep: row.kindreflexStep,
      assignedTo: row.assignedTo,
      followUpOn: row.followUpOn,
    };
    const next: Checked = {
      professional: input.professional ?? current.professional,
      family: input.family ?? current.family,
      question: input.question ?? current.question,
      kindreflexStep: input.kindreflexStep === undefined ? current.kindreflexStep : input.kindreflexStep,
      assignedTo: input.assignedTo === undefined ? current.assignedTo : input.assignedTo,
      followUpOn: input.followUpOn === undefined ? current.followUpOn : input.followUpOn,
    };
    const assigneeChanged = next.assignedTo !== current.assignedTo;
    const fromGuide = row.channel === 'kindreflex';
    const problems = await problemsOf(tx, actor, { ...next, assignedTo: assigneeChanged ? next.assignedTo : null }, today, {
      question: !fromGuide || input.question !== undefined,
      professional: !fromGuide || input.professional !== undefined,
      followUp: next.followUpOn !== current.followUpOn,
    });
    if (problems.length > 0) throw invalid(problems);
    const fields = (Object.keys(input) as (keyof UpdateConsultInput)[]).filter((k) => k !== 'version' && input[k] !== undefined);
    const [updated] = await tx
      .update(consultRequests)
      .set({
        sector: input.sector ?? row.sector,
        question: blank(next.question),
        ...professionalColumns(next.professional),
        ...(input.professional ? { contactPreference: contactPreferenceOf(next.professional) } : {}),
        ...familyColumns(next.family),
        kindreflexStep: next.kindreflexStep,
        urgency: input.urgency ?? row.urgency,
        assignedTo: next.assignedTo,
        followUpOn: next.followUpOn,
        version: row.version + 1,
        updatedAt: now,
      })
      .where(eq(consultRequests.id, row.id))
      .returning();
    audit({ action: 'consult_request.update', recordType: 'consult_request', recordId: row.id, centreId: row.centreId, details: { fields } });
    return updated!;
  });
}

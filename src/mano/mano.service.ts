// The MANO track: registered by a team decision, the family informed, up to 65 working days,
// and concluded by a second team decision with one of three outcomes. While it runs the case is
// on the MANO track; "not necessary" puts it back on the ordinary track.
import { and, asc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import { actorOf } from '../cases/actor.js';
import { caseNumbersOf, myOpenCaseIds, setCaseTrack } from '../cases/case-facts.js';
import { loadCaseFor, loadOpenCaseFor } from '../cases/case.repository.js';
import { brusselsDate } from '../cases/deadlines/working-days.js';
import { staffNames } from '../access/organisation.service.js';
import { recordCaseEvents } from '../cases/timeline.js';
import { assertVersion, changedFields } from '../cases/versioned.js';
import { teamDecisionOf } from '../teamwork/decisions.service.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import type { Queryable, Tx } from '../platform/db.js';
import { AppError, invalid, notFound, type FieldProblem } from '../platform/errors.js';
import { partners } from '../partners/partners.tables.js';
import { manoClock, manoDueOn } from './mano-clock.js';
import type { ConcludeManoInput, LetterView, StartManoInput, TrackView, UpdateManoInput } from './mano.schema.js';
import { manoLetters, manoTracks } from './mano.tables.js';
import { recordFactsOf } from '../monitoring/live-facts.service.js';

export type TrackRow = typeof manoTracks.$inferSelect;
type LetterRow = typeof manoLetters.$inferSelect;

export function presentLetter(l: Omit<LetterRow, 'pdf'> & { bytes: number }, names: Map<string, string>, prosecutorName: string): LetterView {
  const ref = (id: string) => ({ id, name: names.get(id) ?? '' });
  return {
    id: l.id,
    status: l.status,
    prosecutor: { id: l.prosecutorId, name: prosecutorName },
    sha256: l.sha256,
    bytes: l.bytes,
    generatedBy: ref(l.generatedBy),
    generatedAt: l.generatedAt.toISOString(),
    reviewedBy: l.reviewedBy ? ref(l.reviewedBy) : null,
    reviewedAt: l.reviewedAt?.toISOString() ?? null,
    sentOn: l.sentOn,
    disclosureId: l.disclosureId,
    version: l.version,
  };
}

/** Letter metadata without the PDF bytes themselves. */
export async function selectLetters(q: Queryable, where: SQL) {
  const { pdf: _pdf, ...columns } = getTableColumns(manoLetters);
  return q
    .select({ ...columns, bytes: sql<number>`octet_length(${manoLetters.pdf})`.mapWith(Number), prosecutorName: partners.name })
    .from(manoLetters)
    .innerJoin(partners, eq(partners.id, manoLetters.prosecutorId))
    .where(where)
    .orderBy(asc(manoLetters.generatedAt));
}

export async function lettersOf(q: Queryable, trackIds: string[]) {
  return trackIds.length === 0 ? [] : selectLetters(q, inArray(manoLetters.trackId, trackIds));
}

export async function presentTracks(q: Queryable, tracks: TrackRow[]): Promise<TrackView[]> {
  const letters = await lettersOf(q, tracks.map((t) => t.id));
  const names = await staffNames(q, [...tracks.map((t) => t.createdBy), ...letters.flatMap((l) => [l.generatedBy, l.reviewedBy])]);
  const today = brusselsDate(new Date());
  return tracks.map((t) => ({
    id: t.id,
    status: t.status,
    startDecisionId: t.startDecisionId,
    justification: t.justification,
    developmentThreatened: t.developmentThreatened,
    integrityHarmed: t.integrityHarmed,
    voluntaryHelp: t.voluntaryHelp,
    helpOffered: t.helpOffered,
    familyInformedOn: t.familyInformedOn,
    familyInformedHow: t.familyInformedHow,
    clock: manoClock(t.startedOn, t.dueOn, today, t.outcomeOn),
    outcome: t.outcome,
    outcomeOn: t.outcomeOn,
    outcomeDecisionId: t.outcomeDecisionId,
    outcomeRationale: t.outcomeRationale,
    letters: letters.filter((l) => l.trackId === t.id).map((l) => presentLetter(l, names, l.prosecutorName)),
    createdBy: { id: t.createdBy, name: names.get(t.createdBy) ?? '' },
    version: t.version,
  }));
}

export async function loadTrack(tx: Tx, caseId: string, trackId: string): Promise<TrackRow> {
  const [track] = await tx.select().from(manoTracks).where(and(eq(manoTracks.id, trackId), eq(manoTracks.caseId, caseId))).for('update');
  if (!track) throw notFound();
  return track;
}

export async function startMano(ctx: Ctx, caseId: string, input: StartManoInput): Promise<TrackView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const today = brusselsDate(new Date());
    const problems: FieldProblem[] = [];
    const decision = await teamDecisionOf(tx, row.id, input.decisionId, ['mano_start']);
    if (!decision) problems.push({ path: 'decisionId', key: 'mano_needs_team_decision' });
    // MANO needs a concerning situation: development threatened or integrity harmed.
    if (!input.developmentThreatened && !input.integrityHarmed) problems.push({ path: 'developmentThreatened', key: 'mano_not_concerning' });
    const startedOn = input.startedOn ?? today;
    if (startedOn > today) problems.push({ path: 'startedOn', key: 'mano_date_in_future' });
    if (decision && startedOn < decision.decidedOn) problems.push({ path: 'startedOn', key: 'mano_before_decision' });
    if (input.familyInformedOn && input.familyInformedOn > today) problems.push({ path: 'familyInformedOn', key: 'mano_date_in_future' });
    if (problems.length) throw invalid(problems);
    const [open] = await tx.select({ id: manoTracks.id }).from(manoTracks).where(and(eq(manoTracks.caseId, row.id), eq(manoTracks.status, 'open')));
    if (open) throw new AppError(409, 'mano_already_open');
    const { decisionId, ...facts } = input;
    const [track] = await tx.insert(manoTracks).values({ caseId: row.id, ...facts, startDecisionId: decisionId, startedOn, dueOn: manoDueOn(startedOn), createdBy: actor.userId }).returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'mano.started', recordType: 'mano_track', recordId: track!.id, recordVersion: 1, details: { decisionId, dueOn: track!.dueOn } }]);
    await setCaseTrack(tx, actor.userId, row, 'mano');
    await recordFactsOf(tx, 'mano_tracks', track!.id);
    audit({ action: 'mano_track.create', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { manoTrackId: track!.id, decisionId } });
    return (await presentTracks(tx, [track!]))[0]!;
  });
}

export async function updateMano(ctx: Ctx, caseId: string, trackId: string, input: UpdateManoInput): Promise<TrackView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const track = await loadTrack(tx, row.id, trackId);
    await assertVersion(tx, track, input.version);
    if (track.status !== 'open') throw new AppError(409, 'mano_concluded');
    if (input.familyInformedOn && input.familyInformedOn > brusselsDate(new Date())) throw invalid([{ path: 'familyInformedOn', key: 'mano_date_in_future' }]);
    const { version: _version, ...change } = input;
    const fields = changedFields(track, change);
    if (fields.length === 0) return (await presentTracks(tx, [track]))[0]!;
    const [updated] = await tx.update(manoTracks).set({ ...change, version: sql`${manoTracks.version} + 1`, updatedAt: new Date() }).where(eq(manoTracks.id, track.id)).returning();
    const kind = fields.includes('familyInformedOn') && !track.familyInformedOn ? 'mano.family_informed' : 'mano.updated';
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind, recordType: 'mano_track', recordId: track.id, recordVersion: updated!.version, details: { fields } }]);
    audit({ action: 'mano_track.update', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { manoTrackId: track.id, fields } });
    return (await presentTracks(tx, [updated!]))[0]!;
  });
}

export async function concludeMano(ctx: Ctx, caseId: string, trackId: string, input: ConcludeManoInput): Promise<TrackView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const track = await loadTrack(tx, row.id, trackId);
    await assertVersion(tx, track, input.version);
    if (track.status !== 'open') throw new AppError(409, 'mano_concluded');
    const problems: FieldProblem[] = [];
    if (!track.familyInformedOn) problems.push({ path: 'familyInformedOn', key: 'mano_family_not_informed' });
    const decision = await teamDecisionOf(tx, row.id, input.decisionId, ['mano_outcome']);
    if (!decision) problems.push({ path: 'decisionId', key: 'mano_needs_team_decision' });
    const outcomeOn = input.outcomeOn ?? brusselsDate(new Date());
    if (outcomeOn > brusselsDate(new Date()) || outcomeOn < track.startedOn) problems.push({ path: 'outcomeOn', key: 'mano_outcome_date' });
    if (problems.length) throw invalid(problems);
    const [updated] = await tx
      .update(manoTracks)
      .set({ status: 'concluded', outcome: input.outcome, outcomeOn, outcomeDecisionId: input.decisionId, outcomeRationale: input.rationale, version: sql`${manoTracks.version} + 1`, updatedAt: new Date() })
      .where(eq(manoTracks.id, track.id))
      .returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'mano.concluded', recordType: 'mano_track', recordId: track.id, recordVersion: updated!.version, details: { fields: ['status', 'outcome'], outcome: input.outcome } }]);
    if (input.outcome === 'not_necessary') await setCaseTrack(tx, actor.userId, row, 'case');
    await recordFactsOf(tx, 'mano_tracks', track.id);
    audit({ action: 'mano_track.conclude', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { manoTrackId: track.id, outcome: input.outcome, decisionId: input.decisionId } });
    return (await presentTracks(tx, [updated!]))[0]!;
  });
}

export async function readMano(ctx: Ctx, caseId: string): Promise<{ tracks: TrackView[] }> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId);
    const tracks = await tx.select().from(manoTracks).where(eq(manoTracks.caseId, row.id)).orderBy(asc(manoTracks.startedOn), asc(manoTracks.createdAt));
    audit({ action: 'mano_track.read', recordType: 'case', recordId: row.id, centreId: row.centreId });
    return { tracks: await presentTracks(tx, tracks) };
  });
}

/** The open MANO tracks on my cases, the nearest end of the 65 working days first. */
export async function manoDue(ctx: Ctx) {
  const actor = actorOf(ctx);
  const today = brusselsDate(new Date());
  return inTransaction(ctx, async ({ tx, audit }) => {
    const tracks = await tx
      .select()
      .from(manoTracks)
      .where(and(eq(manoTracks.status, 'open'), sql`${manoTracks.caseId} in ${myOpenCaseIds(actor)}`))
      .orderBy(asc(manoTracks.dueOn))
      .limit(300);
    const numbers = await caseNumbersOf(tx, tracks.map((t) => t.caseId));
    audit({ action: 'mano_track.list', recordType: 'case', centreId: actor.centreId, details: { view: 'due', caseIds: tracks.map((t) => t.caseId) } });
    return { tracks: tracks.map((t) => ({ caseId: t.caseId, caseNumber: numbers.get(t.caseId) ?? '', trackId: t.id, familyInformed: t.familyInformedOn !== null, clock: manoClock(t.startedOn, t.dueOn, today, null) })) };
  });
}

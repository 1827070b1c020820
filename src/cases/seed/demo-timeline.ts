// The life of one demo case after intake: waiting, assignment, first contact, contacts at a
// realistic (sometimes too slow) pace, and for older cases closure. Produces rows, inserts nothing.
import { randomUUID } from 'node:crypto';
import type { caseEvents, caseNotes, cases } from '../cases.tables.js';
import { dueAfter, type UrgencySettings } from '../deadlines/deadlines.js';
import { brusselsDate } from '../deadlines/working-days.js';
import { noteTexts, stories } from './demo-vocabulary.js';
import type { SeededRandom } from './random.js';

const DAY = 86_400_000;

export interface CaseLifeInput {
  caseId: string;
  receivedAt: Date;
  openedAt: Date;
  urgency: UrgencySettings;
  staff: { id: string; weight: number }[];
  now: Date;
}

type CasePatch = Partial<typeof cases.$inferInsert>;
type NoteInsert = typeof caseNotes.$inferInsert;
type EventInsert = typeof caseEvents.$inferInsert;

/** Older cases are more likely started and closed; a few wait far too long, as in real life. */
function waitingChance(ageDays: number): number {
  if (ageDays < 10) return 0.7;
  if (ageDays < 30) return 0.35;
  if (ageDays < 60) return 0.12;
  return 0.04;
}

export interface CaseLife {
  patch: CasePatch;
  memberIds: string[];
  notes: NoteInsert[];
  events: EventInsert[];
}

export function demoCaseLife(rng: SeededRandom, input: CaseLifeInput): CaseLife {
  const { caseId, receivedAt, now } = input;
  const ageDays = (now.getTime() - receivedAt.getTime()) / DAY;
  const notes: NoteInsert[] = [];
  const events: EventInsert[] = [];
  if (rng.chance(waitingChance(ageDays))) return { patch: { status: 'waiting' }, memberIds: [], notes, events };

  const ownerId = rng.weighted(input.staff.map((s) => [s.id, s.weight] as const));
  const assignedAt = new Date(Math.min(now.getTime() - 3_600_000, input.openedAt.getTime() + rng.int(1, Math.max(1, Math.min(25, Math.floor(ageDays)))) * DAY));
  const memberIds = rng.chance(0.3) ? [rng.pick(input.staff.filter((s) => s.id !== ownerId)).id].filter(Boolean) : [];
  events.push({ caseId, actorId: null, kind: 'case.assigned', recordType: 'case', recordId: caseId, occurredAt: assignedAt, details: { ownerId, memberIds, fields: ['ownerId', 'status'] } });
  const closing = ageDays > 45 ? rng.chance(0.5) : ageDays > 20 ? rng.chance(0.2) : false;
  const end = closing ? new Date(Math.min(now.getTime() - DAY, assignedAt.getTime() + rng.int(15, Math.max(16, Math.floor(ageDays) - 5)) * DAY)) : now;

  let contact: Date | null = new Date(assignedAt.getTime() + rng.int(0, 3) * DAY + rng.int(1, 6) * 3_600_000);
  if (contact > now || (!closing && rng.chance(0.1))) contact = null;
  const firstContactAt = contact;
  let lastContact: Date | null = null;
  const addNote = (kind: keyof typeof noteTexts, at: Date, authorId: string) => {
    const noteId = randomUUID();
    notes.push({ id: noteId, caseId, authorId, kind, concernsDate: brusselsDate(at), body: rng.pick(noteTexts[kind]), createdAt: at, updatedAt: at });
    events.push({ caseId, actorId: authorId, kind: 'note.added', recordType: 'note', recordId: noteId, recordVersion: 1, occurredAt: at, details: { noteKind: kind } });
  };
  while (contact && contact < end) {
    addNote('contact', contact, ownerId);
    events.push({ caseId, actorId: ownerId, kind: lastContact ? 'case.contact' : 'case.first_contact', recordType: 'case', recordId: caseId, occurredAt: contact, details: { fields: ['followUpDueAt'] } });
    if (rng.chance(0.25)) addNote(rng.pick(['consultation', 'observation', 'decision'] as const), new Date(contact.getTime() + rng.int(1, 4) * DAY), ownerId);
    lastContact = contact;
    // Mostly within the follow-up time; sometimes a gap that turns the deadline red.
    contact = new Date(contact.getTime() + rng.int(5, rng.chance(0.8) ? 16 : 35) * DAY);
  }
  const patch: CasePatch = {
    status: closing ? 'closed' : 'active',
    ownerId,
    assignedAt,
    firstContactAt,
    followUpDueAt: lastContact ? dueAfter(lastContact, input.urgency.followUp) : null,
    worries: rng.chance(0.75) ? rng.pick(stories.worries) : '',
    strengths: rng.chance(0.7) ? rng.pick(stories.strengths) : '',
    nextSteps: rng.chance(0.7) ? rng.pick(stories.nextSteps) : '',
  };
  if (closing) {
    patch.closedAt = end;
    patch.closureOutcome = rng.weighted([['safety_restored', 35], ['referred_youth_care', 25], ['referred_other_service', 15], ['concern_not_confirmed', 12], ['family_unreachable', 5], ['referred_prosecutor', 8]] as const);
    patch.closureNote = '';
    events.push({ caseId, actorId: ownerId, kind: 'case.closed', recordType: 'case', recordId: caseId, occurredAt: end, details: { outcome: patch.closureOutcome, fields: ['status'] } });
  }
  return { patch, memberIds, notes, events };
}

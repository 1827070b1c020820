// Who can take part in the work on a case: the case team (owner and members) for tasks and
// actions, any colleague of the centre who does case work for meetings and decisions (the
// confidential doctor, a colleague consulted), partners from the directory, and family by name.
import type { CaseRow } from '../cases/case.repository.js';
import { caseStaffOfTeams, staffNames, teamsOfCentre } from '../access/organisation.service.js';
import { partnerById } from '../partners/disclosures.service.js';
import type { Queryable } from '../platform/db.js';
import type { FieldProblem } from '../platform/errors.js';
import type { ParticipantInput } from './teamwork.schema.js';
import type { Participant } from './teamwork.tables.js';

export function caseTeamIds(row: Pick<CaseRow, 'ownerId'> & { memberIds: string[] }): Set<string> {
  return new Set([row.ownerId, ...row.memberIds].filter((id): id is string => id !== null));
}

export async function centreCaseStaff(q: Queryable, centreId: string): Promise<Set<string>> {
  const staff = await caseStaffOfTeams(q, (await teamsOfCentre(q, centreId)).map((t) => t.id));
  return new Set(staff.map((s) => s.id));
}

/** Checks each participant and fills in names from the staff list and the directory. */
export async function resolveParticipants(q: Queryable, centreId: string, inputs: ParticipantInput[], path: string, problems: FieldProblem[]): Promise<Participant[]> {
  const staff = await centreCaseStaff(q, centreId);
  const names = await staffNames(q, inputs.map((p) => p.userId));
  const out: Participant[] = [];
  for (const [i, p] of inputs.entries()) {
    if (p.kind === 'staff') {
      if (!p.userId || !staff.has(p.userId)) problems.push({ path: `${path}.${i}.userId`, key: 'teamwork_not_centre_staff' });
      out.push({ kind: 'staff', userId: p.userId, partnerId: null, name: p.name || (p.userId ? (names.get(p.userId) ?? '') : ''), role: p.role });
    } else if (p.kind === 'partner') {
      const partner = p.partnerId ? await partnerById(q, p.partnerId) : undefined;
      if (!partner) problems.push({ path: `${path}.${i}.partnerId`, key: 'partner_unknown' });
      out.push({ kind: 'partner', userId: null, partnerId: p.partnerId, name: p.name || partner?.name || '', role: p.role });
    } else {
      if (!p.name) problems.push({ path: `${path}.${i}.name`, key: 'teamwork_participant_needs_name' });
      out.push({ kind: p.kind, userId: null, partnerId: null, name: p.name, role: p.role });
    }
  }
  return out;
}

// Demo retention holds for `npm start`: in every VK the team lead has put one closed case file on
// hold, with a reason a DPO would recognise, so the DPO's list on the retention screen and the
// hold panel of a closed case show what a hold looks like. Set through the hold service as that
// lead, so the audit trail is the real one.
import { caseStaffOfTeams, vkCentres } from '../access/organisation.service.js';
import { closedCasesOfTeam } from '../cases/case-facts.js';
import { systemCtx } from '../platform/context.js';
import type { Db } from '../platform/db.js';
import { setHold } from './retention-holds.js';

const reasons = [
  'Lopende klacht van de vader bij de Vlaamse Ombudsdienst; het dossier moet beschikbaar blijven tot die is afgehandeld.',
  'Het parket vroeg het dossier te bewaren zolang het strafonderzoek tegen de stiefvader loopt.',
];

/** One hold per VK, on the oldest closed case of the first team with a lead; returns how many. */
export async function seedRetentionDemo(db: Db): Promise<number> {
  let held = 0;
  for (const [index, centre] of (await vkCentres(db)).entries()) {
    for (const team of centre.teams) {
      const lead = (await caseStaffOfTeams(db, [team.id])).find((s) => s.role === 'team_lead');
      const [closed] = lead ? await closedCasesOfTeam(db, team.id, 1) : [];
      if (!lead || !closed) continue;
      const ctx = { ...systemCtx(db, 'seed --demo'), actor: { userId: lead.id, role: 'team_lead' as const, centreId: centre.id, teamIds: [team.id], isDemo: true }, locale: 'nl-BE' as const };
      await setHold(ctx, closed.id, reasons[index % reasons.length]!);
      held += 1;
      break;
    }
  }
  return held;
}
